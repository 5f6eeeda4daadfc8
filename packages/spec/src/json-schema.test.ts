import { describe, expect, it } from 'vitest';
import { appSpecJsonSchema } from './json-schema.ts';
import { FIELD_TYPES } from './options.ts';

interface Node {
  type?: string;
  enum?: string[];
  required?: string[];
  additionalProperties?: boolean;
  properties?: Record<string, Node>;
  items?: Node;
}

describe('appSpecJsonSchema', () => {
  it('describes the planner-facing spec as a closed JSON Schema', () => {
    const schema = appSpecJsonSchema() as Node;
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['app', 'entities']));
    const field = schema.properties?.entities?.items?.properties?.fields?.items;
    expect(field?.additionalProperties).toBe(false);
    expect(field?.properties?.type?.enum).toEqual([...FIELD_TYPES]);
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
