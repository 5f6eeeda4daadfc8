/** The event bus and cache contracts, on each implementation: in-process, and Redis when configured. */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { closeTestRedis, TEST_REDIS_URL, testRedis } from '../test-support/redis.ts';
import { type Cache, MemoryCache } from './cache.ts';
import { type EventBus, type JobEvent, LocalEventBus } from './events.ts';
import { RedisCache } from './redis-cache.ts';
import { RedisEventBus } from './redis-events.ts';

afterAll(closeTestRedis);

const buses: { name: string; make: () => Promise<EventBus> }[] = [
  { name: 'LocalEventBus', make: async () => new LocalEventBus() },
  ...(TEST_REDIS_URL
    ? [
        {
          name: 'RedisEventBus',
          make: async () => new RedisEventBus(await testRedis('publisher'), await testRedis('subscriber')),
        },
      ]
    : []),
];

const caches: { name: string; make: () => Promise<Cache> }[] = [
  { name: 'MemoryCache', make: async () => new MemoryCache() },
  ...(TEST_REDIS_URL
    ? [{ name: 'RedisCache', make: async () => new RedisCache(await testRedis('commands')) }]
    : []),
];

const event = (jobId: string, seq: number): JobEvent => ({ jobId, seq, type: 'status', data: { seq } });

describe.each(buses)('$name', ({ make }) => {
  it('delivers the events of one job to each of its subscribers until they unsubscribe', async () => {
    const bus = await make();
    const [j1, j2] = [randomUUID(), randomUUID()];
    const a: number[] = [];
    const b: number[] = [];
    const offA = await bus.subscribe(j1, { listener: (e) => a.push(e.seq) });
    const offB = await bus.subscribe(j1, { listener: (e) => b.push(e.seq) });
    bus.publish(event(j1, 1));
    bus.publish(event(j2, 1));
    await expect.poll(() => b).toEqual([1]);
    offB();
    bus.publish(event(j1, 2));
    await expect.poll(() => a).toEqual([1, 2]);
    offA();
    bus.publish(event(j1, 3));
    // A marker on another job, published after: once it arrives, event 3 would have too.
    const marker: number[] = [];
    const offMarker = await bus.subscribe(j2, { listener: (e) => marker.push(e.seq) });
    bus.publish(event(j2, 9));
    await expect.poll(() => marker).toEqual([9]);
    offMarker();
    expect(a).toEqual([1, 2]);
    expect(b).toEqual([1]);
    await bus.close();
  });
});

describe.each(caches)('$name', ({ make }) => {
  it('keeps values as JSON until their TTL passes, and deletes them', async () => {
    const cache = await make();
    const key = `test:${randomUUID()}`;
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, { a: 1, b: ['x'] }, 60_000);
    expect(await cache.get(key)).toEqual({ a: 1, b: ['x'] });
    await cache.delete(key);
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, 'short', 30);
    await expect.poll(() => cache.get(key)).toBeUndefined();
  });
});

describe.runIf(TEST_REDIS_URL)('Redis adapters while Redis is away', () => {
  it('the cache misses and drops writes instead of failing; the bus refuses to subscribe', async () => {
    const commands = await testRedis('commands');
    const subscriber = await testRedis('subscriber');
    commands.disconnect();
    subscriber.disconnect();
    await expect.poll(() => [commands.status, subscriber.status]).toEqual(['end', 'end']);
    const cache = new RedisCache(commands);
    await cache.set('k', 1, 1000);
    expect(await cache.get('k')).toBeUndefined();
    const bus = new RedisEventBus(commands, subscriber);
    await expect(bus.subscribe(randomUUID(), { listener: () => {} })).rejects.toThrow(/not connected/);
  });

  it('tells subscribers to catch up from the database after the subscriber reconnects', async () => {
    const subscriber = await testRedis('subscriber');
    const bus = new RedisEventBus(await testRedis('publisher'), subscriber);
    let gaps = 0;
    await bus.subscribe(randomUUID(), { listener: () => {}, onGap: () => gaps++ });
    // Drop the connection as a Redis restart would; ioredis reconnects and resubscribes.
    subscriber.stream.destroy();
    await expect.poll(() => gaps, { timeout: 5_000 }).toBe(1);
  });
});
