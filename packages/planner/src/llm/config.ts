/**
 * The LLM planner's settings, read from environment variables with zod. The server and the CLI both call
 * `parseLlmEnv`, so a variable means the same in each. The API key is kept out of every message.
 */
import * as z from 'zod';
import { type PriceTable, parsePriceTable } from './pricing.ts';

export const DEFAULT_OPENAI_MODEL = 'gpt-4.1-mini';
export const PLANNER_MODES = ['auto', 'offline', 'openai'] as const;

const int = (fallback: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const llmEnvSchema = z.object({
  /** auto: the LLM when OPENAI_API_KEY or OPENAI_BASE_URL is set, else offline. */
  APPGEN_PLANNER: z.enum(PLANNER_MODES).default('auto'),
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  OPENAI_MODEL: optionalText.pipe(z.string().max(200).optional()),
  /** One attempt (the call and, when needed, its repair round), aborted when it runs out. */
  OPENAI_TIMEOUT_MS: int(30_000, 100, 600_000),
  OPENAI_MAX_RETRIES: int(3, 0, 10),
  /** First retry delay; each next one doubles (1 s, 2 s, 4 s by default), plus up to 20 % jitter. */
  OPENAI_RETRY_BASE_MS: int(1_000, 1, 60_000),
  /** A Retry-After longer than this is not waited for: the fallback answers instead. */
  OPENAI_MAX_RETRY_AFTER_MS: int(20_000, 0, 600_000),
  OPENAI_MAX_OUTPUT_TOKENS: int(4_096, 256, 100_000),
  OPENAI_BREAKER_THRESHOLD: int(5, 1, 1_000),
  OPENAI_BREAKER_COOLDOWN_MS: int(30_000, 10, 3_600_000),
  /** JSON: {"model": {"input": usd per 1M tokens, "output": usd per 1M tokens}}, merged over the defaults. */
  OPENAI_PRICES: optionalText,
});

/** The environment variables the planner reads. */
export const LLM_VARIABLES: readonly string[] = Object.keys(llmEnvSchema.shape);

export interface LlmConfig {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseMs: number;
  maxRetryAfterMs: number;
  maxOutputTokens: number;
  breakerThreshold: number;
  breakerCooldownMs: number;
  prices: PriceTable;
}

export interface PlannerConfig {
  /** null: the offline planner alone. */
  llm: LlmConfig | null;
}

export class LlmConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid LLM configuration:\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
    this.name = 'LlmConfigError';
  }
}

/** Reads the planner's variables from `env`. Throws LlmConfigError naming each bad one (never its value when secret). */
export function parseLlmEnv(env: Record<string, string | undefined>): PlannerConfig {
  const parsed = llmEnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new LlmConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        const shown = name === 'OPENAI_API_KEY' ? '' : ` (got ${JSON.stringify(env[name])})`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const configured = e.OPENAI_API_KEY !== undefined || e.OPENAI_BASE_URL !== undefined;
  if (e.APPGEN_PLANNER === 'openai' && !configured) {
    throw new LlmConfigError([
      'APPGEN_PLANNER: "openai" needs OPENAI_API_KEY (OpenAI) or OPENAI_BASE_URL (a compatible server)',
    ]);
  }
  if (e.APPGEN_PLANNER === 'offline' || !configured) return { llm: null };
  let prices: PriceTable;
  try {
    prices = parsePriceTable(e.OPENAI_PRICES);
  } catch (error) {
    throw new LlmConfigError([`OPENAI_PRICES: ${(error as Error).message}`]);
  }
  return {
    llm: {
      apiKey: e.OPENAI_API_KEY,
      baseUrl: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? DEFAULT_OPENAI_MODEL,
      timeoutMs: e.OPENAI_TIMEOUT_MS,
      maxRetries: e.OPENAI_MAX_RETRIES,
      retryBaseMs: e.OPENAI_RETRY_BASE_MS,
      maxRetryAfterMs: e.OPENAI_MAX_RETRY_AFTER_MS,
      maxOutputTokens: e.OPENAI_MAX_OUTPUT_TOKENS,
      breakerThreshold: e.OPENAI_BREAKER_THRESHOLD,
      breakerCooldownMs: e.OPENAI_BREAKER_COOLDOWN_MS,
      prices,
    },
  };
}
