/**
 * The service with an LLM planner: a fake OpenAI-compatible server on 127.0.0.1, the real SDK, and the
 * real resilience and fallback chain. Every failure mode must end in a completed job that says which
 * planner produced its spec and why it fell back — and the API key must never show.
 */
import { Writable } from 'node:stream';
import { apiError, completion, FakeOpenAI } from '@appgen/planner/test-support/fake-openai';
import { CLINIC_PROMPT, clinicAnswer } from '@appgen/planner/test-support/llm-answers';
import request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { openTestDb, TEST_DATABASES } from '../test-support/databases.ts';
import {
  OTHER_API_KEY,
  STARTUP_TIMEOUT_MS,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
  waitForJob,
} from '../test-support/test-server.ts';

const OPENAI_KEY = 'sk-proj-LEAKCHECK-0123456789abcdefghijklmnop';
const alice = { Authorization: `Bearer ${TEST_API_KEY}` };
const bob = { Authorization: `Bearer ${OTHER_API_KEY}` };
const ok = (tokens = { promptTokens: 1500, completionTokens: 600 }) =>
  completion(JSON.stringify(clinicAnswer()), tokens);

describe.each(TEST_DATABASES)('generation with an LLM planner on $name', (target) => {
  let server: TestServer;
  let fake: FakeOpenAI;
  let disposeDb: () => Promise<void>;
  const logLines: string[] = [];
  let promptCounter = 0;
  /** A fresh prompt each time, so no test meets another's cached result. */
  const nextPrompt = () => `${CLINIC_PROMPT} Variant ${++promptCounter}.`;

  beforeAll(async () => {
    fake = await FakeOpenAI.start();
    const opened = await openTestDb(target, 'llm');
    disposeDb = opened.dispose;
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    server = await startTestServer(
      opened.db,
      {
        OPENAI_API_KEY: OPENAI_KEY,
        OPENAI_BASE_URL: fake.url,
        OPENAI_RETRY_BASE_MS: '10',
        OPENAI_TIMEOUT_MS: '400',
        OPENAI_MAX_RETRIES: '2',
        OPENAI_BREAKER_THRESHOLD: '6',
        OPENAI_BREAKER_COOLDOWN_MS: '600000',
        APPGEN_DAILY_TOKEN_BUDGET: '50000',
      },
      { logger: createLogger('trace', sink) },
    );
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await server?.dispose();
    await disposeDb?.();
    await fake?.close();
  });
  beforeEach(() => fake.reset());

  async function generate(prompt: string, as = alice) {
    const posted = await request(server.app).post('/api/generate').set(as).send({ prompt });
    expect(posted.status).toBe(202);
    await waitForJob(server, posted.body.jobId);
    const result = await request(server.app).get(`/api/results/${posted.body.jobId}`).set(as);
    expect(result.status).toBe(200);
    return { jobId: posted.body.jobId as string, metadata: result.body.metadata, spec: result.body.spec };
  }

  it('takes the spec from the LLM, with tokens and cost on the job', async () => {
    fake.reply(ok({ promptTokens: 1800, completionTokens: 900 }));
    const prompt = nextPrompt();
    const { metadata, spec } = await generate(prompt);

    expect(metadata).toMatchObject({ planner: 'openai:gpt-4.1-mini', plannerReason: null });
    expect(metadata.usage).toEqual({ inputTokens: 1800, outputTokens: 900, costUsd: 0.00216 });
    expect(spec.entities.map((e: { name: string }) => e.name)).toEqual([
      'Owner',
      'Pet',
      'Vet',
      'Appointment',
      'Treatment',
    ]);
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.body.messages?.[1]?.content).toBe(prompt);
  });

  it('recovers within the job from a 429 with Retry-After, 5xx answers and a bad answer', async () => {
    fake.reply(apiError(429, 'slow down', { 'retry-after-ms': '20' }), ok());
    expect((await generate(nextPrompt())).metadata).toMatchObject({ planner: 'openai:gpt-4.1-mini' });
    fake.reply(apiError(500, 'boom'), apiError(503, 'busy'), ok());
    expect((await generate(nextPrompt())).metadata).toMatchObject({ planner: 'openai:gpt-4.1-mini' });
    fake.reply(completion('{"app": '), ok());
    expect((await generate(nextPrompt())).metadata).toMatchObject({
      planner: 'openai:gpt-4.1-mini',
      plannerReason: null,
    });
  });

  it('completes on the offline planner after a timeout or two invalid answers, and says why', async () => {
    fake.otherwise({ ...ok(), delayMs: 3_000 });
    const timedOut = await generate(nextPrompt());
    expect(timedOut.metadata.planner).toBe('offline');
    expect(timedOut.metadata.plannerReason).toMatch(
      /did not answer within 400 ms after 3 attempts; planned offline/,
    );

    fake.reset();
    fake.reply(completion('not json', { promptTokens: 100, completionTokens: 10 }), completion('[]'));
    const invalid = await generate(nextPrompt());
    expect(invalid.metadata.planner).toBe('offline');
    expect(invalid.metadata.plannerReason).toMatch(/not a valid app spec after one repair round/);
    // The tokens of the failed answers are still counted.
    expect(invalid.metadata.usage.inputTokens).toBeGreaterThanOrEqual(100);

    // A fallback result is not reused: the same request asks the LLM again.
    const prompt = nextPrompt();
    fake.reply(completion('x'), completion('y'));
    expect((await generate(prompt)).metadata.planner).toBe('offline');
    fake.reply(ok());
    const again = await generate(prompt);
    expect(again.metadata).toMatchObject({ planner: 'openai:gpt-4.1-mini', cacheHit: false });
  });

  it('falls back to the spec the LLM gave for the same request before the offline planner', async () => {
    const prompt = nextPrompt();
    fake.reply(ok());
    const first = await generate(prompt);
    // The stored result has expired (older than 24 h), so the request is planned again.
    await server.services.db.query(`UPDATE jobs SET finished_at = now() - interval '2 days' WHERE id = $1`, [
      first.jobId,
    ]);
    fake.otherwise(apiError(502, 'bad gateway'));
    const second = await generate(prompt);
    expect(second.metadata.planner).toBe('cached');
    expect(second.metadata.plannerReason).toMatch(
      /HTTP 502.*used the spec the LLM gave for the same request/,
    );
    expect(second.spec).toEqual(first.spec);
  });

  it('refuses new generations past the daily token budget, with its own code, but serves cached results', async () => {
    // The budget is per caller: bob has spent nothing yet; alice's earlier jobs do not count for him.
    fake.otherwise(ok({ promptTokens: 25_000, completionTokens: 5_000 }));
    const prompt = nextPrompt();
    await generate(prompt, bob);
    await generate(nextPrompt(), bob);
    const refused = await request(server.app).post('/api/generate').set(bob).send({ prompt: nextPrompt() });
    expect(refused.status).toBe(429);
    expect(refused.body.error).toMatchObject({
      code: 'TOKEN_BUDGET_EXHAUSTED',
      details: { budget: 50_000, used: 60_000 },
    });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const cached = await request(server.app).post('/api/generate').set(bob).send({ prompt });
    expect(cached.status).toBe(202);
    expect(cached.body.cacheHit).toBe(true);
  });

  it('never shows the API key: not in logs, job records, health or metrics', async () => {
    fake.otherwise(apiError(401, `Incorrect API key provided: ${OPENAI_KEY}`));
    const { jobId, metadata } = await generate(nextPrompt());
    expect(metadata.plannerReason).toMatch(/rejected the credentials \(HTTP 401\); check OPENAI_API_KEY/);
    const bodies = [
      JSON.stringify((await request(server.app).get(`/api/jobs/${jobId}`).set(alice)).body),
      JSON.stringify((await request(server.app).get(`/api/results/${jobId}`).set(alice)).body),
      JSON.stringify((await request(server.app).get('/api/health')).body),
      (await request(server.app).get('/metrics')).text,
      JSON.stringify(await server.services.repo.get(jobId)),
    ];
    expect(logLines.length).toBeGreaterThan(10);
    expect(logLines.some((line) => line.includes('planner fell back'))).toBe(true);
    for (const text of [...bodies, ...logLines]) expect(text).not.toContain(OPENAI_KEY);
  });

  // Last: the circuit stays open for the rest of this server's life.
  it('opens the circuit after repeated failures: fast offline plans, degraded health, metrics', async () => {
    fake.otherwise(apiError(500, 'down'));
    await generate(nextPrompt());
    await generate(nextPrompt());
    expect(server.services.plannerSetup.circuit?.state()).toBe('open');
    const before = fake.requests.length;
    const fast = await generate(nextPrompt());
    expect(fake.requests.length).toBe(before);
    expect(fast.metadata.planner).toBe('offline');
    expect(fast.metadata.plannerReason).toMatch(/failed 6 times in a row/);

    const health = await request(server.app).get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'degraded', degraded: ['planner'] });
    expect(health.body.checks.planner).toMatchObject({ name: 'openai:gpt-4.1-mini', circuit: 'open' });

    const metrics = await request(server.app).get('/metrics');
    expect(metrics.text).toContain('appgen_planner_circuit_state{planner="openai:gpt-4.1-mini"} 2');
    expect(metrics.text).toMatch(
      /appgen_planner_fallbacks_total\{from="openai:gpt-4.1-mini",to="offline",code="LLM_CIRCUIT_OPEN"\} [1-9]/,
    );
    expect(metrics.text).toMatch(
      /appgen_ai_tokens_total\{planner="openai:gpt-4.1-mini",direction="input"\} [1-9]/,
    );
    expect(metrics.text).toMatch(/appgen_ai_cost_usd_total\{planner="openai:gpt-4.1-mini"\} 0\.0/);
  });
});
