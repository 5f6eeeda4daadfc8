/** Normalises one field: safe name, label, type-checked default, constraints that fit the type. */
import type * as z from 'zod';
import { formatPath, type SpecIssue } from './errors.ts';
import { humanize, safeEnumValue, safeFieldName, safeText } from './names.ts';
import { LIMITS } from './options.ts';
import type { Field, fieldInputSchema } from './schema.ts';

type FieldInput = z.output<typeof fieldInputSchema>;

/** Length limits that also size the database columns. */
export const DEFAULT_MAX_LENGTH: Partial<Record<Field['type'], number>> = {
  string: 255,
  email: 254,
  url: 2048,
  phone: 32,
  text: LIMITS.stringMax,
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9 ().-]{5,31}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface FieldContext {
  path: Array<string | number>;
  issues: SpecIssue[];
  warnings: SpecIssue[];
}

function isValidDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isValidUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Returns the default coerced to the field's type, or null (with a warning) when it does not fit. */
function normalizeDefault(field: Omit<Field, 'default'>, raw: FieldInput['default'], ctx: FieldContext) {
  if (raw === undefined || raw === null || raw === '') return null;
  const fail = () => {
    ctx.warnings.push({
      path: formatPath([...ctx.path, 'default']),
      message: `default ${JSON.stringify(raw).slice(0, 60)} does not fit type ${field.type}; dropped`,
    });
    return null;
  };
  switch (field.type) {
    case 'integer': {
      const n = typeof raw === 'string' ? Number(raw) : raw;
      return typeof n === 'number' && Number.isSafeInteger(n) ? n : fail();
    }
    case 'decimal': {
      const n = typeof raw === 'string' ? Number(raw) : raw;
      return typeof n === 'number' && Number.isFinite(n) ? n : fail();
    }
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (raw === 'true' || raw === 'false') return raw === 'true';
      return fail();
    case 'enum': {
      const value = safeEnumValue(String(raw));
      return value && field.enumValues.includes(value) ? value : fail();
    }
    case 'date':
      return typeof raw === 'string' && isValidDate(raw) ? raw : fail();
    case 'datetime':
      return typeof raw === 'string' && !Number.isNaN(Date.parse(raw)) && /^\d{4}-/.test(raw)
        ? new Date(raw).toISOString()
        : fail();
    case 'email':
      return typeof raw === 'string' && EMAIL.test(raw) ? raw : fail();
    case 'url':
      return typeof raw === 'string' && isValidUrl(raw) ? raw : fail();
    case 'phone':
      return typeof raw === 'string' && PHONE.test(raw) ? raw : fail();
    default: {
      const text = safeText(String(raw), Math.min(field.maxLength ?? 200, 200));
      return text || null;
    }
  }
}

/** Normalises a field, or returns null (with an issue) when its name has nothing usable. */
export function normalizeField(input: FieldInput, ctx: FieldContext): Field | null {
  const name = safeFieldName(input.name);
  if (!name) {
    ctx.issues.push({
      path: formatPath([...ctx.path, 'name']),
      message: `field name ${JSON.stringify(input.name)} has no letters or digits`,
    });
    return null;
  }
  let type = input.type;
  let enumValues: string[] = [];
  if (type === 'enum') {
    enumValues = [
      ...new Set((input.enumValues ?? []).map(safeEnumValue).filter((v): v is string => v !== null)),
    ].slice(0, LIMITS.enumValues);
    if (enumValues.length === 0) {
      ctx.warnings.push({
        path: formatPath([...ctx.path, 'enumValues']),
        message: 'an enum needs at least one value; the field became a string',
      });
      type = 'string';
    }
  }
  const numeric = type === 'integer' || type === 'decimal';
  let min = numeric ? (input.min ?? null) : null;
  let max = numeric ? (input.max ?? null) : null;
  if (type === 'integer') {
    min = min === null ? null : Math.ceil(min);
    max = max === null ? null : Math.floor(max);
  }
  if (min !== null && max !== null && min > max) [min, max] = [max, min];

  const textual = type in DEFAULT_MAX_LENGTH;
  const typeMax = DEFAULT_MAX_LENGTH[type] ?? null;
  let maxLength = textual
    ? Math.min(input.maxLength ?? typeMax ?? LIMITS.stringMax, typeMax ?? Infinity)
    : null;
  let minLength = textual ? (input.minLength ?? null) : null;
  if (minLength !== null && maxLength !== null && minLength > maxLength) minLength = null;
  if (minLength === 0) minLength = null;
  if (maxLength !== null && maxLength < 1) maxLength = 1;

  const field: Omit<Field, 'default'> = {
    name,
    label: safeText(input.label ?? '', LIMITS.label) || humanize(name),
    type,
    required: input.required ?? false,
    unique: input.unique ?? false,
    enumValues,
    min,
    max,
    minLength,
    maxLength,
    description: safeText(input.description ?? '', LIMITS.description),
  };
  if (field.unique && (type === 'boolean' || type === 'enum')) {
    // A handful of possible values cannot be unique across records.
    field.unique = false;
    ctx.warnings.push({
      path: formatPath([...ctx.path, 'unique']),
      message: `a ${type} cannot be unique; unique dropped`,
    });
  }
  const fallback = normalizeDefault(field, input.default, ctx);
  // A checkbox always has a value, so booleans are never "required" and default to false.
  if (type === 'boolean') return { ...field, required: false, default: fallback ?? false };
  return { ...field, default: fallback };
}
