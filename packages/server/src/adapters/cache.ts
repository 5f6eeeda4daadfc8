/** Cache port (get/set/delete with a TTL), and the embedded default: an in-memory LRU. Redis comes later. */
import { LRUCache } from 'lru-cache';

export interface Cache {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export class MemoryCache implements Cache {
  private readonly lru: LRUCache<string, { value: unknown }>;

  constructor(maxEntries = 10_000) {
    this.lru = new LRUCache({ max: maxEntries, ttlAutopurge: false });
  }

  async get<T>(key: string): Promise<T | undefined> {
    return this.lru.get(key)?.value as T | undefined;
  }

  async set(key: string, value: unknown, ttlMs: number): Promise<void> {
    this.lru.set(key, { value }, { ttl: ttlMs });
  }

  async delete(key: string): Promise<void> {
    this.lru.delete(key);
  }
}
