/**
 * Which finished job holds the reusable result for a prompt hash: the cache (Redis when configured,
 * shared by every instance) remembers it for the rest of the result's 24 hours, so a repeated request
 * costs one primary-key read instead of an index search. The database stays the truth: a cached id is
 * checked against the row, and a miss falls back to the search and fills the cache.
 */
import type { Cache } from '../adapters/cache.ts';
import type { Job } from './job-types.ts';
import type { JobRepository } from './repository.ts';

export const RESULT_MAX_AGE_MS = 24 * 60 * 60_000;

const keyOf = (promptHash: string) => `result:${promptHash}`;

/** Reusable: completed by a real generation (not itself a copy, not a fallback's plan) within 24 h. */
function reusable(job: Job | null, promptHash: string, now: number): job is Job {
  return (
    job !== null &&
    job.promptHash === promptHash &&
    job.status === 'completed' &&
    !job.cacheHit &&
    job.plannerReason === null &&
    job.finishedAt !== null &&
    now - job.finishedAt.getTime() < RESULT_MAX_AGE_MS
  );
}

export class ResultIndex {
  constructor(
    private readonly cache: Cache,
    private readonly repo: JobRepository,
    private readonly now: () => number = Date.now,
  ) {}

  async find(promptHash: string): Promise<Job | null> {
    const cachedId = await this.cache.get<string>(keyOf(promptHash));
    if (cachedId) {
      const job = await this.repo.get(cachedId);
      if (reusable(job, promptHash, this.now())) return job;
      await this.cache.delete(keyOf(promptHash));
    }
    const found = await this.repo.findCompletedByHash(promptHash, RESULT_MAX_AGE_MS);
    if (found) await this.remember(found);
    return found;
  }

  /** Called when a generation completes (and on a search hit): cached until the result expires. */
  async remember(job: Job): Promise<void> {
    if (!reusable(job, job.promptHash, this.now())) return;
    const left = RESULT_MAX_AGE_MS - (this.now() - job.finishedAt!.getTime());
    await this.cache.set(keyOf(job.promptHash), job.id, left);
  }
}
