/**
 * Job events over Redis pub/sub, so an SSE stream on any API instance sees the events of a job run by any
 * worker. One channel per job; this process subscribes to it while at least one local stream listens.
 * Pub/sub keeps nothing: when the subscriber reconnects, every stream is told to catch up from the
 * database (`onGap`), which holds every event in order.
 */
import { EventEmitter } from 'node:events';
import type { Redis } from 'ioredis';
import type { EventBus, JobEvent, Subscription } from './events.ts';

export class RedisEventBus implements EventBus {
  private readonly local = new EventEmitter();
  private readonly subscriptions = new Map<string, { set: Set<Subscription>; live: Promise<unknown> }>();
  private wasDown = false;
  private readonly channel: string;

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
    prefix = 'appgen',
  ) {
    this.channel = `${prefix}:events:`;
    this.local.setMaxListeners(0);
    subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(this.channel)) return;
      try {
        this.local.emit(channel.slice(this.channel.length), JSON.parse(message) as JobEvent);
      } catch {
        // Not ours or truncated: the stream's catch-up from the database covers it.
      }
    });
    subscriber.on('close', () => {
      this.wasDown = true;
    });
    // ioredis resubscribes by itself after a reconnect; what was published meanwhile is read from the db.
    subscriber.on('ready', () => {
      if (!this.wasDown) return;
      this.wasDown = false;
      for (const { set } of this.subscriptions.values())
        for (const subscription of set) subscription.onGap?.();
    });
  }

  publish(event: JobEvent): void {
    // Fire and forget: a lost publish is repaired by the stream's database catch-up.
    this.publisher.publish(this.channel + event.jobId, JSON.stringify(event)).catch(() => {});
  }

  async subscribe(jobId: string, subscription: Subscription): Promise<() => void> {
    // Refuse rather than wait for a reconnect: the stream then follows the job from the database.
    if (this.subscriber.status !== 'ready') throw new Error('Redis pub/sub is not connected');
    let entry = this.subscriptions.get(jobId);
    if (!entry) {
      entry = { set: new Set(), live: this.subscriber.subscribe(this.channel + jobId) };
      this.subscriptions.set(jobId, entry);
    }
    const { set } = entry;
    set.add(subscription);
    this.local.on(jobId, subscription.listener);
    const unsubscribe = () => {
      this.local.off(jobId, subscription.listener);
      set.delete(subscription);
      if (set.size > 0 || this.subscriptions.get(jobId)?.set !== set) return;
      this.subscriptions.delete(jobId);
      this.subscriber.unsubscribe(this.channel + jobId).catch(() => {});
    };
    try {
      // Live before the caller replays from the database, so nothing falls between the two.
      await entry.live;
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async close(): Promise<void> {
    this.local.removeAllListeners();
    this.subscriptions.clear();
  }
}
