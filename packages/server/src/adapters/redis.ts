/**
 * Redis connections (ioredis). Each use gets its own: commands (cache, rate limits) fail fast while Redis
 * is away so requests fall back to the database; the pub/sub subscriber and BullMQ's worker wait and
 * reconnect on their own. Nothing here logs the URL (it may hold a password).
 */
import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';

export type RedisRole = 'commands' | 'subscriber' | 'publisher' | 'queue' | 'worker';

const ROLE_OPTIONS: Record<RedisRole, RedisOptions> = {
  // Fail a command at once when disconnected, rather than queue it behind a reconnect.
  commands: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
  // Events published while Redis is away are sent once it is back (SSE streams resync from the database).
  publisher: { maxRetriesPerRequest: null },
  subscriber: { maxRetriesPerRequest: null },
  // BullMQ's producer: fail fast, so a submission while Redis is away gets a clear 503.
  queue: { enableOfflineQueue: false, maxRetriesPerRequest: 1 },
  // BullMQ's worker: blocking commands, retried forever (BullMQ requires maxRetriesPerRequest null).
  worker: { maxRetriesPerRequest: null },
};

export function connectRedis(url: string, role: RedisRole, logger: Logger): Redis {
  const redis = new Redis(url, {
    ...ROLE_OPTIONS[role],
    connectionName: `appgen-${role}`,
    // Reconnect quickly at first, then every 2 s at most.
    retryStrategy: (times) => Math.min(times * 100, 2_000),
    lazyConnect: false,
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    logger.warn({ role, err: { message: error.message } }, 'redis unavailable; reconnecting');
  });
  redis.on('ready', () => {
    if (!down) return;
    down = false;
    logger.info({ role }, 'redis connection restored');
  });
  return redis;
}

/** True when the connection can take commands now. */
export const isRedisReady = (redis: Redis) => redis.status === 'ready';

/** Resolves once `redis` is ready, or rejects after `timeoutMs` (start-up must not hang on a bad URL). */
export function waitForRedis(redis: Redis, timeoutMs: number): Promise<void> {
  if (isRedisReady(redis)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new Error(`Redis did not answer within ${timeoutMs} ms; check REDIS_URL`));
    }, timeoutMs);
    const onReady = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', onReady);
  });
}
