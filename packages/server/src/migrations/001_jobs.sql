-- Jobs, their event log (replayed to SSE clients) and their file manifests.
CREATE TABLE jobs (
  id text PRIMARY KEY,
  owner text NOT NULL,
  prompt text NOT NULL,
  prompt_hash text NOT NULL,
  options jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('queued', 'planning', 'generating', 'storing', 'completed', 'failed', 'cancelled')),
  stage text,
  progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  error jsonb,
  spec jsonb,
  planner text,
  planner_reason text,
  warnings jsonb,
  timings jsonb NOT NULL DEFAULT '{}',
  usage jsonb,
  cache_hit boolean NOT NULL DEFAULT false,
  -- The job whose result this one reuses (cache hit) or waits for (single flight).
  source_job_id text,
  attempts integer NOT NULL DEFAULT 0,
  file_count integer,
  total_bytes bigint,
  generator_version text NOT NULL,
  -- Last event number: bumped in the same statement as the status, so events of one job never race.
  event_seq integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX jobs_by_owner ON jobs (owner, created_at DESC, id DESC);
CREATE INDEX jobs_by_prompt_hash ON jobs (prompt_hash, status, finished_at DESC);
CREATE INDEX jobs_unfinished ON jobs (status, created_at) WHERE status IN ('queued', 'planning', 'generating', 'storing');
CREATE INDEX jobs_by_source ON jobs (source_job_id) WHERE source_job_id IS NOT NULL;

CREATE TABLE job_events (
  job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  seq integer NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job_id, seq)
);

CREATE TABLE job_files (
  job_id text NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  path text NOT NULL,
  size integer NOT NULL,
  sha256 text NOT NULL,
  storage_key text NOT NULL,
  language text NOT NULL,
  PRIMARY KEY (job_id, path)
);
