/**
 * Server source that is the same for every backend: the configuration, the resource description type, the
 * HttpError class with zod's field errors, and the list-query parser. A backend writes these files itself
 * (see its runtime-files.ts), placing the shared text beside its framework's own code.
 */

/** server/src/config.ts; `extraEnv` adds a backend's own variables (lines of a zod object) after PORT. */
export function configFile(extraEnv: string[] = []): string {
  return `import { z } from 'zod';
import { databaseEnv } from './db/index.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
${extraEnv.map((line) => `  ${line}\n`).join('')}  ...databaseEnv,
});

export type Config = z.infer<typeof envSchema>;

/** Reads the configuration from the environment; a bad value stops the process with its name. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => issue.path.join('.') + ': ' + issue.message).join('; ');
    throw new Error('Invalid configuration: ' + problems);
  }
  return result.data;
}
`;
}

/** resources/resource.ts; with accounts, a resource also names the entity each reference points at. */
export const resourceTypeFile = (auth: boolean) => `import type { z } from 'zod';

/** How one entity is stored and served; each file beside this one describes one entity. */
export interface Resource {
  name: string;
  label: string;
  /** URL segment under /api. */
  slug: string;
  table: string;
  /** Writable properties (fields and reference keys) → columns. */
  columns: Record<string, string>;
  /** Columns searched by ?q=. */
  searchable: string[];
  /** Properties clients may sort by → columns. */
  sortable: Record<string, string>;
  /** Equality filters: property → column and how to read the query value. */
  filters: Record<string, { column: string; type: 'id' | 'boolean' | 'text' }>;
  /** Field properties → their type in the spec (the repository stores booleans and date-times per engine). */
  types: Record<string, string>;
  manys: Array<{ key: string; filter: string; table: string; ownColumn: string; otherColumn: string }>;
  /** Reference keys → label of the referenced entity (for error messages). */
  references: Record<string, string>;${
    auth
      ? `
  /** Reference and many-to-many keys → slug of the entity they point at (a user may only point at records they see). */
  targets: Record<string, string>;`
      : ''
  }
  /** Related lists served at /api/{slug}/:id/{path}: another resource filtered by one of its keys. */
  children: Record<string, { slug: string; filter: string }>;
  inputSchema: z.ZodType<Record<string, unknown>>;
  updateSchema: z.ZodType<Record<string, unknown>>;
}
`;

/** The HttpError class and fieldErrors, the backend-neutral part of server/src/errors.ts. */
export const httpErrorSource = `/** An error with an HTTP status, a stable code and a message a person can act on. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

/** zod issues as { property: message }, the first message per property. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[key] ??= 'Unknown property';
      continue;
    }
    const key = issue.path.length > 0 ? String(issue.path[0]) : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}
`;

/** idParam, parseId and parseListQuery: how every backend reads ids and list queries. Needs z, HttpError, ListQuery, Resource. */
export const listQuerySource = `const idParam = z.coerce.number().int().positive().max(2147483647);

function parseId(raw: string, resource: Resource): number {
  const id = idParam.safeParse(raw);
  if (!id.success) throw new HttpError(404, 'NOT_FOUND', 'No ' + resource.label.toLowerCase() + ' with id ' + raw);
  return id.data;
}

/** Reads page, pageSize, sort, order, q and the resource's filters from a query string. */
export function parseListQuery(resource: Resource, query: Record<string, unknown>): ListQuery {
  const base = z
    .object({
      page: z.coerce.number().int().min(1).max(1_000_000).default(1),
      pageSize: z.coerce.number().int().min(1).max(100).default(20),
      sort: z.enum(Object.keys(resource.sortable) as [string, ...string[]]).default('id'),
      order: z.enum(['asc', 'desc']).default('asc'),
      q: z.string().trim().max(200).optional(),
    })
    .parse(query);
  const filters: ListQuery['filters'] = {};
  for (const [property, filter] of Object.entries(resource.filters)) {
    const raw = query[property];
    if (raw === undefined) continue;
    const reader = filter.type === 'id' ? idParam : filter.type === 'boolean' ? z.enum(['true', 'false']).transform((v) => v === 'true') : z.string().max(200);
    const value = reader.safeParse(raw);
    if (!value.success) throw new HttpError(400, 'VALIDATION_FAILED', 'Invalid filter ' + property, { [property]: value.error.issues[0]?.message ?? 'Invalid' });
    filters[property] = value.data;
  }
  for (const many of resource.manys) {
    const raw = query[many.filter];
    if (raw === undefined) continue;
    const value = idParam.safeParse(raw);
    if (!value.success) throw new HttpError(400, 'VALIDATION_FAILED', 'Invalid filter ' + many.filter, { [many.filter]: 'Expected an id' });
    filters[many.filter] = value.data;
  }
  return { ...base, filters };
}
`;
