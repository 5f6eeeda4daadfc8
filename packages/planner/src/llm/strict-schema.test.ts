import { describe, expect, it } from 'vitest';
import { clinicAnswer } from '../test-support/llm-answers.ts';
import { parseAnswer } from './openai-planner.ts';
import { dropNulls, strictSpecJsonSchema } from './strict-schema.ts';
import { EXAMPLE_SPEC } from './system-prompt.ts';

type Schema = Record<string, unknown>;

/** Where `value` breaks the strict schema (exact keys, types, enums), as paths; empty when it fits. */
function strictMismatches(value: unknown, schema: Schema, path = '$'): string[] {
  if (Array.isArray(schema.anyOf)) {
    const fits = (schema.anyOf as Schema[]).some(
      (option) => strictMismatches(value, option, path).length === 0,
    );
    return fits ? [] : [`${path}: fits no anyOf option`];
  }
  const types = ([] as unknown[]).concat(schema.type);
  const actual =
    value === null
      ? 'null'
      : Array.isArray(value)
        ? 'array'
        : Number.isInteger(value)
          ? 'integer'
          : typeof value;
  const typeOk = types.includes(actual) || (actual === 'integer' && types.includes('number'));
  if (!typeOk) return [`${path}: ${actual} is not ${types.join('|')}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    return [`${path}: ${String(value)} not in enum`];
  if (actual === 'array') {
    return (value as unknown[]).flatMap((item, i) =>
      strictMismatches(item, schema.items as Schema, `${path}[${i}]`),
    );
  }
  if (actual === 'object') {
    const properties = schema.properties as Record<string, Schema>;
    const keys = Object.keys(value as object).sort();
    if (keys.join() !== Object.keys(properties).sort().join()) return [`${path}: keys ${keys.join()}`];
    return keys.flatMap((key) =>
      strictMismatches((value as Record<string, unknown>)[key], properties[key] as Schema, `${path}.${key}`),
    );
  }
  return [];
}

describe('the strict AppSpec schema', () => {
  it('requires every property and forbids others, at every level', () => {
    const objects: Schema[] = [];
    const keywords = new Set<string>();
    const walk = (node: Schema) => {
      for (const key of Object.keys(node)) keywords.add(key);
      if (node.type === 'object') objects.push(node);
      for (const child of Object.values((node.properties as Record<string, Schema>) ?? {})) walk(child);
      for (const child of (node.anyOf as Schema[]) ?? []) walk(child);
      if (node.items) walk(node.items as Schema);
    };
    walk(strictSpecJsonSchema());
    expect(objects.length).toBeGreaterThanOrEqual(5);
    for (const object of objects) {
      expect(object.additionalProperties).toBe(false);
      expect(object.required).toEqual(Object.keys(object.properties as object));
    }
    // Only keywords strict mode and compatible servers accept; bounds are checked by zod afterwards.
    expect([...keywords].sort()).toEqual([
      'additionalProperties',
      'anyOf',
      'enum',
      'items',
      'properties',
      'required',
      'type',
    ]);
  });

  it('fits the system prompt’s worked example and the test answers exactly', () => {
    expect(strictMismatches(EXAMPLE_SPEC, strictSpecJsonSchema())).toEqual([]);
    expect(strictMismatches(clinicAnswer(), strictSpecJsonSchema())).toEqual([]);
    expect(parseAnswer(JSON.stringify(EXAMPLE_SPEC)).ok).toBe(true);
  });

  it('catches an answer that does not fit (the checker can fail)', () => {
    const broken = { ...clinicAnswer(), extra: 1 };
    expect(strictMismatches(broken, strictSpecJsonSchema())).not.toEqual([]);
  });

  it('reads null as absent, deeply, keeping array items', () => {
    expect(dropNulls({ a: null, b: { c: null, d: 1 }, e: [null, { f: null }] })).toEqual({
      b: { d: 1 },
      e: [null, {}],
    });
  });
});
