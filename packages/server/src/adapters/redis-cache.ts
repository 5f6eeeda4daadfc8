/**
 * The cache on Redis, shared by every instance (status 5 min, signed URL lists 1 h). A cache must never
 * be why a request fails: while Redis is away, reads miss and writes are dropped, so callers fall back
 * to the database, which stays the source of truth.
 */
import type { Redis } from 'ioredis';
import type { Cache } from './cache.ts';

export class RedisCache implements Cache {
  private readonly prefix: string;

  constructor(
    private readonly redis: Redis,
    prefix = 'appgen',
  ) {
    this.prefix = `${prefix}:cache:`;
  }

  async get<T>(key: string): Promise<T | undefined> {
    try {
      const text = await this.redis.get(this.prefix + key);
      return text === null ? undefined : (JSON.parse(text) as T);
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    try {
      await this.redis.set(this.prefix + key, JSON.stringify(value), 'PX', Math.max(1, Math.round(ttlMs)));
    } catch {
      // Dropped: the next read misses and goes to the database.
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await this.redis.del(this.prefix + key);
    } catch {
      // A stale entry expires by its TTL; status entries are rewritten on every job write.
    }
  }
}
