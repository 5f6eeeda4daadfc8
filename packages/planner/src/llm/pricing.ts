/**
 * What a planner call costs: tokens × the model's price. The defaults are OpenAI's published list prices
 * (USD per 1M tokens) for models that support structured output; OPENAI_PRICES overrides or adds models,
 * e.g. a local server's model at 0. A model with no price costs 0 and says so once in the warnings.
 */
import * as z from 'zod';

export interface ModelPrice {
  /** USD per 1M input tokens. */
  input: number;
  /** USD per 1M output tokens. */
  output: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

export const DEFAULT_PRICES: PriceTable = {
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
};

const priceSchema = z.record(
  z.string().min(1),
  z.object({ input: z.number().min(0), output: z.number().min(0) }).strict(),
);

/** The default table with the JSON overrides applied. Throws with a readable message on bad JSON. */
export function parsePriceTable(json: string | undefined): PriceTable {
  if (json === undefined) return DEFAULT_PRICES;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new Error('not JSON; expected {"model": {"input": 0.4, "output": 1.6}} in USD per 1M tokens');
  }
  const parsed = priceSchema.safeParse(raw);
  if (!parsed.success) {
    throw new Error('expected {"model": {"input": number, "output": number}} in USD per 1M tokens');
  }
  return { ...DEFAULT_PRICES, ...parsed.data };
}

/** The price of `model`, matching dated snapshots ("gpt-4.1-mini-2025-04-14") by the longest prefix. */
export function priceOf(table: PriceTable, model: string): ModelPrice | undefined {
  if (Object.hasOwn(table, model)) return table[model];
  const prefix = Object.keys(table)
    .filter((name) => model.startsWith(`${name}-`))
    .sort((a, b) => b.length - a.length)[0];
  return prefix === undefined ? undefined : table[prefix];
}

export function costUsd(price: ModelPrice, inputTokens: number, outputTokens: number): number {
  // Rounded to a millionth of a dollar: enough for per-job records and sums without float noise.
  return Math.round(inputTokens * price.input + outputTokens * price.output) / 1e6;
}
