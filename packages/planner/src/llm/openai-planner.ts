/**
 * The LLM planner: one chat completion whose `response_format` is the AppSpec's strict JSON Schema, the
 * answer validated with zod, and — when it is not valid — one repair round that sends the problems back.
 * It does not retry or fall back itself: `ResilientPlanner` and `FallbackPlanner` wrap it.
 */
import { type NormalizeResult, normalizeSpec, SpecValidationError } from '@appgen/spec';
import type OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { Planner, PlanOptions, PlanResult, PlanUsage } from '../planner.ts';
import { validatePrompt } from '../validate-prompt.ts';
import type { LlmConfig } from './config.ts';
import { LlmFailure } from './failures.ts';
import { loadOpenAISdk, type OpenAISdk } from './openai-sdk.ts';
import { costUsd, priceOf } from './pricing.ts';
import { dropNulls, llmSpecSchema, strictSpecJsonSchema } from './strict-schema.ts';
import { repairMessage, SYSTEM_PROMPT } from './system-prompt.ts';

const OPENAI_URL = 'https://api.openai.com/v1';
const REASONING_MODEL = /^(o\d|gpt-5)/;

type Answer = { ok: true; result: NormalizeResult } | { ok: false; problems: string[] };

export class OpenAIPlanner implements Planner {
  readonly name: string;
  private readonly endpoint: string;
  private sdk: Promise<{ client: OpenAI; classify: OpenAISdk['classify'] }> | undefined;

  constructor(private readonly config: LlmConfig) {
    this.name = `openai:${config.model}`;
    this.endpoint = new URL(config.baseUrl ?? OPENAI_URL).host;
  }

  /** The SDK client, made on the first call (see openai-sdk.ts for why it is loaded late). */
  private loadSdk() {
    this.sdk ??= loadOpenAISdk().then(({ OpenAI, classify }) => ({
      classify,
      client: new OpenAI({
        // Local servers (Ollama, vLLM, LM Studio) take any key; the SDK insists on one.
        apiKey: this.config.apiKey ?? 'no-key',
        baseURL: this.config.baseUrl ?? OPENAI_URL,
        // Retries and timeouts belong to ResilientPlanner, which honours Retry-After and the breaker and
        // aborts each attempt through the signal; the SDK's own timeout is only a backstop.
        maxRetries: 0,
        timeout: this.config.timeoutMs + 5_000,
        logLevel: 'off',
      }),
    }));
    return this.sdk;
  }

  async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
    const text = validatePrompt(prompt);
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: text },
    ];
    const usage: PlanUsage = { inputTokens: 0, outputTokens: 0 };
    let content = await this.complete(messages, usage, options.signal);
    let answer = parseAnswer(content, options);
    if (!answer.ok) {
      messages.push(
        { role: 'assistant', content },
        { role: 'user', content: repairMessage(answer.problems) },
      );
      content = await this.complete(messages, usage, options.signal);
      answer = parseAnswer(content, options);
    }
    if (!answer.ok) {
      throw new LlmFailure(
        'LLM_INVALID_OUTPUT',
        `the LLM's answer was not a valid app spec after one repair round (${answer.problems[0]})`,
        { usage: this.priced(usage) },
      );
    }
    const { spec, warnings } = answer.result;
    return {
      spec,
      planner: this.name,
      warnings: warnings.map((w) => `${w.path}: ${w.message}`),
      usage: this.priced(usage),
    };
  }

  /** One chat completion; adds its tokens to `usage` (also when the answer is then rejected). */
  private async complete(
    messages: ChatCompletionMessageParam[],
    usage: PlanUsage,
    signal: AbortSignal | undefined,
  ): Promise<string> {
    const { client, classify } = await this.loadSdk();
    let completion: OpenAI.Chat.Completions.ChatCompletion;
    try {
      completion = await client.chat.completions.create(
        {
          model: this.config.model,
          messages,
          // Reasoning models (o-series, gpt-5) accept only their default temperature.
          ...(REASONING_MODEL.test(this.config.model) ? {} : { temperature: 0 }),
          max_completion_tokens: this.config.maxOutputTokens,
          response_format: {
            type: 'json_schema',
            json_schema: { name: 'app_spec', strict: true, schema: strictSpecJsonSchema() },
          },
        },
        signal ? { signal } : {},
      );
    } catch (error) {
      throw classify(error, this.endpoint);
    }
    usage.inputTokens += completion.usage?.prompt_tokens ?? 0;
    usage.outputTokens += completion.usage?.completion_tokens ?? 0;
    const choice = completion.choices?.[0];
    if (choice?.message?.refusal) {
      throw new LlmFailure('LLM_REFUSED', 'the LLM refused to plan this description', {
        usage: this.priced(usage),
      });
    }
    if (choice?.finish_reason === 'length') {
      throw new LlmFailure(
        'LLM_TRUNCATED',
        `the LLM's answer was cut off at ${this.config.maxOutputTokens} tokens; raise OPENAI_MAX_OUTPUT_TOKENS`,
        { usage: this.priced(usage) },
      );
    }
    return choice?.message?.content ?? '';
  }

  private priced(usage: PlanUsage): PlanUsage {
    const price = priceOf(this.config.prices, this.config.model);
    return {
      ...usage,
      costUsd: price ? costUsd(price, usage.inputTokens, usage.outputTokens) : 0,
    };
  }
}

/**
 * Parses, validates and normalises one answer, with the caller's complexity and stack applied; on failure,
 * the problems in words the model can act on.
 */
export function parseAnswer(content: string, options: PlanOptions = {}): Answer {
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (error) {
    return { ok: false, problems: [`it is not JSON: ${(error as Error).message}`] };
  }
  const parsed = llmSpecSchema.safeParse(dropNulls(json));
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues
        .slice(0, 10)
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    };
  }
  try {
    const result = normalizeSpec({
      ...parsed.data,
      version: 1,
      ...(options.complexity ? { complexity: options.complexity } : {}),
      stack: { frontend: 'react', backend: 'express', database: 'postgres', ...options.stack },
    });
    return { ok: true, result };
  } catch (error) {
    if (!(error instanceof SpecValidationError)) throw error;
    return { ok: false, problems: error.issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`) };
  }
}
