/**
 * Status reads served from the cache for up to 5 minutes. Writes put the new status in (write-through,
 * see server.ts), so the cache is never stale; a miss on an unfinished job reads the database and does
 * not fill the cache, because a reader's row could be older than a write that lands meanwhile.
 * Finished jobs never change, so those misses fill it.
 */
import type { Cache } from '../adapters/cache.ts';
import { isTerminal, type Job } from './job-types.ts';
import { KeyedMutex } from './keyed-mutex.ts';
import type { JobRepository } from './repository.ts';
import { type JobStatusView, statusView } from './views.ts';

export const STATUS_TTL_MS = 5 * 60_000;

interface CachedStatus {
  owner: string;
  seq: number;
  view: JobStatusView;
}

const keyOf = (jobId: string) => `status:${jobId}`;

export class StatusCache {
  private readonly writes = new KeyedMutex();

  constructor(
    private readonly cache: Cache,
    private readonly repo: JobRepository,
  ) {}

  /**
   * Called after every committed write of a job. The read-compare-write runs one at a time per job, so
   * two writes announced close together (a runner's step and a cancel) cannot leave the older one cached.
   */
  remember(job: Job & { eventSeq?: number }): Promise<void> {
    return this.writes.run(job.id, async () => {
      const seq = job.eventSeq ?? 0;
      const current = await this.cache.get<CachedStatus>(keyOf(job.id));
      if (current && current.seq > seq) return;
      await this.cache.set(keyOf(job.id), { owner: job.owner, seq, view: statusView(job) }, STATUS_TTL_MS);
    });
  }

  /** The job's status if it belongs to `owner`, else null. */
  async read(jobId: string, owner: string): Promise<JobStatusView | null> {
    const cached = await this.cache.get<CachedStatus>(keyOf(jobId));
    if (cached) return cached.owner === owner ? cached.view : null;
    const job = await this.repo.getOwned(jobId, owner);
    if (!job) return null;
    if (isTerminal(job.status)) {
      await this.cache.set(
        keyOf(jobId),
        { owner, seq: Number.MAX_SAFE_INTEGER, view: statusView(job) },
        STATUS_TTL_MS,
      );
    }
    return statusView(job);
  }
}
