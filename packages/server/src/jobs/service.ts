/**
 * What callers can do with jobs: submit, cancel, read. A submission is validated, hashed, served from the
 * result cache if an identical job finished within 24 h, attached to an identical running job if there is
 * one (single flight), or else queued. A rejected request writes nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { JobQueue } from '../adapters/queue.ts';
import { ApiError, notFound } from '../errors.ts';
import type { Metrics } from '../metrics.ts';
import { resolveFollowers } from './followers.ts';
import { parseGenerateRequest } from './generate-request.ts';
import { ACTIVE_STATUSES, isTerminal, type Job } from './job-types.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { promptHash } from './prompt-hash.ts';
import type { JobRepository } from './repository.ts';
import type { ResultIndex } from './result-index.ts';
import { createFromSource } from './reuse-result.ts';

export interface JobServiceDeps {
  repo: JobRepository;
  queue: JobQueue;
  metrics: Metrics;
  hashLocks: KeyedMutex;
  results: ResultIndex;
  generatorVersion: string;
  /** LLM tokens each caller may spend per UTC day; 0 = no limit. */
  dailyTokenBudget?: number;
  logger?: Logger;
}

export class JobService {
  constructor(private readonly deps: JobServiceDeps) {}

  async submit(owner: string, body: unknown): Promise<Job> {
    const { repo, queue, metrics, generatorVersion } = this.deps;
    const { prompt, options } = parseGenerateRequest(body);
    const hash = promptHash(prompt, options, generatorVersion);
    const newJob = { id: randomUUID(), owner, prompt, promptHash: hash, options, generatorVersion };
    // Under the hash lock, a second identical request always sees the first one's job.
    return this.deps.hashLocks.run(hash, async () => {
      const cached = await this.deps.results.find(hash);
      if (cached) {
        metrics.cacheLookups.inc({ result: 'hit' });
        return createFromSource(repo, newJob, cached);
      }
      const leader = await repo.findActiveLeader(hash);
      if (!leader) {
        // Only a new generation needs the queue and spends tokens: cache hits and shared jobs are served
        // while the queue is away and past the budget.
        if (!queue.accepting()) {
          throw new ApiError(
            'QUEUE_UNAVAILABLE',
            'New generations are paused: the job queue (Redis) cannot be reached. Results and job status still work; try again in a minute.',
            { retryAfterSeconds: 30 },
          );
        }
        await this.checkTokenBudget(owner);
      }
      metrics.cacheLookups.inc({ result: leader ? 'shared' : 'miss' });
      const job = await repo.create({ ...newJob, sourceJobId: leader?.id ?? null }, [
        { type: 'status', data: { status: 'queued', stage: null, progress: 0 } },
      ]);
      if (!leader) {
        // The job is saved: if the queue fails now, the workers' reconcile adds it once Redis is back.
        await queue.enqueue(job.id).catch((error: unknown) => {
          this.deps.logger?.warn({ jobId: job.id, err: error }, 'enqueue failed; the reconcile will add it');
        });
      }
      return job;
    });
  }

  /**
   * Refuses a new generation when `owner` has spent the daily LLM token budget. Checked at submission,
   * so jobs already queued may overshoot it by their own use.
   */
  private async checkTokenBudget(owner: string): Promise<void> {
    const budget = this.deps.dailyTokenBudget ?? 0;
    if (budget <= 0) return;
    const now = new Date();
    const dayStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
    const used = await this.deps.repo.tokensUsedSince(owner, dayStart);
    if (used < budget) return;
    const retryAfterSeconds = Math.ceil((dayStart.getTime() + 86_400_000 - now.getTime()) / 1000);
    throw new ApiError(
      'TOKEN_BUDGET_EXHAUSTED',
      `You have used today's LLM budget of ${budget} tokens (${used} spent). It resets at 00:00 UTC; identical requests that were already generated are still served.`,
      { budget, used, retryAfterSeconds },
    );
  }

  /** Cancels an unfinished job of `owner`; a running one stops at its next stage. */
  async cancel(owner: string, jobId: string): Promise<Job> {
    const { repo } = this.deps;
    const job = await repo.getOwned(jobId, owner);
    if (!job) throw notFound();
    return this.deps.hashLocks.run(job.promptHash, async () => {
      const cancelled = await repo.transition(
        jobId,
        ACTIVE_STATUSES,
        { status: 'cancelled', stage: null, finishedAt: 'now' },
        [{ type: 'cancelled', data: { status: 'cancelled' } }],
      );
      if (!cancelled) {
        const current = (await repo.get(jobId))!;
        throw new ApiError(
          'JOB_FINISHED',
          `The job has already ${current.status === 'cancelled' ? 'been cancelled' : current.status}.`,
          {
            status: current.status,
          },
        );
      }
      try {
        // The first waiting follower takes over; in the same critical section as the cancel, so no
        // identical request can attach to the cancelled job in between.
        await resolveFollowers(repo, cancelled, (id) => this.deps.queue.enqueue(id));
      } catch (error) {
        // The cancel itself is done; the sweep (followers.ts) promotes a follower later.
        this.deps.logger?.error({ jobId, err: error }, 'could not hand over to a follower');
      }
      return cancelled;
    });
  }

  /** A job of `owner` that has completed; 404 for others' and unknown ids, 409 while it is not complete. */
  async completedJob(owner: string, jobId: string): Promise<Job> {
    const job = await this.deps.repo.getOwned(jobId, owner);
    if (!job) throw notFound();
    if (job.status !== 'completed') {
      throw new ApiError(
        'NOT_READY',
        isTerminal(job.status)
          ? `The job ${job.status}; there is no result to fetch.`
          : `The job is still ${job.status}; follow its events or poll its status, then try again.`,
        { status: job.status, progress: job.progress },
      );
    }
    return job;
  }
}
