/**
 * What one LLM plan costs in tokens and dollars, measured on the real request parts: the system prompt
 * (rules + worked example), the strict AppSpec schema sent as `response_format`, a user description, and
 * a typical 5-entity answer in the strict shape (packages/planner/src/test-support/llm-answers.ts).
 * Tokens are counted with the o200k tokenizer of the gpt-4o / gpt-4.1 family (gpt-tokenizer); OpenAI
 * adds a few tokens per message and renders the schema its own way, so take the figures as ±10 %.
 *
 *   npx tsx scripts/llm-tokens.ts
 */
import { DEFAULT_PRICES } from '@appgen/planner';
import { CLINIC_PROMPT, clinicAnswer } from '@appgen/planner/test-support/llm-answers';
import { encode } from 'gpt-tokenizer/model/gpt-4o';
import { strictSpecJsonSchema } from '../packages/planner/src/llm/strict-schema.ts';
import { SYSTEM_PROMPT } from '../packages/planner/src/llm/system-prompt.ts';

const count = (text: string) => encode(text).length;
const MESSAGE_OVERHEAD = 4;

const parts = {
  'system prompt (rules + worked example)': count(SYSTEM_PROMPT) + MESSAGE_OVERHEAD,
  'response_format schema (strict AppSpec)': count(JSON.stringify(strictSpecJsonSchema())),
  'user description (5-entity vet clinic)': count(CLINIC_PROMPT) + MESSAGE_OVERHEAD,
};
const input = Object.values(parts).reduce((sum, n) => sum + n, 0);
const output = count(JSON.stringify(clinicAnswer()));

console.log('tokens per plan');
for (const [part, tokens] of Object.entries(parts)) console.log(`  ${part.padEnd(42)} ${tokens}`);
console.log(`  ${'input total'.padEnd(42)} ${input}`);
console.log(`  ${'output: 5 entities, 16 fields, 4 relations'.padEnd(42)} ${output}`);
console.log(
  '\ncost per plan (USD; one call, no repair round; gpt-5 models also bill their reasoning tokens)',
);
for (const [model, price] of Object.entries(DEFAULT_PRICES)) {
  const usd = (input * price.input + output * price.output) / 1e6;
  console.log(
    `  ${model.padEnd(14)} $${usd.toFixed(5)}   (${(0.3 / usd).toFixed(0)}× under the seed's $0.30)`,
  );
}
