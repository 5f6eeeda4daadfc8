/**
 * Job queue port, and the embedded default: an in-process queue with bounded concurrency. The queue only
 * carries job ids; the database is the source of truth, so jobs lost with the process are found again at
 * start (see jobs/recovery.ts). BullMqQueue (bullmq-queue.ts) is the shared one, for several processes.
 */

import { finishedWithin } from './finished-within.ts';

export type JobHandler = (jobId: string) => Promise<void>;

export interface JobQueue {
  enqueue(jobId: string): Promise<void>;
  process(handler: JobHandler): void;
  /** Jobs waiting plus jobs running. */
  depth(): Promise<number>;
  /** Whether a job added now would be taken (false while a shared queue's Redis is away). */
  accepting(): boolean;
  /** For a shared queue: whether it holds the job (waiting, running or due for a retry). */
  isQueued?(jobId: string): Promise<boolean>;
  /** For a shared queue: worker processes connected to it, on any machine. */
  workers?(): Promise<number>;
  /** Stops taking jobs and waits up to `timeoutMs` for the running ones. True when all finished. */
  close(timeoutMs?: number): Promise<boolean>;
}

export class InProcessQueue implements JobQueue {
  private readonly waiting: string[] = [];
  private readonly known = new Set<string>();
  private readonly running = new Map<string, Promise<void>>();
  private handler: JobHandler | undefined;
  private closed = false;

  constructor(
    private readonly concurrency: number,
    private readonly onError: (jobId: string, error: unknown) => void = () => {},
  ) {}

  async enqueue(jobId: string): Promise<void> {
    if (this.closed || this.known.has(jobId)) return;
    this.known.add(jobId);
    this.waiting.push(jobId);
    this.pump();
  }

  process(handler: JobHandler): void {
    this.handler = handler;
    this.pump();
  }

  async depth(): Promise<number> {
    return this.waiting.length + this.running.size;
  }

  accepting(): boolean {
    return !this.closed;
  }

  async isQueued(jobId: string): Promise<boolean> {
    return this.known.has(jobId);
  }

  async close(timeoutMs = 10_000): Promise<boolean> {
    this.closed = true;
    this.waiting.length = 0;
    return finishedWithin(Promise.allSettled([...this.running.values()]), timeoutMs);
  }

  private pump(): void {
    const handler = this.handler;
    if (!handler) return;
    while (!this.closed && this.running.size < this.concurrency && this.waiting.length > 0) {
      const jobId = this.waiting.shift()!;
      const run = handler(jobId)
        .catch((error: unknown) => this.onError(jobId, error))
        .finally(() => {
          this.running.delete(jobId);
          this.known.delete(jobId);
          this.pump();
        });
      this.running.set(jobId, run);
    }
  }
}
