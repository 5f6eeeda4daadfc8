/**
 * The part of the AppSpec an LLM fills, and its JSON Schema in the strict form OpenAI's structured output
 * accepts. The subset is picked from the AppSpec's own zod schemas, so it cannot drift from them; what it
 * leaves out (labels, plurals, slugs, the stack) `normalizeSpec` derives, and fewer properties mean fewer
 * tokens on every call.
 *
 * Strict mode wants every property required and no extra ones, so an optional property becomes
 * "this type or null"; `dropNulls` turns the answer back into an AppSpec input.
 */
import { appSpecInputSchema, entityInputSchema, fieldInputSchema, relationInputSchema } from '@appgen/spec';
import * as z from 'zod';

const field = fieldInputSchema.shape;
const entity = entityInputSchema.shape;
const relation = relationInputSchema.shape;
const app = appSpecInputSchema.shape;

// Shapes are listed in the order a model should write them (strict mode keeps schema order).
export const llmFieldSchema = z
  .object({
    name: field.name,
    // The model always decides type and required; a default would only cost a null.
    type: field.type.unwrap(),
    required: z.boolean(),
    unique: field.unique,
    default: field.default,
    enumValues: field.enumValues,
    min: field.min,
    max: field.max,
  })
  .strict();

export const llmSpecSchema = z
  .object({
    app: app.app.pick({ name: true, description: true }),
    entities: z.array(
      z
        .object({
          name: entity.name,
          displayField: entity.displayField,
          fields: z.array(llmFieldSchema),
          uniqueTogether: entity.uniqueTogether,
        })
        .strict(),
    ),
    relations: z.array(
      z
        .object({
          kind: relation.kind,
          from: relation.from,
          to: relation.to,
          name: relation.name,
          required: relation.required,
          onDelete: relation.onDelete,
          through: relation.through,
        })
        .strict(),
    ),
    features: app.features.unwrap(),
    complexity: app.complexity.unwrap(),
  })
  .strict();

/** Keywords strict mode (and most OpenAI-compatible servers) understand; bounds are checked by zod after. */
const KEPT = new Set(['type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'anyOf']);

type JsonSchema = Record<string, unknown>;

function strictNode(node: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) if (KEPT.has(key)) out[key] = value;
  if (Array.isArray(node.anyOf)) out.anyOf = node.anyOf.map((option) => strictNode(option as JsonSchema));
  if (node.items && typeof node.items === 'object') out.items = strictNode(node.items as JsonSchema);
  if (node.type === 'object' && node.properties) {
    const required = new Set((node.required as string[] | undefined) ?? []);
    const properties: Record<string, JsonSchema> = {};
    for (const [name, property] of Object.entries(node.properties as Record<string, JsonSchema>)) {
      const strict = strictNode(property);
      properties[name] = required.has(name) ? strict : nullable(strict);
    }
    out.properties = properties;
    out.required = Object.keys(properties);
    out.additionalProperties = false;
  }
  return out;
}

function nullable(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type) && schema.type.includes('null')) return schema;
  if (Array.isArray(schema.anyOf)) {
    const options = schema.anyOf as JsonSchema[];
    return options.some((option) => option.type === 'null')
      ? schema
      : { anyOf: [...options, { type: 'null' }] };
  }
  return { anyOf: [schema, { type: 'null' }] };
}

let cached: JsonSchema | undefined;

/** The strict JSON Schema of `llmSpecSchema` (computed once). */
export function strictSpecJsonSchema(): JsonSchema {
  cached ??= strictNode(z.toJSONSchema(llmSpecSchema, { io: 'input' }) as JsonSchema);
  return cached;
}

/** Removes null-valued object properties, deeply: strict mode's "absent". Array items are kept. */
export function dropNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) out[key] = dropNulls(item);
  return out;
}
