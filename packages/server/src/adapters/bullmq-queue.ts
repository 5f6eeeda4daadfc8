/**
 * The job queue on BullMQ (Redis), for several API instances and separate worker processes
 * (`appgen worker`). The BullMQ job id is the appgen job id, so adding a job twice is a no-op while it
 * waits or runs. A worker that dies mid-job loses its lock; after `lockMs` another worker's stalled check
 * takes the job again (the runner fences each write on its attempt, so the job still completes once).
 * A handler that throws (the database is away) is retried with exponential backoff. Finished BullMQ jobs
 * are removed at once: the database is the source of truth for status, and a job the queue no longer
 * knows is added again by the reconciler (jobs/recovery.ts).
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { finishedWithin } from './finished-within.ts';
import type { JobHandler, JobQueue } from './queue.ts';

export const QUEUE_NAME = 'appgen-generate';
const QUEUED_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

export interface BullMqOptions {
  /** A fail-fast connection for the producer (see redis.ts). */
  producer: Redis;
  /** Makes a blocking connection for a worker; only called when this process processes jobs. */
  workerConnection: () => Redis;
  concurrency: number;
  /** How long a job's lock lives without renewal: a dead worker's jobs move on after about this long. */
  lockMs: number;
  /** Queue key prefix in Redis (tests use their own). */
  prefix?: string;
  logger: Logger;
}

export class BullMqQueue implements JobQueue {
  private readonly queue: Queue;
  private worker: Worker | undefined;

  constructor(private readonly options: BullMqOptions) {
    this.queue = new Queue(QUEUE_NAME, {
      connection: options.producer,
      prefix: options.prefix ?? 'appgen',
      defaultJobOptions: {
        attempts: 5,
        backoff: { type: 'exponential', delay: 1_000 },
        removeOnComplete: true,
        removeOnFail: true,
      },
    });
    // Connection trouble is reported by redis.ts and by /api/health; no unhandled error events.
    this.queue.on('error', () => {});
  }

  async enqueue(jobId: string): Promise<void> {
    await this.queue.add('generate', { jobId }, { jobId });
  }

  process(handler: JobHandler): void {
    if (this.worker) return;
    const { concurrency, lockMs, logger } = this.options;
    this.worker = new Worker(QUEUE_NAME, (job) => handler((job.data as { jobId: string }).jobId), {
      connection: this.options.workerConnection(),
      prefix: this.options.prefix ?? 'appgen',
      concurrency,
      lockDuration: lockMs,
      stalledInterval: Math.max(1_000, Math.round(lockMs / 2)),
      maxStalledCount: 3,
    });
    this.worker.on('error', (error) =>
      logger.warn({ err: { message: error.message } }, 'queue worker error'),
    );
    this.worker.on('failed', (job, error) =>
      logger.warn({ jobId: job?.id, err: error }, 'job handler threw; the queue retries it'),
    );
  }

  accepting(): boolean {
    return this.options.producer.status === 'ready';
  }

  async depth(): Promise<number> {
    const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(counts).reduce((sum, n) => sum + n, 0);
  }

  /** True when the queue holds the job (waiting, running or delayed for a retry). */
  async isQueued(jobId: string): Promise<boolean> {
    const job = await this.queue.getJob(jobId);
    return job ? QUEUED_STATES.has(await job.getState()) : false;
  }

  /** Worker processes connected to the queue (any instance). */
  workers(): Promise<number> {
    return this.queue.getWorkersCount();
  }

  async close(timeoutMs = 10_000): Promise<boolean> {
    // A worker's close waits for its running jobs; past the timeout they are left to the stalled check.
    const result = this.worker ? await finishedWithin(this.worker.close(), timeoutMs) : true;
    // Closing must stay bounded while Redis is away; errors here change nothing.
    if (!result)
      await finishedWithin(
        this.worker!.close(true).catch(() => {}),
        2_000,
      );
    await finishedWithin(
      this.queue.close().catch(() => {}),
      2_000,
    );
    return result;
  }
}
