/**
 * At start: jobs the previous process left unfinished are picked up again. Queued ones are re-queued;
 * ones that were running are retried from the start (planning and generation are deterministic and
 * blobs are content-addressed, so a retry is safe), up to MAX_ATTEMPTS, then failed with the reason.
 * Followers whose leader is still unfinished are left to it.
 */
import type { Logger } from 'pino';
import { resolveFollowers } from './followers.ts';
import { ACTIVE_STATUSES, isTerminal, MAX_ATTEMPTS } from './job-types.ts';
import type { JobRepository } from './repository.ts';

export interface RecoveryReport {
  requeued: number;
  retried: number;
  failed: number;
}

export async function recoverJobs(
  repo: JobRepository,
  enqueue: (jobId: string) => Promise<void>,
  logger: Logger,
): Promise<RecoveryReport> {
  const report: RecoveryReport = { requeued: 0, retried: 0, failed: 0 };
  const unfinished = await repo.unfinished();
  const unfinishedIds = new Set(unfinished.map((job) => job.id));
  for (const job of unfinished) {
    if (job.status === 'queued') {
      if (job.sourceJobId && unfinishedIds.has(job.sourceJobId)) continue;
      await enqueue(job.id);
      report.requeued++;
      continue;
    }
    if (job.attempts >= MAX_ATTEMPTS) {
      const error = {
        code: 'RETRIES_EXHAUSTED',
        message: `The server stopped while this job was ${job.status}, ${job.attempts} times; it will not be tried again.`,
      };
      const failed = await repo.transition(
        job.id,
        ACTIVE_STATUSES,
        { status: 'failed', stage: null, finishedAt: 'now', error },
        [{ type: 'failed', data: { status: 'failed', error } }],
      );
      if (failed && isTerminal(failed.status)) await resolveFollowers(repo, failed, enqueue);
      report.failed++;
      continue;
    }
    await enqueue(job.id);
    report.retried++;
  }
  if (unfinished.length > 0) logger.info(report, 'recovered unfinished jobs');
  return report;
}
