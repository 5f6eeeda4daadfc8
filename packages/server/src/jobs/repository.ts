/**
 * All SQL about jobs, their events and their files. Every status change and the events it causes are
 * written in one transaction, numbered from `jobs.event_seq`, and announced through `onWrite` only
 * after commit — so a live subscriber never sees an event the database does not have.
 */
import type { AppSpec } from '@appgen/spec';
import type { Db } from '../adapters/db.ts';
import type { JobEvent } from '../adapters/events.ts';
import { fileFromRow, type JobRow, jobFromRow } from './job-rows.ts';
import { ACTIVE_STATUSES, type EventType, type Job, type JobFile, type JobStatus } from './job-types.ts';

export interface NewEvent {
  type: EventType;
  data: Record<string, unknown>;
}

/** Columns a transition may set; jsonb ones are serialised here. */
export interface JobPatch {
  status?: JobStatus;
  stage?: string | null;
  progress?: number;
  error?: Job['error'];
  spec?: Job['spec'];
  planner?: string | null;
  plannerReason?: string | null;
  warnings?: string[] | null;
  timings?: Job['timings'];
  usage?: Job['usage'];
  cacheHit?: boolean;
  sourceJobId?: string | null;
  attempts?: number;
  fileCount?: number;
  totalBytes?: number;
  startedAt?: 'now' | null;
  finishedAt?: 'now' | null;
}

const COLUMNS: Record<keyof JobPatch, { column: string; json?: true; time?: true }> = {
  status: { column: 'status' },
  stage: { column: 'stage' },
  progress: { column: 'progress' },
  error: { column: 'error', json: true },
  spec: { column: 'spec', json: true },
  planner: { column: 'planner' },
  plannerReason: { column: 'planner_reason' },
  warnings: { column: 'warnings', json: true },
  timings: { column: 'timings', json: true },
  usage: { column: 'usage', json: true },
  cacheHit: { column: 'cache_hit' },
  sourceJobId: { column: 'source_job_id' },
  attempts: { column: 'attempts' },
  fileCount: { column: 'file_count' },
  totalBytes: { column: 'total_bytes' },
  startedAt: { column: 'started_at', time: true },
  finishedAt: { column: 'finished_at', time: true },
};

export interface NewJob {
  id: string;
  owner: string;
  prompt: string;
  promptHash: string;
  options: Job['options'];
  generatorVersion: string;
  sourceJobId?: string | null;
}

export type WriteListener = (job: Job & { eventSeq: number }, events: JobEvent[]) => void;

function setClause(patch: JobPatch, params: unknown[]): string {
  const sets = ['updated_at = now()'];
  for (const [key, value] of Object.entries(patch) as [keyof JobPatch, unknown][]) {
    const { column, json, time } = COLUMNS[key];
    if (time) {
      sets.push(`${column} = ${value === 'now' ? 'now()' : 'NULL'}`);
      continue;
    }
    params.push(json && value !== null ? JSON.stringify(value) : value);
    sets.push(`${column} = $${params.length}${json ? '::jsonb' : ''}`);
  }
  return sets.join(', ');
}

async function insertEvents(
  tx: Db,
  job: Job & { eventSeq: number },
  events: NewEvent[],
): Promise<JobEvent[]> {
  if (events.length === 0) return [];
  const first = job.eventSeq - events.length + 1;
  const params: unknown[] = [job.id];
  const values = events.map((event, index) => {
    params.push(first + index, event.type, JSON.stringify(event.data));
    const n = params.length;
    return `($1, $${n - 2}, $${n - 1}, $${n}::jsonb)`;
  });
  await tx.query(`INSERT INTO job_events (job_id, seq, type, data) VALUES ${values.join(', ')}`, params);
  return events.map((event, index) => ({ jobId: job.id, seq: first + index, ...event }));
}

const withSeq = (row: JobRow) => ({ ...jobFromRow(row), eventSeq: row.event_seq as number });

export class JobRepository {
  constructor(
    readonly db: Db,
    private readonly onWrite: WriteListener = () => {},
  ) {}

  /** Inserts a job with its first events, optionally patched (a cache hit is born completed). */
  async create(job: NewJob, events: NewEvent[], patch: JobPatch = {}, copyFilesFrom?: string): Promise<Job> {
    const { created, published } = await this.db.transaction(async (tx) => {
      const params: unknown[] = [
        job.id,
        job.owner,
        job.prompt,
        job.promptHash,
        JSON.stringify(job.options),
        job.generatorVersion,
        job.sourceJobId ?? null,
        events.length,
      ];
      await tx.query(
        `INSERT INTO jobs (id, owner, prompt, prompt_hash, options, status, generator_version, source_job_id, event_seq)
         VALUES ($1, $2, $3, $4, $5::jsonb, 'queued', $6, $7, $8)`,
        params,
      );
      const updateParams: unknown[] = [job.id];
      const rows = await tx.query<JobRow>(
        `UPDATE jobs SET ${setClause(patch, updateParams)} WHERE id = $1 RETURNING *`,
        updateParams,
      );
      const row = withSeq(rows[0]!);
      if (copyFilesFrom) {
        await tx.query(
          `INSERT INTO job_files (job_id, path, size, sha256, storage_key, language)
           SELECT $1, path, size, sha256, storage_key, language FROM job_files WHERE job_id = $2`,
          [job.id, copyFilesFrom],
        );
      }
      return { created: row, published: await insertEvents(tx, row, events) };
    });
    this.onWrite(created, published);
    return created;
  }

  /**
   * Applies `patch` and records `events` if the job is still in one of `from` — and, with `attempt`, still
   * on that attempt; returns null otherwise (cancelled meanwhile, finished, or taken over by a newer
   * attempt after a worker was presumed dead), which tells a runner to stop.
   */
  async transition(
    id: string,
    from: readonly JobStatus[],
    patch: JobPatch,
    events: NewEvent[],
    files: JobFile[] = [],
    attempt?: number,
  ): Promise<Job | null> {
    const result = await this.db.transaction(async (tx) => {
      const params: unknown[] = [id, from, events.length, attempt ?? null];
      const rows = await tx.query<JobRow>(
        `UPDATE jobs SET ${setClause(patch, params)}, event_seq = event_seq + $3
         WHERE id = $1 AND status = ANY($2::text[]) AND ($4::integer IS NULL OR attempts = $4::integer)
         RETURNING *`,
        params,
      );
      if (rows.length === 0) return null;
      const job = withSeq(rows[0]!);
      if (files.length > 0) await insertFiles(tx, id, files);
      return { job, published: await insertEvents(tx, job, events) };
    });
    if (!result) return null;
    this.onWrite(result.job, result.published);
    return result.job;
  }

  async get(id: string): Promise<Job | null> {
    const rows = await this.db.query<JobRow>('SELECT * FROM jobs WHERE id = $1', [id]);
    return rows[0] ? jobFromRow(rows[0]) : null;
  }

  /** The job if it exists and belongs to `owner`; null otherwise, so others cannot tell it exists. */
  async getOwned(id: string, owner: string): Promise<Job | null> {
    const rows = await this.db.query<JobRow>('SELECT * FROM jobs WHERE id = $1 AND owner = $2', [id, owner]);
    return rows[0] ? jobFromRow(rows[0]) : null;
  }

  /** Newest first; `before` is the (createdAt, id) of the last job of the previous page. */
  async listByOwner(
    owner: string,
    limit: number,
    before?: { createdAt: string; id: string },
  ): Promise<Job[]> {
    const rows = before
      ? await this.db.query<JobRow>(
          `SELECT * FROM jobs WHERE owner = $1 AND (created_at, id) < ($2::timestamptz, $3)
           ORDER BY created_at DESC, id DESC LIMIT $4`,
          [owner, before.createdAt, before.id, limit],
        )
      : await this.db.query<JobRow>(
          'SELECT * FROM jobs WHERE owner = $1 ORDER BY created_at DESC, id DESC LIMIT $2',
          [owner, limit],
        );
    return rows.map(jobFromRow);
  }

  async eventsAfter(jobId: string, seq: number): Promise<JobEvent[]> {
    const rows = await this.db.query<{ seq: number; type: string; data: Record<string, unknown> }>(
      'SELECT seq, type, data FROM job_events WHERE job_id = $1 AND seq > $2 ORDER BY seq',
      [jobId, seq],
    );
    return rows.map((row) => ({ jobId, ...row }));
  }

  async files(jobId: string): Promise<JobFile[]> {
    const rows = await this.db.query<JobRow>('SELECT * FROM job_files WHERE job_id = $1 ORDER BY path', [
      jobId,
    ]);
    return rows.map(fileFromRow);
  }

  async findFile(jobId: string, path: string): Promise<JobFile | null> {
    const rows = await this.db.query<JobRow>('SELECT * FROM job_files WHERE job_id = $1 AND path = $2', [
      jobId,
      path,
    ]);
    return rows[0] ? fileFromRow(rows[0]) : null;
  }

  /** The newest completed, freshly generated job for this hash that finished within `maxAgeMs`. */
  /**
   * The newest reusable result for this hash. A result a fallback planner produced while the LLM failed
   * (planner_reason set) is not reused: the next identical request gets a fresh try at the LLM.
   */
  async findCompletedByHash(promptHash: string, maxAgeMs: number): Promise<Job | null> {
    const rows = await this.db.query<JobRow>(
      `SELECT * FROM jobs WHERE prompt_hash = $1 AND status = 'completed' AND cache_hit = false
         AND planner_reason IS NULL
         AND finished_at > now() - ($2::integer * interval '1 millisecond')
       ORDER BY finished_at DESC LIMIT 1`,
      [promptHash, maxAgeMs],
    );
    return rows[0] ? jobFromRow(rows[0]) : null;
  }

  /** The newest spec an LLM planner produced for this hash, at any age: the LLM's fallback cache. */
  async findLlmSpec(promptHash: string): Promise<AppSpec | null> {
    const rows = await this.db.query<{ spec: AppSpec }>(
      `SELECT spec FROM jobs WHERE prompt_hash = $1 AND spec IS NOT NULL AND planner LIKE 'openai:%'
       ORDER BY created_at DESC LIMIT 1`,
      [promptHash],
    );
    return rows[0]?.spec ?? null;
  }

  /** LLM tokens (in + out) spent by `owner`'s jobs created since `since`. */
  async tokensUsedSince(owner: string, since: Date): Promise<number> {
    const rows = await this.db.query<{ tokens: string | number }>(
      `SELECT COALESCE(SUM(COALESCE((usage->>'inputTokens')::bigint, 0)
                         + COALESCE((usage->>'outputTokens')::bigint, 0)), 0) AS tokens
       FROM jobs WHERE owner = $1 AND created_at >= $2 AND usage IS NOT NULL`,
      [owner, since.toISOString()],
    );
    return Number(rows[0]?.tokens ?? 0);
  }

  /** The unfinished job that is generating this hash for others to wait on, if any. */
  async findActiveLeader(promptHash: string): Promise<Job | null> {
    const rows = await this.db.query<JobRow>(
      `SELECT * FROM jobs WHERE prompt_hash = $1 AND status = ANY($2::text[]) AND source_job_id IS NULL
       ORDER BY created_at LIMIT 1`,
      [promptHash, ACTIVE_STATUSES],
    );
    return rows[0] ? jobFromRow(rows[0]) : null;
  }

  async waitingFollowers(leaderId: string): Promise<Job[]> {
    const rows = await this.db.query<JobRow>(
      `SELECT * FROM jobs WHERE source_job_id = $1 AND status = 'queued' ORDER BY created_at, id`,
      [leaderId],
    );
    return rows.map(jobFromRow);
  }

  /**
   * Followers still queued although their leader is in one of `leaderStatuses` (terminal) or no longer
   * exists; optionally only for one prompt hash.
   */
  async orphanedFollowers(leaderStatuses: readonly JobStatus[], promptHash?: string): Promise<Job[]> {
    const rows = await this.db.query<JobRow>(
      `SELECT f.* FROM jobs f LEFT JOIN jobs l ON l.id = f.source_job_id
       WHERE f.status = 'queued' AND f.source_job_id IS NOT NULL
         AND (l.id IS NULL OR l.status = ANY($1::text[]))
         AND ($2::text IS NULL OR f.prompt_hash = $2)
       ORDER BY f.created_at, f.id`,
      [leaderStatuses, promptHash ?? null],
    );
    return rows.map(jobFromRow);
  }

  async unfinished(): Promise<Job[]> {
    const rows = await this.db.query<JobRow>(
      'SELECT * FROM jobs WHERE status = ANY($1::text[]) ORDER BY created_at, id',
      [ACTIVE_STATUSES],
    );
    return rows.map(jobFromRow);
  }

  /** Points waiting followers at a new leader (their first one was cancelled). */
  async reassignFollowers(oldLeaderId: string, newLeaderId: string): Promise<void> {
    await this.db.query(
      `UPDATE jobs SET source_job_id = CASE WHEN id = $2 THEN NULL ELSE $2 END, updated_at = now()
       WHERE source_job_id = $1 AND status = 'queued'`,
      [oldLeaderId, newLeaderId],
    );
  }

  /** Forgets the files of an attempt that stopped half way, before a retry stores them again. */
  async clearFiles(jobId: string): Promise<void> {
    await this.db.query('DELETE FROM job_files WHERE job_id = $1', [jobId]);
  }

  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db.query<{ status: string; count: number }>(
      'SELECT status, count(*)::integer AS count FROM jobs GROUP BY status',
    );
    return Object.fromEntries(rows.map((row) => [row.status, row.count]));
  }
}

async function insertFiles(tx: Db, jobId: string, files: JobFile[]): Promise<void> {
  const params: unknown[] = [jobId];
  const values = files.map((file) => {
    params.push(file.path, file.size, file.sha256, file.storageKey, file.language);
    const n = params.length;
    return `($1, $${n - 4}, $${n - 3}, $${n - 2}, $${n - 1}, $${n})`;
  });
  await tx.query(
    `INSERT INTO job_files (job_id, path, size, sha256, storage_key, language) VALUES ${values.join(', ')}`,
    params,
  );
}
