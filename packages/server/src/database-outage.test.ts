/**
 * PostgreSQL going away and coming back, through the real pg driver (a TCP proxy in front of the test
 * server is cut): requests get 503 DATABASE_UNAVAILABLE and write nothing, health says unavailable, and a
 * job that was running when the database went away completes once it is back.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb, type Db } from './adapters/db.ts';
import { dropSchema, TEST_DATABASE_URL, uniqueSchema } from './test-support/databases.ts';
import { startTcpProxy, type TcpProxy } from './test-support/tcp-proxy.ts';
import {
  STARTUP_TIMEOUT_MS,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
  waitForJob,
} from './test-support/test-server.ts';

const alice = { Authorization: `Bearer ${TEST_API_KEY}` };

describe.runIf(TEST_DATABASE_URL)('PostgreSQL outage', () => {
  const schema = uniqueSchema('outage');
  let proxy: TcpProxy;
  let db: Db;
  let server: TestServer;

  beforeAll(async () => {
    const target = new URL(TEST_DATABASE_URL!);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
    const viaProxy = new URL(TEST_DATABASE_URL!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    db = await connectDb({ databaseUrl: viaProxy.toString(), poolSize: 4, schema });
    server = await startTestServer(db, { QUEUE_RECONCILE_MS: '500' });
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await server?.dispose();
    await db?.close();
    await proxy?.close();
    await dropSchema(TEST_DATABASE_URL!, schema);
  });

  it('answers 503 DATABASE_UNAVAILABLE while it is away, and finishes the interrupted job once it is back', async () => {
    let release!: () => void;
    server.spies.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const running = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A dairy: cows have a tag number.' });
    expect(running.status).toBe(202);
    await expect
      .poll(async () => (await server.services.repo.get(running.body.jobId))?.status)
      .toBe('planning');

    await proxy.down();
    release();
    server.spies.gate = undefined;

    const refused = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'An orchard: trees have a variety.' });
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('DATABASE_UNAVAILABLE');
    expect(refused.headers['retry-after']).toBe('30');
    const health = await request(server.app).get('/api/health');
    expect(health.status).toBe(503);
    expect(health.body.failing).toContain('db');

    await proxy.up();
    await waitForJob(server, running.body.jobId, 30_000);
    const job = await server.services.repo.get(running.body.jobId);
    expect(job).toMatchObject({ status: 'completed' });
    // The refused request wrote nothing: only the interrupted job exists.
    expect((await server.rowCounts()).jobs).toBe(1);
    expect((await request(server.app).get('/api/health')).status).toBe(200);
  });
});
