/** Job event pub/sub port, and the embedded default: an in-process emitter. Redis pub/sub comes later. */
import { EventEmitter } from 'node:events';

export interface JobEvent {
  jobId: string;
  seq: number;
  type: string;
  data: Record<string, unknown>;
}

export interface EventBus {
  publish(event: JobEvent): void;
  /** Returns the function that unsubscribes. */
  subscribe(jobId: string, listener: (event: JobEvent) => void): () => void;
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

  subscribe(jobId: string, listener: (event: JobEvent) => void): () => void {
    this.emitter.on(jobId, listener);
    return () => this.emitter.off(jobId, listener);
  }
}
