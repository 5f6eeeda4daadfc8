/**
 * Puts every unfinished job back on the queue — at start (jobs the previous process left behind), and
 * with a shared queue also periodically, for jobs the queue no longer knows (Redis lost its data). The
 * database is the source of truth; the queue only carries ids, and a job already queued or running is not
 * added twice (`isQueued`). A job that was running is retried from the start (planning and generation are
 * deterministic and blobs content-addressed, so a retry is safe); the runner fails it with the reason after
 * MAX_ATTEMPTS interrupted runs. Followers whose leader is still unfinished are left to it.
 */
import type { Logger } from 'pino';
import type { JobRepository } from './repository.ts';

export interface RecoveryReport {
  requeued: number;
  retried: number;
}

export async function recoverJobs(
  repo: JobRepository,
  enqueue: (jobId: string) => Promise<void>,
  logger: Logger,
  isQueued: (jobId: string) => Promise<boolean> = async () => false,
): Promise<RecoveryReport> {
  const report: RecoveryReport = { requeued: 0, retried: 0 };
  const unfinished = await repo.unfinished();
  const unfinishedIds = new Set(unfinished.map((job) => job.id));
  for (const job of unfinished) {
    if (job.sourceJobId && job.status === 'queued' && unfinishedIds.has(job.sourceJobId)) continue;
    if (await isQueued(job.id)) continue;
    await enqueue(job.id);
    if (job.status === 'queued') report.requeued++;
    else report.retried++;
  }
  if (report.requeued + report.retried > 0) logger.info(report, 'recovered unfinished jobs');
  return report;
}
