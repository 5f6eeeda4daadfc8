import { describe, expect, it } from 'vitest';
import { LlmConfigError, parseLlmEnv } from './config.ts';
import { costUsd, DEFAULT_PRICES, priceOf } from './pricing.ts';

const KEY = 'sk-config-secret-0123456789';

function configError(env: Record<string, string>): LlmConfigError {
  try {
    parseLlmEnv(env);
  } catch (error) {
    expect(error).toBeInstanceOf(LlmConfigError);
    return error as LlmConfigError;
  }
  throw new Error('expected a configuration error');
}

describe('parseLlmEnv', () => {
  it('plans offline when neither a key nor a base URL is set, or when told to', () => {
    expect(parseLlmEnv({}).llm).toBeNull();
    expect(parseLlmEnv({ OPENAI_API_KEY: KEY, APPGEN_PLANNER: 'offline' }).llm).toBeNull();
  });

  it('uses OpenAI with a key, and any compatible server with a base URL alone', () => {
    expect(parseLlmEnv({ OPENAI_API_KEY: KEY }).llm).toMatchObject({
      apiKey: KEY,
      baseUrl: undefined,
      model: 'gpt-4.1-mini',
      timeoutMs: 30_000,
      breakerThreshold: 5,
    });
    expect(
      parseLlmEnv({ OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1', OPENAI_MODEL: 'qwen2.5:7b' }).llm,
    ).toMatchObject({ apiKey: undefined, baseUrl: 'http://127.0.0.1:11434/v1', model: 'qwen2.5:7b' });
  });

  it('names each bad variable, and never shows the key', () => {
    const error = configError({ OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'ftp://x', OPENAI_TIMEOUT_MS: 'soon' });
    expect(error.message).toContain('OPENAI_BASE_URL');
    expect(error.message).toContain('OPENAI_TIMEOUT_MS');
    expect(error.message).not.toContain(KEY);
    expect(configError({ APPGEN_PLANNER: 'openai' }).message).toContain('needs OPENAI_API_KEY');
    expect(configError({ OPENAI_API_KEY: KEY, OPENAI_PRICES: '{bad' }).message).toContain('OPENAI_PRICES');
  });

  it('merges OPENAI_PRICES over the default price table', () => {
    const llm = parseLlmEnv({
      OPENAI_BASE_URL: 'http://127.0.0.1:8000/v1',
      OPENAI_PRICES: '{"llama3": {"input": 0, "output": 0}, "gpt-4.1-mini": {"input": 1, "output": 2}}',
    }).llm;
    expect(llm?.prices.llama3).toEqual({ input: 0, output: 0 });
    expect(llm?.prices['gpt-4.1-mini']).toEqual({ input: 1, output: 2 });
    expect(llm?.prices['gpt-4o-mini']).toEqual(DEFAULT_PRICES['gpt-4o-mini']);
  });
});

describe('pricing', () => {
  it('matches dated snapshots by prefix and prices per million tokens', () => {
    expect(priceOf(DEFAULT_PRICES, 'gpt-4.1-mini-2025-04-14')).toEqual(DEFAULT_PRICES['gpt-4.1-mini']);
    expect(priceOf(DEFAULT_PRICES, 'gpt-4.1-2025-04-14')).toEqual(DEFAULT_PRICES['gpt-4.1']);
    expect(priceOf(DEFAULT_PRICES, 'llama3')).toBeUndefined();
    expect(costUsd({ input: 0.4, output: 1.6 }, 2_000, 1_000)).toBe(0.0024);
  });
});
