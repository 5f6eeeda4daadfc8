/** Files of the generated server that are the same for every app: errors, config, the CRUD router. */

export const errorsFile = `import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';

/** An error with an HTTP status, a stable code and a message a person can act on. */
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

export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, 'NOT_FOUND', 'No route for ' + req.method + ' ' + req.path);
};

/** The one place that turns errors into JSON responses. */
export const errorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof HttpError) {
    res.status(error.status).json({ error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } });
    return;
  }
  if (error instanceof z.ZodError) {
    res.status(400).json({ error: { code: 'VALIDATION_FAILED', message: 'Some values are not valid', fields: fieldErrors(error) } });
    return;
  }
  const status = (error as { status?: number }).status;
  if (status === 400 || status === 413 || status === 415) {
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'BAD_REQUEST';
    res.status(status).json({ error: { code, message: (error as Error).message } });
    return;
  }
  console.error(error);
  res.status(500).json({ error: { code: 'INTERNAL', message: 'Something went wrong on the server' } });
};
`;

export const configFile = `import { z } from 'zod';
import { databaseEnv } from './db/index.js';

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  ...databaseEnv,
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

export const crudRouterFile = `import { Router } from 'express';
import { z } from 'zod';
import type { ListQuery, Repository } from '../db/index.js';
import { HttpError } from '../errors.js';
import type { Resource } from '../resources/resource.js';

const idParam = z.coerce.number().int().positive().max(2147483647);

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

/** list, get, create, update (PATCH), delete and related lists for one resource. */
export function crudRouter(resource: Resource, repositories: Map<string, { resource: Resource; repository: Repository }>): Router {
  const own = repositories.get(resource.slug);
  if (!own) throw new Error('no repository for ' + resource.slug);
  const { repository } = own;
  const router = Router();
  const notFound = (id: number) => new HttpError(404, 'NOT_FOUND', 'No ' + resource.label.toLowerCase() + ' with id ' + id);

  router.get('/', async (req, res) => {
    const query = parseListQuery(resource, req.query);
    const { items, total } = await repository.list(query);
    res.json({ items, total, page: query.page, pageSize: query.pageSize });
  });

  router.get('/:id', async (req, res) => {
    const id = parseId(req.params.id, resource);
    const record = await repository.get(id);
    if (!record) throw notFound(id);
    res.json(record);
  });

  router.get('/:id/:relation', async (req, res) => {
    const id = parseId(req.params.id, resource);
    const child = resource.children[req.params.relation];
    const target = child ? repositories.get(child.slug) : undefined;
    if (!child || !target) throw new HttpError(404, 'NOT_FOUND', 'No relation ' + req.params.relation + ' on ' + resource.label.toLowerCase());
    if (!(await repository.get(id))) throw notFound(id);
    const query = parseListQuery(target.resource, req.query);
    query.filters[child.filter] = id;
    const { items, total } = await target.repository.list(query);
    res.json({ items, total, page: query.page, pageSize: query.pageSize });
  });

  router.post('/', async (req, res) => {
    const input = resource.inputSchema.parse(req.body ?? {});
    res.status(201).json(await repository.create(input));
  });

  router.patch('/:id', async (req, res) => {
    const id = parseId(req.params.id, resource);
    const patch = resource.updateSchema.parse(req.body ?? {});
    const record = await repository.update(id, patch);
    if (!record) throw notFound(id);
    res.json(record);
  });

  router.delete('/:id', async (req, res) => {
    const id = parseId(req.params.id, resource);
    if (!(await repository.remove(id))) throw notFound(id);
    res.status(204).end();
  });

  return router;
}
`;
