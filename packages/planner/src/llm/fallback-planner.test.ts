import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { OfflinePlanner } from '../offline/planner.ts';
import { apiError, completion, FakeOpenAI } from '../test-support/fake-openai.ts';
import { CLINIC_PROMPT, clinicAnswer, schemaInvalidAnswer } from '../test-support/llm-answers.ts';
import { parseLlmEnv } from './config.ts';
import { createPlanner } from './create-planner.ts';
import type { FallbackEvent } from './fallback-planner.ts';

let fake: FakeOpenAI;
const env = () => ({
  OPENAI_BASE_URL: fake.url,
  OPENAI_RETRY_BASE_MS: '5',
  OPENAI_TIMEOUT_MS: '300',
  OPENAI_MAX_RETRIES: '1',
  OPENAI_BREAKER_THRESHOLD: '4',
  OPENAI_BREAKER_COOLDOWN_MS: '60000',
});

beforeAll(async () => {
  fake = await FakeOpenAI.start();
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('createPlanner', () => {
  it('is the offline planner alone when no LLM is configured', async () => {
    const setup = createPlanner(parseLlmEnv({}));
    expect(setup.planner).toBeInstanceOf(OfflinePlanner);
    expect(setup.circuit).toBeNull();
  });

  it('answers from the LLM when it works', async () => {
    fake.reply(completion(JSON.stringify(clinicAnswer())));
    const result = await createPlanner(parseLlmEnv(env())).planner.plan(CLINIC_PROMPT);
    expect(result.planner).toBe('openai:gpt-4.1-mini');
    expect(result.fallback).toBeUndefined();
  });

  it('falls back to the offline planner when the answer is invalid twice, recording why and the tokens spent', async () => {
    const events: FallbackEvent[] = [];
    fake.reply(
      completion('nope', { promptTokens: 100, completionTokens: 5 }),
      completion(JSON.stringify(schemaInvalidAnswer()), { promptTokens: 150, completionTokens: 50 }),
    );
    const setup = createPlanner(parseLlmEnv(env()), { onFallback: (event) => events.push(event) });
    const result = await setup.planner.plan(CLINIC_PROMPT);

    expect(result.planner).toBe('offline');
    expect(result.spec.entities.length).toBeGreaterThan(0);
    expect(result.fallback).toMatchObject({ code: 'LLM_INVALID_OUTPUT', from: 'openai:gpt-4.1-mini' });
    expect(result.fallback?.reason).toMatch(
      /^The LLM's answer was not a valid app spec.*planned offline instead\.$/,
    );
    expect(result.usage).toMatchObject({ inputTokens: 250, outputTokens: 55 });
    expect(events).toEqual([{ from: 'openai:gpt-4.1-mini', to: 'offline', code: 'LLM_INVALID_OUTPUT' }]);
  });

  it('prefers a spec the LLM gave earlier for the same request key over the offline planner', async () => {
    fake.reply(completion(JSON.stringify(clinicAnswer())));
    const earlier = await createPlanner(parseLlmEnv(env())).planner.plan(CLINIC_PROMPT);
    const store = new Map([['hash-1', earlier.spec]]);
    fake.otherwise(apiError(500, 'down'));
    const setup = createPlanner(parseLlmEnv(env()), { cachedSpec: async (key) => store.get(key) ?? null });

    const cached = await setup.planner.plan(CLINIC_PROMPT, { cacheKey: 'hash-1' });
    expect(cached.planner).toBe('cached');
    expect(cached.spec).toEqual(earlier.spec);
    expect(cached.fallback).toMatchObject({ code: 'LLM_UNAVAILABLE' });
    expect(cached.fallback?.reason).toContain('after 2 attempts');

    const offline = await setup.planner.plan(CLINIC_PROMPT, { cacheKey: 'hash-2' });
    expect(offline.planner).toBe('offline');
  });

  it('ends every failure mode in a plan: timeout, 429, 5xx, open circuit', async () => {
    const setup = createPlanner(parseLlmEnv(env()));
    fake.reply(
      { ...completion('{}'), delayMs: 2_000 },
      { ...completion('{}'), delayMs: 2_000 },
      apiError(429, 'limited', { 'retry-after-ms': '5' }),
      apiError(429, 'limited', { 'retry-after-ms': '5' }),
    );
    expect((await setup.planner.plan(CLINIC_PROMPT)).fallback?.code).toBe('LLM_TIMEOUT');
    expect((await setup.planner.plan(CLINIC_PROMPT)).fallback?.code).toBe('LLM_RATE_LIMITED');
    expect(setup.circuit?.state()).toBe('open');
    const fast = await setup.planner.plan(CLINIC_PROMPT);
    expect(fast.fallback?.code).toBe('LLM_CIRCUIT_OPEN');
    expect(fast.planner).toBe('offline');
    expect(fake.requests).toHaveLength(4);
  });

  it('rejects a bad prompt instead of covering for it', async () => {
    const setup = createPlanner(parseLlmEnv(env()));
    await expect(setup.planner.plan('\u0000')).rejects.toMatchObject({ code: 'PROMPT_CONTROL_CHARS' });
  });
});
