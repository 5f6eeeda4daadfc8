/**
 * Completing a job with another job's result — a cache hit, or a follower whose identical leader just
 * finished. No planning, no generation: the spec and the file manifest are copied (the blobs are
 * content-addressed, so nothing is stored twice).
 */
import type { Job } from './job-types.ts';
import type { JobPatch, JobRepository, NewEvent, NewJob } from './repository.ts';
import { jobLinks } from './views.ts';

function reusePatch(source: Job): JobPatch {
  return {
    status: 'completed',
    stage: null,
    progress: 100,
    spec: source.spec,
    planner: source.planner,
    plannerReason: source.plannerReason
      ? `reused the result of job ${source.id}: ${source.plannerReason}`
      : `reused the result of job ${source.id}`,
    warnings: source.warnings,
    usage: { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    cacheHit: true,
    sourceJobId: source.id,
    fileCount: source.fileCount ?? 0,
    totalBytes: source.totalBytes ?? 0,
    startedAt: 'now',
    finishedAt: 'now',
  };
}

function completedEvent(jobId: string, source: Job): NewEvent {
  return {
    type: 'completed',
    data: {
      status: 'completed',
      progress: 100,
      cacheHit: true,
      fileCount: source.fileCount,
      totalBytes: source.totalBytes,
      resultUrl: jobLinks(jobId).resultUrl,
    },
  };
}

/** A new job, born completed from `source`. */
export function createFromSource(repo: JobRepository, job: NewJob, source: Job): Promise<Job> {
  return repo.create(job, [completedEvent(job.id, source)], reusePatch(source), source.id);
}

/** A queued job completed from `source`; null when it is no longer queued (cancelled meanwhile). */
export async function completeFromSource(repo: JobRepository, job: Job, source: Job): Promise<Job | null> {
  const files = await repo.files(source.id);
  return repo.transition(job.id, ['queued'], reusePatch(source), [completedEvent(job.id, source)], files);
}
