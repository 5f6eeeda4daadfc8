/**
 * Job event pub/sub port, and the embedded default: an in-process emitter. With several processes,
 * RedisEventBus (redis-events.ts) carries events from the worker that runs a job to every API instance.
 */
import { EventEmitter } from 'node:events';

export interface JobEvent {
  jobId: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
}

export interface Subscription {
  /** Each event published for the job from now on. */
  listener: (event: JobEvent) => void;
  /** Events may have been missed (the bus lost its connection): read them from the database. */
  onGap?: () => void;
}

export interface EventBus {
  publish(event: JobEvent): void;
  /** Resolves once the subscription is live; returns the function that unsubscribes. */
  subscribe(jobId: string, subscription: Subscription): Promise<() => void>;
  close(): Promise<void>;
}

export class LocalEventBus implements EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    // One listener per open SSE stream; many streams on one job are normal.
    this.emitter.setMaxListeners(0);
  }

  publish(event: JobEvent): void {
    this.emitter.emit(event.jobId, event);
  }

  async subscribe(jobId: string, { listener }: Subscription): Promise<() => void> {
    this.emitter.on(jobId, listener);
    return () => this.emitter.off(jobId, listener);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }
}
