/**
 * Redis for tests: the server at APPGEN_TEST_REDIS_URL (CI sets it; the Redis variants of the tests run
 * only then, and fail rather than skip when it is unreachable). Each test uses its own key prefix or
 * random job ids, so parallel files never collide.
 */
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { connectRedis, type RedisRole, waitForRedis } from '../adapters/redis.ts';

export const TEST_REDIS_URL = process.env.APPGEN_TEST_REDIS_URL || undefined;

const silent = pino({ level: 'silent' });

/** Connections opened here, closed by `closeTestRedis`. */
const opened: Redis[] = [];

export async function testRedis(role: RedisRole): Promise<Redis> {
  if (!TEST_REDIS_URL) throw new Error('APPGEN_TEST_REDIS_URL is not set');
  const redis = connectRedis(TEST_REDIS_URL, role, silent);
  opened.push(redis);
  await waitForRedis(redis, 5_000);
  return redis;
}

export async function closeTestRedis(): Promise<void> {
  await Promise.all(opened.splice(0).map((redis) => redis.quit().catch(() => redis.disconnect())));
}
