import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiError, completion, FakeOpenAI } from '../test-support/fake-openai.ts';
import { CLINIC_PROMPT, clinicAnswer, schemaInvalidAnswer } from '../test-support/llm-answers.ts';
import { llmFailure } from '../test-support/llm-failure.ts';
import { type LlmConfig, parseLlmEnv } from './config.ts';
import { OpenAIPlanner } from './openai-planner.ts';
import { strictSpecJsonSchema } from './strict-schema.ts';

const KEY = 'sk-test-secret-0123456789abcdefghij';
let fake: FakeOpenAI;
let config: LlmConfig;

beforeAll(async () => {
  fake = await FakeOpenAI.start();
  const parsed = parseLlmEnv({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: fake.url });
  if (!parsed.llm) throw new Error('expected an LLM config');
  config = parsed.llm;
});
afterAll(() => fake.close());
beforeEach(() => fake.reset());

describe('OpenAIPlanner against an OpenAI-compatible server', () => {
  it('asks for the strict AppSpec schema and returns the normalised spec with usage and cost', async () => {
    fake.reply(completion(JSON.stringify(clinicAnswer()), { promptTokens: 1800, completionTokens: 900 }));
    const result = await new OpenAIPlanner(config).plan(CLINIC_PROMPT, { stack: { database: 'postgres' } });

    expect(result.planner).toBe('openai:gpt-4.1-mini');
    expect(result.spec.entities.map((e) => e.name)).toEqual([
      'Owner',
      'Pet',
      'Vet',
      'Appointment',
      'Treatment',
    ]);
    expect(result.spec.relations).toHaveLength(4);
    expect(result.usage).toEqual({ inputTokens: 1800, outputTokens: 900, costUsd: 0.00216 });

    const [request] = fake.requests;
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(request?.body.model).toBe('gpt-4.1-mini');
    expect(request?.body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'app_spec', strict: true, schema: strictSpecJsonSchema() },
    });
    expect(request?.body.temperature).toBe(0);
    expect(request?.body.messages?.map((m) => m.role)).toEqual(['system', 'user']);
    expect(request?.body.messages?.[1]?.content).toBe(CLINIC_PROMPT);
  });

  it('leaves the temperature to reasoning models, which accept only their default', async () => {
    fake.reply(completion(JSON.stringify(clinicAnswer())));
    await new OpenAIPlanner({ ...config, model: 'gpt-5-mini' }).plan(CLINIC_PROMPT);
    expect(fake.requests[0]?.body.model).toBe('gpt-5-mini');
    expect(fake.requests[0]?.body).not.toHaveProperty('temperature');
  });

  it('applies the requested complexity over the model’s choice', async () => {
    fake.reply(completion(JSON.stringify(clinicAnswer())));
    const { spec } = await new OpenAIPlanner(config).plan(CLINIC_PROMPT, { complexity: 'advanced' });
    expect(spec.complexity).toBe('advanced');
  });

  it('repairs a schema-invalid answer in one round, sending the problems back', async () => {
    fake.reply(
      completion(JSON.stringify(schemaInvalidAnswer()), { promptTokens: 1000, completionTokens: 500 }),
      completion(JSON.stringify(clinicAnswer()), { promptTokens: 1600, completionTokens: 700 }),
    );
    const result = await new OpenAIPlanner(config).plan(CLINIC_PROMPT);

    expect(result.spec.entities).toHaveLength(5);
    expect(result.usage).toMatchObject({ inputTokens: 2600, outputTokens: 1200 });
    const repair = fake.requests[1]?.body.messages ?? [];
    expect(repair.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[3]?.content).toContain('entities.0.name');
    expect(repair[3]?.content).toContain('entities.1.fields.1.type');
  });

  it('repairs malformed JSON in one round', async () => {
    fake.reply(completion('{"app": {"name": "Vet'), completion(JSON.stringify(clinicAnswer())));
    const result = await new OpenAIPlanner(config).plan(CLINIC_PROMPT);
    expect(result.spec.app.name).toBe('Vet Clinic');
    expect(fake.requests[1]?.body.messages?.[3]?.content).toContain('not JSON');
  });

  it('gives up with LLM_INVALID_OUTPUT after a failed repair, keeping the tokens spent', async () => {
    fake.reply(completion('not json', { promptTokens: 100, completionTokens: 10 }));
    fake.reply(
      completion(JSON.stringify(schemaInvalidAnswer()), { promptTokens: 200, completionTokens: 20 }),
    );
    const error = await llmFailure(new OpenAIPlanner(config).plan(CLINIC_PROMPT));
    expect(error.code).toBe('LLM_INVALID_OUTPUT');
    expect(error.transient).toBe(false);
    expect(error.options.usage).toMatchObject({ inputTokens: 300, outputTokens: 30 });
    expect(fake.requests).toHaveLength(2);
  });

  it('reports refusals and truncated answers without a repair round', async () => {
    fake.reply(completion('', { refusal: 'I cannot help with that' }));
    expect((await llmFailure(new OpenAIPlanner(config).plan(CLINIC_PROMPT))).code).toBe('LLM_REFUSED');
    fake.reply(completion('{"app":', { finishReason: 'length' }));
    expect((await llmFailure(new OpenAIPlanner(config).plan(CLINIC_PROMPT))).code).toBe('LLM_TRUNCATED');
    expect(fake.requests).toHaveLength(2);
  });

  it('classifies HTTP failures, reading Retry-After, and never repeats the key', async () => {
    fake.reply(apiError(429, 'slow down', { 'retry-after': '3' }));
    const limited = await llmFailure(new OpenAIPlanner(config).plan(CLINIC_PROMPT));
    expect(limited).toMatchObject({ code: 'LLM_RATE_LIMITED', transient: true });
    expect(limited.options.retryAfterMs).toBe(3000);

    fake.reply(apiError(503, 'overloaded'));
    expect(await llmFailure(new OpenAIPlanner(config).plan(CLINIC_PROMPT))).toMatchObject({
      code: 'LLM_UNAVAILABLE',
      transient: true,
    });

    fake.reply(apiError(401, `Incorrect API key provided: ${KEY}`));
    const auth = await llmFailure(new OpenAIPlanner(config).plan(CLINIC_PROMPT));
    expect(auth).toMatchObject({ code: 'LLM_AUTH_FAILED', transient: false });
    expect(auth.message).not.toContain(KEY);
    expect(JSON.stringify(auth)).not.toContain(KEY);
  });

  it('reports an unreachable server as transient', async () => {
    const planner = new OpenAIPlanner({ ...config, baseUrl: 'http://127.0.0.1:9/v1' });
    expect(await llmFailure(planner.plan(CLINIC_PROMPT))).toMatchObject({
      code: 'LLM_UNREACHABLE',
      transient: true,
    });
  });

  it('validates the prompt before calling the LLM', async () => {
    await expect(new OpenAIPlanner(config).plan('   ')).rejects.toMatchObject({ code: 'PROMPT_EMPTY' });
    expect(fake.requests).toHaveLength(0);
  });
});
