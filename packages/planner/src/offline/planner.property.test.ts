/**
 * Robustness: over generated and mutated prompts, the offline planner never throws and every spec it
 * returns has passed normalisation. `checkPlannedSpec` is the hook for further per-spec checks
 * (code generation, parsing the generated files) as other packages land.
 */
import { generate } from '@appgen/codegen';
import { type AppSpec, appSpecSchema } from '@appgen/spec';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PromptValidationError } from '../errors.ts';
import { OfflinePlanner } from './planner.ts';

const planner = new OfflinePlanner();

let checked = 0;

/**
 * Checks every planned spec must pass: it validates, generate() does not throw, and (for every 16th
 * spec, to keep the run short) every generated .ts/.tsx file parses.
 */
export function checkPlannedSpec(spec: AppSpec): void {
  expect(appSpecSchema.safeParse(spec).success).toBe(true);
  expect(spec.entities.length).toBeGreaterThan(0);
  const tree = generate(spec);
  if (checked++ % 16 !== 0) return;
  for (const file of tree) {
    if (!/\.(ts|tsx)$/.test(file.path)) continue;
    transformSync(file.content, { loader: file.path.endsWith('x') ? 'tsx' : 'ts', sourcefile: file.path });
  }
}

const WORDS =
  `books members borrow loans guests rooms book rate stays deals stages lead won class taught trainer
  start time duration minutes capacity sales reps manage company stock movements product quantity source destination
  warehouse per tracked due dates late fees no payments user accounts needed admins export orders csv employees
  report manager who is also employee categories subcategories posts tags belong one category with and or the a
  each has have name title price email phone url status type priority low medium high yes no is active notes
  description date created at app system platform dashboard login roles search seed data class order user
  select table function default constructor __proto__ prototype null undefined delete import 123 2nd`.split(
    /\s+/,
  );
const PUNCT = [', ', '; ', ': ', '. ', ' (', ') ', '/', ' - ', '\n- ', "'s ", ' '];
const TEMPLATES = [
  'Guests book rooms and rate their stays.',
  'Deals move through stages: lead, qualified, proposal, won, lost.',
  'Each class is taught by a trainer and has a start time, duration in minutes and a capacity.',
  'Stock movements record the product, quantity and the source and destination warehouse.',
  'Online store: products belong to categories and have name, description, price, stock and image URL.',
  'habit tracker - habits with a name and target per week, daily check-ins with a done flag',
];

const generated = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...PUNCT)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([w, p]) => w + p).join(''));
const mutated = fc
  .tuple(
    fc.constantFrom(...TEMPLATES),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 8 })), { maxLength: 6 }),
  )
  .map(([text, edits]) =>
    edits.reduce((s, [at, len, insert]) => {
      const i = at % (s.length + 1);
      return s.slice(0, i) + insert + s.slice(i + (len % 6));
    }, text),
  );
const unicode = fc.string({ unit: 'grapheme', maxLength: 200 });

describe('offline planner robustness', () => {
  it('plans every generated and mutated prompt into a valid spec, or rejects it with a prompt error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(generated, mutated, unicode), async (prompt) => {
        try {
          const { spec } = await planner.plan(prompt);
          checkPlannedSpec(spec);
        } catch (error) {
          if (!(error instanceof PromptValidationError)) throw error;
        }
      }),
      { numRuns: 1200, seed: 20240601 },
    );
    // A fixed amount of work; the timeout only guards against a hang on a busy machine.
  }, 300_000);
});
