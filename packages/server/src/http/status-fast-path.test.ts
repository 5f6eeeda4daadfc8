/**
 * The status fast path (status-fast-path.ts) answers GET /api/jobs/:id/status for API-key callers before
 * Express. These tests hold it to what the Express route answers: the same body and headers, the same
 * rate limit budget, the status cache, ETag/304 and the request's log line.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, TEST_DATABASES } from '../test-support/databases.ts';
import {
  OTHER_API_KEY,
  STARTUP_TIMEOUT_MS,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
  waitForJob,
} from '../test-support/test-server.ts';

const alice = { Authorization: `Bearer ${TEST_API_KEY}` };
const bob = { Authorization: `Bearer ${OTHER_API_KEY}` };
const READ_LIMIT = 8;
/** Headers that differ between any two responses, whichever path answers. */
const PER_RESPONSE = [
  'date',
  'x-request-id',
  'ratelimit-remaining',
  'ratelimit-reset',
  'connection',
  'keep-alive',
];

const comparable = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.includes(name)));

describe.each(TEST_DATABASES)('status fast path on $name', (target) => {
  let server: TestServer;
  let disposeDb: () => Promise<void>;
  let jobId: string;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const opened = await openTestDb(target, 'fast-status');
    disposeDb = opened.dispose;
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    server = await startTestServer(
      opened.db,
      { RATE_LIMIT_READ_PER_MIN: String(READ_LIMIT) },
      { logger: pino({ level: 'info' }, sink) },
    );
    const posted = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A bakery: customers order cakes.' });
    jobId = posted.body.jobId;
    await waitForJob(server, jobId);
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await server?.dispose();
    await disposeDb?.();
  });

  it('answers with the body and headers of the Express route, takes from the same budget, and refuses past it', async () => {
    const path = `/api/jobs/${jobId}/status`;
    // server.app is the server's listener (fast path first); handle.app is Express alone.
    const fast = await request(server.app).get(path).set(alice).set('X-Request-Id', 'fast-1');
    const slow = await request(server.handle.app).get(path).set(alice);
    expect(fast.status).toBe(200);
    expect(fast.body).toEqual(slow.body);
    expect(fast.body).toMatchObject({ jobId, status: 'completed', progress: 100 });
    expect(comparable(fast.headers)).toEqual(comparable(slow.headers));
    expect(fast.headers).toMatchObject({
      'x-request-id': 'fast-1',
      'cache-control': 'no-store',
      'content-security-policy': expect.any(String),
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.any(String),
      'ratelimit-limit': String(READ_LIMIT),
      etag: expect.stringMatching(/^W\//),
    });
    expect(fast.headers['x-powered-by']).toBeUndefined();

    // Another owner's job: the same 404 on both paths.
    const fastMissing = await request(server.app).get(path).set(bob).set('X-Request-Id', 'missing');
    const slowMissing = await request(server.handle.app).get(path).set(bob).set('X-Request-Id', 'missing');
    expect(fastMissing.status).toBe(404);
    expect(fastMissing.body).toEqual(slowMissing.body);
    expect(fastMissing.body.error).toMatchObject({ code: 'NOT_FOUND', requestId: 'missing' });
    expect(comparable(fastMissing.headers)).toEqual(comparable(slowMissing.headers));

    // Alice has used 2 of her reads (one per path); the rest of the budget, then a refusal on each path.
    const remaining: string[] = [];
    for (let i = 2; i < READ_LIMIT; i++) {
      const res = await request(server.app).get(path).set(alice);
      expect(res.status).toBe(200);
      remaining.push(String(res.headers['ratelimit-remaining']));
    }
    expect(remaining.at(-1)).toBe('0');
    const refused = await request(server.app).get(path).set(alice);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers['content-security-policy']).toBe(fast.headers['content-security-policy']);
    const refusedList = await request(server.handle.app).get('/api/jobs').set(alice);
    expect(refusedList.status).toBe(429);
  });

  it('serves a finished job from the status cache, answers 304 to a matching ETag, and logs each request', async () => {
    const path = `/api/jobs/${jobId}/status`;
    // Bob's budget is untouched by Alice's; his first read of his own job fills the cache.
    const bobJob = await request(server.app)
      .post('/api/generate')
      .set(bob)
      .send({ prompt: 'A gym: members book classes with trainers.' });
    await waitForJob(server, bobJob.body.jobId);
    const bobPath = `/api/jobs/${bobJob.body.jobId}/status`;
    const first = await request(server.app).get(bobPath).set(bob);
    expect(first.body.status).toBe('completed');
    // Changed under the cache: the fast path keeps answering what the cache holds, as the route does.
    await server.services.db.query(`UPDATE jobs SET status = 'failed' WHERE id = $1`, [bobJob.body.jobId]);
    const cached = await request(server.app).get(bobPath).set(bob);
    expect(cached.body.status).toBe('completed');

    const notModified = await request(server.app)
      .get(bobPath)
      .set(bob)
      .set('If-None-Match', String(first.headers.etag));
    expect(notModified.status).toBe(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers.etag).toBe(first.headers.etag);

    const line = logLines.find(
      (entry) =>
        (entry.req as { url?: string } | undefined)?.url === path &&
        (entry.res as { statusCode: number }).statusCode === 200,
    );
    expect(line).toMatchObject({ msg: 'request completed', level: 30, req: { method: 'GET' } });
    expect(line?.responseTime).toEqual(expect.any(Number));
    expect(JSON.stringify(logLines)).not.toContain(TEST_API_KEY);
  });

  it('leaves keys that are not valid, browser callers and other methods to Express', async () => {
    const path = `/api/jobs/${jobId}/status`;
    const badKey = await request(server.app).get(path).set('Authorization', 'Bearer not-a-key');
    expect(badKey.status).toBe(401);
    expect(badKey.body.error.code).toBe('UNAUTHORIZED');
    const browser = await request(server.app).get(path);
    expect(browser.status).toBe(404);
    expect(browser.headers['set-cookie']?.[0]).toMatch(/^appgen_client=/);
    const head = await request(server.app).head(`/api/jobs/${jobId}/status`).set(bob);
    expect(head.status).toBe(404);
  });
});
