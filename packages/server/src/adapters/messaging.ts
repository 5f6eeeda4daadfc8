/**
 * The cache, live events and job queue of one process: embedded (in memory, one process) by default, or
 * on Redis when REDIS_URL is set, so several API instances and `appgen worker` processes share them.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { BullMqQueue } from './bullmq-queue.ts';
import { type Cache, MemoryCache } from './cache.ts';
import { type EventBus, LocalEventBus } from './events.ts';
import { InProcessQueue, type JobQueue } from './queue.ts';
import { connectRedis, waitForRedis } from './redis.ts';
import { RedisCache } from './redis-cache.ts';
import { RedisEventBus } from './redis-events.ts';

export interface Messaging {
  cache: Cache;
  events: EventBus;
  queue: JobQueue;
  /** The command connection (rate limits, health), when Redis is configured. */
  redis: Redis | undefined;
  /** Whether `queue` is shared with other processes (BullMQ), so workers must reconcile it. */
  shared: boolean;
  close(): Promise<void>;
}

const START_WAIT_MS = 5_000;

export async function connectMessaging(config: Config, logger: Logger): Promise<Messaging> {
  if (!config.redisUrl) {
    const queue = new InProcessQueue(config.queueConcurrency, (jobId, error) =>
      logger.error({ jobId, err: error }, 'job handler crashed'),
    );
    return {
      cache: new MemoryCache(),
      events: new LocalEventBus(),
      queue,
      redis: undefined,
      shared: false,
      close: async () => {},
    };
  }
  const url = config.redisUrl;
  const connections: Redis[] = [];
  const open = (role: Parameters<typeof connectRedis>[1]) => {
    const redis = connectRedis(url, role, logger);
    connections.push(redis);
    return redis;
  };
  const commands = open('commands');
  try {
    await waitForRedis(commands, START_WAIT_MS);
  } catch (error) {
    // Start anyway: reads work from the database, /api/health says degraded, and submissions get a 503
    // until Redis answers.
    logger.error({ err: { message: (error as Error).message } }, 'starting without Redis');
  }
  const queue = new BullMqQueue({
    producer: open('queue'),
    workerConnection: () => open('worker'),
    concurrency: config.queueConcurrency,
    lockMs: config.queueLockMs,
    prefix: config.redisPrefix,
    logger,
  });
  return {
    cache: new RedisCache(commands, config.redisPrefix),
    events: new RedisEventBus(open('publisher'), open('subscriber'), config.redisPrefix),
    queue,
    redis: commands,
    shared: true,
    async close() {
      // quit() waits for Redis to answer; while it is away, just drop the connection.
      for (const redis of connections) {
        if (redis.status === 'ready') await redis.quit().catch(() => {});
        redis.disconnect();
      }
    },
  };
}
