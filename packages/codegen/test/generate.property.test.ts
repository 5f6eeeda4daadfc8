import {
  BACKENDS,
  DATABASES,
  FIELD_TYPES,
  FRONTENDS,
  normalizeSpec,
  SpecValidationError,
} from '@appgen/spec';
import { transformSync } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generate } from '../src/index.ts';
import { compileSfc } from './compile-sfc.ts';

const word = fc.constantFrom(
  'order',
  'class',
  'user',
  'Event',
  'data',
  'people',
  'status',
  'x',
  '__proto__',
  'Book',
  'tag',
  'A b c',
  '1st',
  'näive',
  '',
);
const text = fc.oneof(word, fc.string({ maxLength: 20 }));
const field = fc.record({
  name: text,
  type: fc.constantFrom(...FIELD_TYPES),
  required: fc.boolean(),
  unique: fc.boolean(),
  enumValues: fc.array(text, { maxLength: 4 }),
  default: fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null)),
  min: fc.option(fc.integer({ min: -5, max: 5 })),
  max: fc.option(fc.integer({ min: -5, max: 50 })),
});
const entity = fc.record({ name: text, label: text, fields: fc.array(field, { maxLength: 6 }) });
const relation = fc.tuple(
  fc.nat(5),
  fc.nat(5),
  fc.constantFrom('many-to-one', 'one-to-many', 'many-to-many', 'one-to-one'),
  fc.boolean(),
);

describe('generate() on arbitrary specs', () => {
  it('never throws for a spec that normalises, and every TypeScript file and Vue component parses', () => {
    fc.assert(
      fc.property(
        fc.array(entity, { minLength: 1, maxLength: 5 }),
        fc.array(relation, { maxLength: 5 }),
        fc.constantFrom(...DATABASES),
        fc.constantFrom(...FRONTENDS),
        fc.constantFrom(...BACKENDS),
        (entities, rels, database, frontend, backend) => {
          const relations = rels.map(([a, b, kind, required]) => ({
            kind,
            from: entities[a % entities.length]?.name || 'x',
            to: entities[b % entities.length]?.name || 'x',
            required,
          }));
          let spec: ReturnType<typeof normalizeSpec>['spec'];
          try {
            spec = normalizeSpec({ app: { name: 'Prop' }, entities, relations }).spec;
          } catch (error) {
            expect(error).toBeInstanceOf(SpecValidationError);
            return;
          }
          for (const file of generate(spec, { ...spec.stack, database, frontend, backend })) {
            if (file.path.endsWith('.vue')) compileSfc(file.path, file.content);
            if (!/\.(ts|tsx)$/.test(file.path)) continue;
            transformSync(file.content, {
              loader: file.path.endsWith('x') ? 'tsx' : 'ts',
              sourcefile: file.path,
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
