import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiError, completion, FakeOpenAI } from '../test-support/fake-openai.ts';
import { CLINIC_PROMPT, clinicAnswer } from '../test-support/llm-answers.ts';
import { llmFailure } from '../test-support/llm-failure.ts';
import { type LlmConfig, parseLlmEnv } from './config.ts';
import { OpenAIPlanner } from './openai-planner.ts';
import { ResilientPlanner } from './resilient-planner.ts';

let fake: FakeOpenAI;
let config: LlmConfig;
const ok = () => completion(JSON.stringify(clinicAnswer()));

beforeAll(async () => {
  fake = await FakeOpenAI.start();
  const parsed = parseLlmEnv({
    OPENAI_BASE_URL: fake.url,
    OPENAI_RETRY_BASE_MS: '20',
    OPENAI_TIMEOUT_MS: '5000',
    OPENAI_BREAKER_THRESHOLD: '3',
    OPENAI_BREAKER_COOLDOWN_MS: '300',
  });
  if (!parsed.llm) throw new Error('expected an LLM config');
  config = parsed.llm;
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

const resilient = (overrides: Partial<LlmConfig> = {}) =>
  new ResilientPlanner(new OpenAIPlanner({ ...config, ...overrides }), { ...config, ...overrides });

describe('ResilientPlanner', () => {
  it('waits as long as Retry-After says after a 429, then succeeds', async () => {
    fake.reply(apiError(429, 'slow down', { 'retry-after': '1' }), ok());
    const planner = resilient();
    const result = await planner.plan(CLINIC_PROMPT);

    expect(result.spec.entities).toHaveLength(5);
    expect(planner.retryHistory).toEqual([1000]);
    const [first, second] = fake.requests;
    expect((second?.receivedAt ?? 0) - (first?.receivedAt ?? 0)).toBeGreaterThanOrEqual(900);
  });

  it('retries 5xx with exponential backoff and jitter, then succeeds', async () => {
    fake.reply(apiError(500, 'boom'), apiError(502, 'bad gateway'), apiError(503, 'busy'), ok());
    const planner = resilient({ breakerThreshold: 10 });
    await planner.plan(CLINIC_PROMPT);

    expect(fake.requests).toHaveLength(4);
    const [a, b, c] = planner.retryHistory;
    // base 20 ms doubling: 20, 40, 80, each plus at most 20 % jitter
    expect(a).toBeGreaterThanOrEqual(20);
    expect(a).toBeLessThanOrEqual(24);
    expect(b).toBeGreaterThanOrEqual(40);
    expect(b).toBeLessThanOrEqual(48);
    expect(c).toBeGreaterThanOrEqual(80);
    expect(c).toBeLessThanOrEqual(96);
  });

  it('uses 1 s, 2 s, 4 s by default', () => {
    const defaults = parseLlmEnv({ OPENAI_API_KEY: 'sk-0123456789' }).llm;
    expect(defaults).toMatchObject({ retryBaseMs: 1000, maxRetries: 3 });
  });

  it('gives up after the last retry, saying how many attempts were made', async () => {
    fake.otherwise(apiError(500, 'down'));
    const error = await llmFailure(resilient({ maxRetries: 2, breakerThreshold: 10 }).plan(CLINIC_PROMPT));
    expect(error.code).toBe('LLM_UNAVAILABLE');
    expect(error.message).toContain('after 3 attempts');
    expect(fake.requests).toHaveLength(3);
  });

  it('aborts an attempt that outlives the timeout, and retries it', async () => {
    fake.reply({ ...ok(), delayMs: 2_000 }, { ...ok(), delayMs: 2_000 });
    const error = await llmFailure(resilient({ timeoutMs: 150, maxRetries: 1 }).plan(CLINIC_PROMPT));

    expect(error.code).toBe('LLM_TIMEOUT');
    expect(fake.requests).toHaveLength(2);
    // The SDK request was aborted, not left running.
    await expect.poll(() => fake.requests.every((r) => r.aborted), { timeout: 500 }).toBe(true);
  });

  it('does not wait for a Retry-After longer than allowed', async () => {
    fake.reply(apiError(429, 'come back tomorrow', { 'retry-after': '3600' }), ok());
    const error = await llmFailure(resilient().plan(CLINIC_PROMPT));
    expect(error.code).toBe('LLM_RATE_LIMITED');
    expect(fake.requests).toHaveLength(1);
  });

  it('does not retry what another attempt cannot fix', async () => {
    fake.reply(apiError(401, 'bad key'), ok());
    expect((await llmFailure(resilient().plan(CLINIC_PROMPT))).code).toBe('LLM_AUTH_FAILED');
    expect(fake.requests).toHaveLength(1);
  });

  it('opens the circuit after N consecutive failures, fails fast, then recovers after the cool-down', async () => {
    const planner = resilient({ maxRetries: 0 });
    const states: string[] = [];
    planner.onCircuitChange((state) => states.push(state));
    fake.otherwise(apiError(503, 'down'));
    for (let i = 0; i < 3; i++) await llmFailure(planner.plan(CLINIC_PROMPT));
    expect(planner.circuitState).toBe('open');

    const fast = await llmFailure(planner.plan(CLINIC_PROMPT));
    expect(fast.code).toBe('LLM_CIRCUIT_OPEN');
    expect(fake.requests).toHaveLength(3);

    fake.otherwise(ok());
    await new Promise((resolve) => setTimeout(resolve, 350));
    const result = await planner.plan(CLINIC_PROMPT);
    expect(result.spec.entities).toHaveLength(5);
    expect(planner.circuitState).toBe('closed');
    expect(states).toEqual(['open', 'half-open', 'closed']);
  });

  it('stops retrying once the circuit opens', async () => {
    fake.otherwise(apiError(500, 'down'));
    const error = await llmFailure(resilient({ maxRetries: 10 }).plan(CLINIC_PROMPT));
    expect(error.code).toBe('LLM_CIRCUIT_OPEN');
    expect(fake.requests).toHaveLength(3);
  });

  it('passes a caller’s abort through without retrying or counting it', async () => {
    fake.otherwise({ ...ok(), delayMs: 2_000 });
    const planner = resilient();
    const controller = new AbortController();
    const pending = planner.plan(CLINIC_PROMPT, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('caller gave up')), 50);
    await expect(pending).rejects.toThrow('caller gave up');
    expect(fake.requests).toHaveLength(1);
    expect(planner.circuitState).toBe('closed');
  });
});
