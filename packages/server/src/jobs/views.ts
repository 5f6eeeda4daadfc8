/** What the API shows of a job. Internal columns (owner, prompt hash, event counter) stay inside. */
import type { Job } from './job-types.ts';

export interface JobStatusView {
  jobId: string;
  status: Job['status'];
  stage: string | null;
  progress: number;
  cacheHit: boolean;
  error: Job['error'];
  attempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt: string;
  statusUrl: string;
  eventsUrl: string;
  resultUrl: string | null;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

export function jobLinks(jobId: string) {
  return {
    statusUrl: `/api/jobs/${jobId}/status`,
    eventsUrl: `/api/jobs/${jobId}/events`,
    resultUrl: `/api/results/${jobId}`,
    downloadUrl: `/api/results/${jobId}/download`,
  };
}

export function statusView(job: Job): JobStatusView {
  const links = jobLinks(job.id);
  return {
    jobId: job.id,
    status: job.status,
    stage: job.stage,
    progress: job.progress,
    cacheHit: job.cacheHit,
    error: job.error,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    updatedAt: job.updatedAt.toISOString(),
    statusUrl: links.statusUrl,
    eventsUrl: links.eventsUrl,
    resultUrl: job.status === 'completed' ? links.resultUrl : null,
  };
}

/** A job in the owner's list: its status plus what they asked for. */
export function listItemView(job: Job) {
  return {
    ...statusView(job),
    prompt: job.prompt,
    options: job.options,
    appName: job.spec?.app.name ?? null,
  };
}
