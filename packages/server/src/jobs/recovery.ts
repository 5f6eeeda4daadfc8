/**
 * At start: jobs the previous process left unfinished are picked up again. Queued ones are re-queued;
 * ones that were running are retried from the start (planning and generation are deterministic and
 * blobs are content-addressed, so a retry is safe), up to MAX_ATTEMPTS, then failed with the reason.
 * Followers whose leader is still unfinished are left to it.
 */
import type { Logger } from 'pino';
import { settle } from './followers.ts';
import { ACTIVE_STATUSES, MAX_ATTEMPTS } from './job-types.ts';
import { KeyedMutex } from './keyed-mutex.ts';
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
  /** The server's hash locks: requests are already being served while recovery runs. */
  hashLocks: KeyedMutex = new KeyedMutex(),
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
      await settle({ repo, hashLocks, requeue: enqueue, logger }, job.promptHash, () =>
        repo.transition(
          job.id,
          ACTIVE_STATUSES,
          { status: 'failed', stage: null, finishedAt: 'now', error },
          [{ type: 'failed', data: { status: 'failed', error } }],
        ),
      );
      report.failed++;
      continue;
    }
    await enqueue(job.id);
    report.retried++;
  }
  if (unfinished.length > 0) logger.info(report, 'recovered unfinished jobs');
  return report;
}
