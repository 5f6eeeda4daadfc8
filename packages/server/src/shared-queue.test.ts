/**
 * Production mode in one test process: two API instances and a worker sharing PostgreSQL and a private
 * Redis (BullMQ queue, cache, pub/sub, rate limits). Runs when APPGEN_TEST_DATABASE_URL is set (CI), and
 * needs redis-server installed. The multi-process version, behind nginx, is test/multi-instance.test.ts.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { createServices, type Services } from './services.ts';
import { openTestDb, TEST_DATABASE_URL } from './test-support/databases.ts';
import { type RedisServer, startRedisServer } from './test-support/redis-server.ts';
import { readSse } from './test-support/sse-client.ts';
import {
  STARTUP_TIMEOUT_MS,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
  waitForJob,
} from './test-support/test-server.ts';

const alice = { Authorization: `Bearer ${TEST_API_KEY}` };

describe.runIf(TEST_DATABASE_URL)('two API instances and a worker on Redis + PostgreSQL', () => {
  let redis: RedisServer;
  let api1: TestServer;
  let api2: TestServer;
  let worker: Services;
  let disposeDb: () => Promise<void>;

  beforeAll(async () => {
    redis = await startRedisServer();
    const opened = await openTestDb({ name: 'postgres', url: TEST_DATABASE_URL }, 'shared');
    disposeDb = opened.dispose;
    const env = {
      REDIS_URL: redis.url,
      DATABASE_URL: TEST_DATABASE_URL!,
      RATE_LIMIT_GENERATE_PER_MIN: '6',
      QUEUE_LOCK_MS: '2000',
      QUEUE_RECONCILE_MS: '1000',
    };
    api1 = await startTestServer(opened.db, env);
    api2 = await startTestServer(opened.db, { ...env, APPGEN_DATA_DIR: api1.dataDir });
    worker = await createServices(
      loadConfig({ ...env, APPGEN_DATA_DIR: api1.dataDir, LOG_LEVEL: 'silent' }),
      {
        db: opened.db,
        processJobs: true,
      },
    );
    await worker.start();
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await api1?.dispose();
    await api2?.dispose();
    await worker?.stop();
    await disposeDb?.();
    await redis?.stop();
  });

  it('runs a job submitted on one instance on the worker, watched live from the other', async () => {
    expect(api1.services.processesJobs).toBe(false);
    const posted = await request(api1.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A bakery: cakes have a name and a price.' });
    expect(posted.status).toBe(202);
    const stream = await readSse(`${api2.url}${posted.body.eventsUrl}`, alice);
    expect(stream.events.at(-1)?.event).toBe('completed');
    expect(stream.events.map((e) => e.id)).toEqual(stream.events.map((_, i) => i + 1));
    const status = await request(api2.app).get(posted.body.statusUrl).set(alice);
    expect(status.body).toMatchObject({ status: 'completed', progress: 100 });
  });

  it('holds the rate limit across instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const server = i % 2 === 0 ? api1 : api2;
      const res = await request(server.app)
        .post('/api/generate')
        .send({ prompt: `A kennel: dogs have a name. Variant ${i}.` });
      statuses.push(res.status);
    }
    // Anonymous callers are limited by address: 6 a minute in total, whichever instance they reach.
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202, 429, 429]);
  });

  it('reports Redis down as degraded, refuses new generations with 503, serves reads, and loses nothing', async () => {
    const before = await request(api1.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A farm: cows have a tag number.' });
    await waitForJob(api1, before.body.jobId);

    await redis.stop();
    await expect
      .poll(async () => (await request(api1.app).get('/api/health')).body.status, { timeout: 10_000 })
      .toBe('degraded');
    const health = await request(api1.app).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.degraded).toContain('redis');

    const refused = await request(api2.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A zoo: animals have a name.' });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('QUEUE_UNAVAILABLE');
    const read = await request(api2.app).get(`/api/jobs/${before.body.jobId}/status`).set(alice);
    expect(read.body.status).toBe('completed');
    const replay = await readSse(`${api1.url}/api/jobs/${before.body.jobId}/events`, alice);
    expect(replay.events.at(-1)?.event).toBe('completed');

    // Back, empty (no persistence): the job submitted after it returns still completes.
    await redis.start();
    await expect
      .poll(
        async () =>
          (
            await request(api1.app)
              .post('/api/generate')
              .set(alice)
              .send({ prompt: 'A zoo: animals have a name.' })
          ).status,
        {
          timeout: 15_000,
        },
      )
      .toBe(202);
    const jobs = await api1.services.repo.listByOwner('alice', 50);
    for (const job of jobs) await waitForJob(api1, job.id, 30_000);
    expect((await api1.services.repo.unfinished()).length).toBe(0);
  });
});
