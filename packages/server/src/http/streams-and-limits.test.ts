import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, TEST_DATABASES } from '../test-support/databases.ts';
import { readSse } from '../test-support/sse-client.ts';
import {
  OTHER_API_KEY,
  STARTUP_TIMEOUT_MS,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
} from '../test-support/test-server.ts';

const alice = { Authorization: `Bearer ${TEST_API_KEY}` };
const bob = { Authorization: `Bearer ${OTHER_API_KEY}` };

describe.each(TEST_DATABASES)('SSE resume and rate limits on $name', (target) => {
  let slow: TestServer;
  let limited: TestServer;
  let disposeDb: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestDb(target, 'streams');
    disposeDb = opened.dispose;
    // Both servers start before any job exists, so neither recovers the other's jobs.
    slow = await startTestServer(opened.db, { APPGEN_TEST_STAGE_DELAY_MS: '150', SSE_HEARTBEAT_MS: '40' });
    limited = await startTestServer(opened.db, {
      RATE_LIMIT_GENERATE_PER_MIN: '3',
      RATE_LIMIT_READ_PER_MIN: '5',
    });
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await slow?.dispose();
    await limited?.dispose();
    await disposeDb?.();
  });

  it('resumes after a dropped connection with nothing lost or repeated', async () => {
    const posted = await request(slow.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A bakery: orders of cakes.' });
    const url = `${slow.url}${posted.body.eventsUrl}`;
    const first = await readSse(url, alice, 2);
    expect(first.endedByServer).toBe(false);
    expect(first.events.map((e) => e.id)).toEqual([1, 2]);
    // Reconnect as a browser does (Last-Event-ID header), drop again, then resume by query parameter.
    const second = await readSse(url, { ...alice, 'Last-Event-ID': '2' }, 1);
    expect(second.events.map((e) => e.id)).toEqual([3]);
    const rest = await readSse(`${url}?lastEventId=3`, alice);
    expect(rest.endedByServer).toBe(true);
    const ids = [...first.events, ...second.events, ...rest.events].map((e) => e.id);
    const stored = await slow.services.repo.eventsAfter(posted.body.jobId, 0);
    expect(ids).toEqual(stored.map((e) => e.seq));
    expect(rest.events.at(-1)?.event).toBe('completed');
    expect(rest.comments).toContain('heartbeat');
    // A client resuming after the end gets an empty stream that ends at once.
    const after = await readSse(url, { ...alice, 'Last-Event-ID': String(ids.at(-1)) });
    expect(after.events).toEqual([]);
    expect(after.endedByServer).toBe(true);
  });

  it('limits generation requests per caller with 429, Retry-After and RateLimit headers', async () => {
    for (let i = 0; i < 3; i++) {
      const ok = await request(limited.app)
        .post('/api/generate')
        .set(alice)
        .send({ prompt: `A shop number ${i}.` });
      expect(ok.status).toBe(202);
      expect(ok.headers['ratelimit-limit']).toBe('3');
      expect(ok.headers['ratelimit-remaining']).toBe(String(2 - i));
    }
    // Only jobs are compared: the three accepted jobs are still writing their events.
    const before = (await limited.rowCounts()).jobs;
    const refused = await request(limited.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A shop number 4.' });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['ratelimit-remaining']).toBe('0');
    expect(Number(refused.headers['ratelimit-reset'])).toBeGreaterThan(0);
    expect((await limited.rowCounts()).jobs).toBe(before);
    // Another caller has a limit of their own.
    expect(
      (await request(limited.app).post('/api/generate').set(bob).send({ prompt: 'A shop number 5.' })).status,
    ).toBe(202);
  });

  it('limits reads separately and generously', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await request(limited.app).get('/api/jobs').set(bob)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
  });
});
