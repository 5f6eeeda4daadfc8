/**
 * Two zod schemas for one contract:
 * - `appSpecInputSchema` is what any planner (offline, LLM, a user's JSON file) may hand in. Names are
 *   free text, most properties optional. Its JSON Schema is what an LLM is asked to fill.
 * - `appSpecSchema` is the normalised AppSpec that code generation trusts: every name a safe identifier,
 *   every property present. `normalizeSpec` turns the first into the second.
 */
import * as z from 'zod';
import {
  BACKENDS,
  COMPLEXITIES,
  DATABASES,
  FEATURES,
  FIELD_TYPES,
  FRONTENDS,
  LIMITS,
  ON_DELETE,
  RELATION_KINDS,
} from './options.ts';

const text = (max: number) => z.string().max(max);
const looseName = z.string().min(1).max(200);
const defaultValue = z.union([z.string().max(LIMITS.stringMax), z.number(), z.boolean(), z.null()]);

export const stackSchema = z
  .object({
    frontend: z.enum(FRONTENDS).default('react'),
    backend: z.enum(BACKENDS).default('express'),
    database: z.enum(DATABASES).default('postgres'),
  })
  .strict();

export const fieldInputSchema = z
  .object({
    name: looseName,
    label: text(200).optional(),
    type: z.enum(FIELD_TYPES).default('string'),
    required: z.boolean().optional(),
    unique: z.boolean().optional(),
    default: defaultValue.optional(),
    enumValues: z.array(text(200)).max(100).optional(),
    min: z.number().nullable().optional(),
    max: z.number().nullable().optional(),
    minLength: z.number().int().nonnegative().nullable().optional(),
    maxLength: z.number().int().positive().nullable().optional(),
    description: text(2000).optional(),
  })
  .strict();

export const entityInputSchema = z
  .object({
    name: looseName,
    plural: looseName.optional(),
    label: text(200).optional(),
    pluralLabel: text(200).optional(),
    displayField: looseName.optional(),
    description: text(2000).optional(),
    fields: z.array(fieldInputSchema).max(200).default([]),
    uniqueTogether: z.array(z.array(looseName).min(2).max(4)).max(10).optional(),
  })
  .strict();

export const relationInputSchema = z
  .object({
    kind: z.enum(RELATION_KINDS),
    from: looseName,
    to: looseName,
    name: looseName.optional(),
    inverseName: looseName.optional(),
    required: z.boolean().optional(),
    onDelete: z.enum(ON_DELETE).optional(),
    through: looseName.nullable().optional(),
  })
  .strict();

export const appSpecInputSchema = z
  .object({
    version: z.literal(1).optional(),
    app: z
      .object({
        name: looseName,
        slug: text(200).optional(),
        description: text(5000).optional(),
      })
      .strict(),
    entities: z.array(entityInputSchema).min(1).max(100),
    relations: z.array(relationInputSchema).max(200).default([]),
    features: z.array(z.enum(FEATURES)).default([]),
    complexity: z.enum(COMPLEXITIES).default('standard'),
    stack: stackSchema.default({ frontend: 'react', backend: 'express', database: 'postgres' }),
  })
  .strict();

// ---- the normalised AppSpec ----

export const PASCAL_IDENTIFIER = /^[A-Z][A-Za-z0-9]*$/;
export const CAMEL_IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
export const ENUM_VALUE = /^[a-z][a-z0-9_]*$/;
export const SLUG = /^[a-z][a-z0-9-]*$/;
/** Display text: one line, printable, no characters that need escaping in Markdown tables. */
const displayText = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}\p{Cf}\u2028\u2029|]*$/u);

const pascal = z
  .string()
  .max(LIMITS.identifier * 2)
  .regex(PASCAL_IDENTIFIER);
const camel = z
  .string()
  .max(LIMITS.identifier + 12)
  .regex(CAMEL_IDENTIFIER);

export const fieldSchema = z
  .object({
    name: camel,
    label: displayText(LIMITS.label),
    type: z.enum(FIELD_TYPES),
    required: z.boolean(),
    unique: z.boolean(),
    default: defaultValue,
    enumValues: z.array(z.string().max(LIMITS.enumValue).regex(ENUM_VALUE)).max(LIMITS.enumValues),
    min: z.number().nullable(),
    max: z.number().nullable(),
    minLength: z.number().int().nonnegative().nullable(),
    maxLength: z.number().int().positive().nullable(),
    description: displayText(LIMITS.description),
  })
  .strict();

export const entitySchema = z
  .object({
    name: pascal,
    plural: pascal,
    label: displayText(LIMITS.label),
    pluralLabel: displayText(LIMITS.label),
    displayField: camel,
    description: displayText(LIMITS.description),
    fields: z.array(fieldSchema).max(LIMITS.fieldsPerEntity),
    /** Sets of field names (foreign keys included, e.g. "productId") that together must be unique. */
    uniqueTogether: z.array(z.array(camel).min(2).max(4)).max(10),
  })
  .strict();

export const relationSchema = z
  .object({
    kind: z.enum(['many-to-one', 'one-to-one', 'many-to-many']),
    from: pascal,
    to: pascal,
    name: camel,
    inverseName: camel,
    required: z.boolean(),
    onDelete: z.enum(ON_DELETE),
    through: pascal.nullable(),
  })
  .strict();

export const appSpecSchema = z
  .object({
    version: z.literal(1),
    app: z
      .object({
        name: displayText(LIMITS.label),
        slug: z
          .string()
          .max(LIMITS.identifier * 2)
          .regex(SLUG),
        description: displayText(LIMITS.description),
      })
      .strict(),
    entities: z.array(entitySchema).min(1).max(LIMITS.entities),
    relations: z.array(relationSchema).max(LIMITS.relations),
    features: z.array(z.enum(FEATURES)),
    complexity: z.enum(COMPLEXITIES),
    stack: stackSchema,
  })
  .strict();

export type AppSpecInput = z.input<typeof appSpecInputSchema>;
export type AppSpec = z.infer<typeof appSpecSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Field = z.infer<typeof fieldSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type Stack = z.infer<typeof stackSchema>;
