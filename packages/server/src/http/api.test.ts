import { createHash } from 'node:crypto';
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
  waitForJob,
} from '../test-support/test-server.ts';
import { unzip } from '../test-support/unzip.ts';

const alice = { Authorization: `Bearer ${TEST_API_KEY}` };
const bob = { Authorization: `Bearer ${OTHER_API_KEY}` };
const PROMPT = 'A library app: members borrow books; track due dates and late fees.';

function binary(res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe.each(TEST_DATABASES)('generation API on $name', (target) => {
  let server: TestServer;
  let disposeDb: () => Promise<void>;
  let jobId: string;

  beforeAll(async () => {
    const opened = await openTestDb(target, 'api');
    disposeDb = opened.dispose;
    server = await startTestServer(opened.db);
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await server?.dispose();
    await disposeDb?.();
  });

  it('POST → events → completed → results → file → ZIP', async () => {
    const posted = await request(server.app).post('/api/generate').set(alice).send({ prompt: PROMPT });
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ status: 'queued', cacheHit: false });
    jobId = posted.body.jobId;
    expect(posted.body.statusUrl).toBe(`/api/jobs/${jobId}/status`);
    expect(posted.body.eventsUrl).toBe(`/api/jobs/${jobId}/events`);

    const stream = await readSse(`${server.url}${posted.body.eventsUrl}`, alice);
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    expect(stream.headers['cache-control']).toBe('no-cache, no-transform');
    expect(stream.headers['x-accel-buffering']).toBe('no');
    expect(stream.endedByServer).toBe(true);
    const ids = stream.events.map((e) => e.id);
    expect(ids).toEqual(ids.map((_, i) => i + 1));
    const statuses = stream.events.filter((e) => e.event === 'status').map((e) => e.data.status);
    expect(statuses).toEqual(['queued', 'planning', 'generating', 'storing']);
    expect(stream.events.at(-1)?.event).toBe('completed');
    const fileEvents = stream.events.filter((e) => e.event === 'file');
    expect(fileEvents.length).toBeGreaterThan(10);

    const status = await request(server.app).get(posted.body.statusUrl).set(alice);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      jobId,
      status: 'completed',
      progress: 100,
      cacheHit: false,
      error: null,
    });

    const result = await request(server.app).get(`/api/results/${jobId}`).set(alice);
    expect(result.status).toBe(200);
    expect(result.body.spec.app.slug).toBe(result.body.app.slug);
    expect(result.body.stack).toEqual({ frontend: 'react', backend: 'express', database: 'postgres' });
    expect(result.body.metadata).toMatchObject({ planner: 'offline', cacheHit: false, attempts: 1 });
    expect(Object.keys(result.body.metadata.timingsMs).sort()).toEqual(['generating', 'planning', 'storing']);
    expect(result.body.metadata.usage).toEqual({ inputTokens: 0, outputTokens: 0, costUsd: 0 });
    const files = result.body.files as {
      path: string;
      size: number;
      sha256: string;
      language: string;
      url: string;
    }[];
    expect(files.map((f) => f.path)).toEqual(fileEvents.map((e) => e.data.path));

    const readme = files.find((f) => f.path === 'README.md')!;
    const raw = await request(server.app).get(`/api/results/${jobId}/files/README.md`).set(alice);
    expect(raw.status).toBe(200);
    expect(raw.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(createHash('sha256').update(raw.text).digest('hex')).toBe(readme.sha256);
    const nested = files.find((f) => f.path.endsWith('.json') && f.path.includes('/'))!;
    const json = await request(server.app).get(`/api/results/${jobId}/files/${nested.path}`).set(alice);
    expect(json.headers['content-type']).toBe('application/json; charset=utf-8');

    // The signed URL works without identity; a tampered one does not.
    const signed = await request(server.app).get(readme.url);
    expect(signed.status).toBe(200);
    expect(createHash('sha256').update(signed.text).digest('hex')).toBe(readme.sha256);
    expect((await request(server.app).get(readme.url.replace('sig=', 'sig=x'))).status).toBe(403);

    const zip = await request(server.app)
      .get(`/api/results/${jobId}/download`)
      .set(alice)
      .buffer(true)
      .parse(binary as never);
    expect(zip.status).toBe(200);
    expect(zip.headers['content-type']).toBe('application/zip');
    const entries = await unzip(zip.body as Buffer);
    const slug = result.body.app.slug;
    expect([...entries.keys()]).toEqual(files.map((f) => `${slug}/${f.path}`));
    for (const file of files) {
      const content = entries.get(`${slug}/${file.path}`)!;
      expect(content.length).toBe(file.size);
      expect(createHash('sha256').update(content).digest('hex')).toBe(file.sha256);
    }
  });

  it('serves an identical request from the cache: a new job, completed at once, no planning', async () => {
    const before = { ...server.spies };
    const started = performance.now();
    const posted = await request(server.app)
      .post('/api/generate')
      .set(bob)
      .send({ prompt: `  ${PROMPT}\n` });
    const ms = performance.now() - started;
    expect(posted.status).toBe(202);
    expect(posted.body).toMatchObject({ status: 'completed', cacheHit: true });
    expect(posted.body.jobId).not.toBe(jobId);
    expect(server.spies.plans).toBe(before.plans);
    expect(server.spies.generations).toBe(before.generations);
    expect(ms).toBeLessThan(1000);
    const result = await request(server.app).get(`/api/results/${posted.body.jobId}`).set(bob);
    expect(result.body.metadata).toMatchObject({ cacheHit: true, sourceJobId: jobId });
    const original = await request(server.app).get(`/api/results/${jobId}`).set(alice);
    expect(result.body.files.map((f: { sha256: string }) => f.sha256)).toEqual(
      original.body.files.map((f: { sha256: string }) => f.sha256),
    );
    const stream = await readSse(`${server.url}/api/jobs/${posted.body.jobId}/events`, bob);
    expect(stream.events.map((e) => e.event)).toEqual(['completed']);
  });

  it('makes one generation for 20 concurrent identical requests (single flight)', async () => {
    const before = { ...server.spies };
    let release!: () => void;
    server.spies.gate = new Promise((resolve) => {
      release = resolve;
    });
    const prompt = `A recipe book: recipes have ingredients and steps. ${target.name}`;
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => request(server.app).post('/api/generate').set(alice).send({ prompt })),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(202));
    release();
    server.spies.gate = undefined;
    const jobs = await Promise.all(responses.map((r) => waitForJob(server, r.body.jobId)));
    expect(jobs.map((j) => j.status)).toEqual(Array(20).fill('completed'));
    expect(jobs.filter((j) => j.cacheHit)).toHaveLength(19);
    expect(server.spies.plans - before.plans).toBe(1);
    expect(server.spies.generations - before.generations).toBe(1);
  });

  it('shows jobs and results only to their owner', async () => {
    for (const path of [
      `/api/jobs/${jobId}/status`,
      `/api/results/${jobId}`,
      `/api/results/${jobId}/download`,
      `/api/jobs/${jobId}/events`,
    ]) {
      const response = await request(server.app).get(path).set(bob);
      expect(response.status, path).toBe(404);
      expect(response.body.error.code).toBe('NOT_FOUND');
      expect((await request(server.app).get(path)).status, `${path} anonymous`).toBe(404);
    }
    expect((await request(server.app).delete(`/api/jobs/${jobId}`).set(bob)).status).toBe(404);
    expect((await request(server.app).get('/api/jobs/no-such-job/status').set(alice)).status).toBe(404);
    const listed = await request(server.app).get('/api/jobs?limit=2').set(alice);
    expect(listed.body.jobs).toHaveLength(2);
    expect(listed.body.nextCursor).toEqual(expect.any(String));
    const next = await request(server.app)
      .get(`/api/jobs?limit=100&cursor=${listed.body.nextCursor}`)
      .set(alice);
    const all = [...listed.body.jobs, ...next.body.jobs];
    expect(all).toHaveLength(21);
    expect(all.map((j: { createdAt: string }) => j.createdAt)).toEqual(
      all
        .map((j: { createdAt: string }) => j.createdAt)
        .sort()
        .reverse(),
    );
    expect(all.every((j: { jobId: string }) => j.jobId !== undefined)).toBe(true);
  });

  it('gives an anonymous browser its own client id cookie and jobs', async () => {
    const browser = request.agent(server.app);
    const first = await browser.get('/api/jobs');
    expect(first.headers['set-cookie']?.[0]).toMatch(
      /^appgen_client=[\w-]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax/,
    );
    const posted = await browser.post('/api/generate').send({ prompt: PROMPT });
    expect(posted.status).toBe(202);
    expect((await browser.get('/api/jobs')).body.jobs).toHaveLength(1);
    expect((await request(server.app).get(`/api/jobs/${posted.body.jobId}/status`)).status).toBe(404);
  });

  it('cancels a running job, which then stops and stays cancelled', async () => {
    let release!: () => void;
    server.spies.gate = new Promise((resolve) => {
      release = resolve;
    });
    const posted = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A gym: members book classes.' });
    while (
      server.spies.plans === 0 ||
      (await server.services.repo.get(posted.body.jobId))?.status !== 'planning'
    ) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const cancelled = await request(server.app).delete(`/api/jobs/${posted.body.jobId}`).set(alice);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    release();
    server.spies.gate = undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await server.services.repo.get(posted.body.jobId))?.status).toBe('cancelled');
    const again = await request(server.app).delete(`/api/jobs/${posted.body.jobId}`).set(alice);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('JOB_FINISHED');
    const result = await request(server.app).get(`/api/results/${posted.body.jobId}`).set(alice);
    expect(result.status).toBe(409);
    expect(result.body.error.code).toBe('NOT_READY');
    const stream = await readSse(`${server.url}/api/jobs/${posted.body.jobId}/events`, alice);
    expect(stream.events.at(-1)?.event).toBe('cancelled');
    expect(stream.endedByServer).toBe(true);
  });

  it('hands a cancelled leader’s generation to the first identical request waiting for it', async () => {
    const before = { ...server.spies };
    let release!: () => void;
    server.spies.gate = new Promise((resolve) => {
      release = resolve;
    });
    const prompt = `A kennel: dogs stay in runs. ${target.name}`;
    const leader = await request(server.app).post('/api/generate').set(alice).send({ prompt });
    const follower = await request(server.app).post('/api/generate').set(bob).send({ prompt });
    expect((await request(server.app).delete(`/api/jobs/${leader.body.jobId}`).set(alice)).status).toBe(200);
    release();
    server.spies.gate = undefined;
    const done = await waitForJob(server, follower.body.jobId);
    expect(done).toMatchObject({ status: 'completed', cacheHit: false });
    expect((await server.services.repo.get(leader.body.jobId))?.status).toBe('cancelled');
    expect(server.spies.generations - before.generations).toBe(1);
  });

  it('answers 409 NOT_READY for results of a job still running', async () => {
    let release!: () => void;
    server.spies.gate = new Promise((resolve) => {
      release = resolve;
    });
    const posted = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: 'A zoo: animals live in enclosures.' });
    for (const path of [
      `/api/results/${posted.body.jobId}`,
      `/api/results/${posted.body.jobId}/download`,
      `/api/results/${posted.body.jobId}/files/README.md`,
    ]) {
      const response = await request(server.app).get(path).set(alice);
      expect(response.status, path).toBe(409);
      expect(response.body.error.code).toBe('NOT_READY');
    }
    release();
    server.spies.gate = undefined;
    expect((await waitForJob(server, posted.body.jobId)).status).toBe('completed');
  });

  it('generates a stack from GET /api/stacks by name: Vue + Fastify + SQLite', async () => {
    const posted = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: PROMPT, stack: 'vue-fastify-sqlite' });
    expect(posted.status).toBe(202);
    expect((await waitForJob(server, posted.body.jobId)).status).toBe('completed');
    const result = await request(server.app).get(`/api/results/${posted.body.jobId}`).set(alice);
    expect(result.body.stack).toEqual({ frontend: 'vue', backend: 'fastify', database: 'sqlite' });
    const paths = (result.body.files as { path: string }[]).map((f) => f.path);
    expect(paths).toContain('server/src/http/crud-routes.ts');
    expect(paths).not.toContain('server/src/http/crud-router.ts');
    const pkg = await request(server.app)
      .get(`/api/results/${posted.body.jobId}/files/server/package.json`)
      .set(alice);
    expect(Object.keys(JSON.parse(pkg.text).dependencies)).toEqual(['better-sqlite3', 'fastify', 'zod']);
  });

  it('generates the level asked for, and an inferred advanced on Fastify', async () => {
    const advanced = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: PROMPT, complexity: 'advanced' });
    expect((await waitForJob(server, advanced.body.jobId)).status).toBe('completed');
    const result = await request(server.app).get(`/api/results/${advanced.body.jobId}`).set(alice);
    expect(result.body.spec.complexity).toBe('advanced');
    expect((result.body.files as { path: string }[]).map((f) => f.path)).toContain(
      'server/test/auth.test.ts',
    );

    const accounts =
      'A team task board where members log in and see their own tasks; tasks have a title and a due date.';
    const inferred = await request(server.app)
      .post('/api/generate')
      .set(alice)
      .send({ prompt: accounts, stack: 'react-fastify-postgres' });
    expect((await waitForJob(server, inferred.body.jobId)).status).toBe('completed');
    const onFastify = await request(server.app).get(`/api/results/${inferred.body.jobId}`).set(alice);
    expect(onFastify.body.spec.complexity).toBe('advanced');
    expect(onFastify.body.spec.stack.backend).toBe('fastify');
    expect((onFastify.body.files as { path: string }[]).map((f) => f.path)).toContain(
      'server/src/http/auth-routes.ts',
    );
  });

  it('offers stacks, health, metrics and a front page', async () => {
    const stacks = await request(server.app).get('/api/stacks');
    expect(stacks.body.stacks).toEqual([
      { name: 'react-express-postgres', frontend: 'react', backend: 'express', database: 'postgres' },
      { name: 'react-express-sqlite', frontend: 'react', backend: 'express', database: 'sqlite' },
      { name: 'react-express-mysql', frontend: 'react', backend: 'express', database: 'mysql' },
      { name: 'react-fastify-postgres', frontend: 'react', backend: 'fastify', database: 'postgres' },
      { name: 'react-fastify-sqlite', frontend: 'react', backend: 'fastify', database: 'sqlite' },
      { name: 'react-fastify-mysql', frontend: 'react', backend: 'fastify', database: 'mysql' },
      { name: 'vue-express-postgres', frontend: 'vue', backend: 'express', database: 'postgres' },
      { name: 'vue-express-sqlite', frontend: 'vue', backend: 'express', database: 'sqlite' },
      { name: 'vue-express-mysql', frontend: 'vue', backend: 'express', database: 'mysql' },
      { name: 'vue-fastify-postgres', frontend: 'vue', backend: 'fastify', database: 'postgres' },
      { name: 'vue-fastify-sqlite', frontend: 'vue', backend: 'fastify', database: 'sqlite' },
      { name: 'vue-fastify-mysql', frontend: 'vue', backend: 'fastify', database: 'mysql' },
    ]);
    expect(stacks.body.backends).toEqual(['express', 'fastify']);
    expect(stacks.body.complexities).toEqual(['simple', 'standard', 'advanced']);
    const health = await request(server.app).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ready', failing: [] });
    expect(Object.keys(health.body.checks)).toEqual(['db', 'storage', 'queue', 'planner']);
    expect((await request(server.app).get('/api/health/live')).status).toBe(200);
    const metrics = await request(server.app).get('/metrics');
    for (const name of [
      'appgen_http_request_duration_seconds_bucket',
      'appgen_jobs{status="completed"}',
      'appgen_generation_stage_duration_seconds_bucket{le="0.001",stage="planning"}',
      'appgen_generation_cache_total{result="hit"}',
      'appgen_generation_cache_total{result="miss"}',
      'appgen_queue_depth',
    ]) {
      expect(metrics.text).toContain(name);
    }
    const home = await request(server.app).get('/').set('Accept', 'application/json');
    expect(home.body).toMatchObject({ name: 'appgen', status: 'up' });
    expect(home.headers['x-request-id']).toEqual(expect.any(String));
    expect(home.headers['x-content-type-options']).toBe('nosniff');
  });
});
