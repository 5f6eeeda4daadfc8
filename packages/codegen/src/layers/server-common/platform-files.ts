/**
 * Advanced server pieces with no web framework in them: the OpenAPI document built from the resources'
 * zod schemas, the rate limiter's counting, and the structured logger with its redactions.
 */

export const openApiFile = `import { z } from 'zod';
import { credentialsSchema } from './auth/accounts.js';
import type { Resource } from './resources/resource.js';

type JsonSchema = Record<string, unknown>;

const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input'): JsonSchema => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object', additionalProperties: { type: 'string' } } },
      required: ['code', 'message'],
    },
  },
  required: ['error'],
};
const userSchema: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'integer' }, email: { type: 'string', format: 'email' }, role: { enum: ['admin', 'user'] }, createdAt: { type: 'string', format: 'date-time' } },
  required: ['id', 'email', 'role', 'createdAt'],
};

const ref = (name: string) => ({ $ref: '#/components/schemas/' + name });
const json = (schema: JsonSchema) => ({ content: { 'application/json': { schema } } });
const answer = (description: string, schema?: JsonSchema) => (schema ? { description, ...json(schema) } : { description });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [String(status), answer('Error ' + status, ref('Error'))]));

/** A stored record: the input's properties, all present, plus the system fields. */
function recordSchema(resource: Resource): JsonSchema {
  const input = jsonSchema(resource.inputSchema, 'output') as { properties?: Record<string, JsonSchema> };
  const properties: Record<string, JsonSchema> = {
    id: { type: 'integer' },
    ...input.properties,
    ownerId: { type: 'integer' },
    createdAt: { type: 'string', format: 'date-time' },
    updatedAt: { type: 'string', format: 'date-time' },
  };
  return { type: 'object', properties, required: Object.keys(properties) };
}

function resourcePaths(resource: Resource): Record<string, unknown> {
  const name = resource.name;
  const idParameter = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
  const listParameters = [
    { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
    { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100 } },
    { name: 'sort', in: 'query', schema: { enum: Object.keys(resource.sortable) } },
    { name: 'order', in: 'query', schema: { enum: ['asc', 'desc'] } },
    { name: 'q', in: 'query', schema: { type: 'string' } },
    ...Object.keys(resource.filters).map((key) => ({ name: key, in: 'query', schema: { type: 'string' } })),
  ];
  const page = {
    type: 'object',
    properties: { items: { type: 'array', items: ref(name) }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } },
    required: ['items', 'total', 'page', 'pageSize'],
  };
  const tags = [resource.label];
  return {
    ['/api/' + resource.slug]: {
      get: { tags, summary: 'List', parameters: listParameters, responses: { 200: answer('A page of records', page), ...errors(400, 401) } },
      post: {
        tags,
        summary: 'Create',
        requestBody: { required: true, ...json(ref(name + 'Input')) },
        responses: { 201: answer('Created', ref(name)), ...errors(400, 401, 409) },
      },
    },
    ['/api/' + resource.slug + '/{id}']: {
      parameters: [idParameter],
      get: { tags, summary: 'Read', responses: { 200: answer('The record', ref(name)), ...errors(401, 404) } },
      patch: {
        tags,
        summary: 'Update',
        requestBody: { required: true, ...json(ref(name + 'Update')) },
        responses: { 200: answer('Updated', ref(name)), ...errors(400, 401, 404, 409) },
      },
      delete: { tags, summary: 'Delete', responses: { 204: answer('Deleted'), ...errors(401, 404, 409) } },
    },
  };
}

function authPaths(): Record<string, unknown> {
  const tags = ['Accounts'];
  const credentials = { required: true, ...json(ref('Credentials')) };
  const open = { security: [] };
  return {
    '/api/auth/signup': { post: { tags, ...open, summary: 'Sign up and log in', requestBody: credentials, responses: { 201: answer('Signed up', ref('User')), ...errors(400, 409, 429) } } },
    '/api/auth/login': { post: { tags, ...open, summary: 'Log in', requestBody: credentials, responses: { 200: answer('Logged in', ref('User')), ...errors(400, 401, 429) } } },
    '/api/auth/logout': { post: { tags, ...open, summary: 'Log out, ending every session of the user on the server', responses: { 204: answer('Logged out') } } },
    '/api/auth/me': { get: { tags, summary: 'The current user', responses: { 200: answer('The current user', ref('User')), ...errors(401) } } },
  };
}

/** The OpenAPI 3.1 document of the API, built from the same zod schemas that validate requests. */
export function openApiDocument(title: string, resources: Resource[]): Record<string, unknown> {
  const schemas: Record<string, JsonSchema> = { Error: errorSchema, User: userSchema, Credentials: jsonSchema(credentialsSchema) };
  for (const resource of resources) {
    schemas[resource.name] = recordSchema(resource);
    schemas[resource.name + 'Input'] = jsonSchema(resource.inputSchema);
    schemas[resource.name + 'Update'] = jsonSchema(resource.updateSchema);
  }
  return {
    openapi: '3.1.0',
    info: { title, version: '0.1.0' },
    servers: [{ url: '/' }],
    security: [{ session: [] }],
    paths: Object.assign({}, authPaths(), ...resources.map(resourcePaths)),
    components: { schemas, securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'session' } } },
  };
}
`;

export const rateLimiterFile = `/**
 * Fixed-window request counting per client key (the client's address). Kept in memory: with several
 * server instances behind a load balancer, each counts its own share.
 */
export interface RateLimiter {
  /** Counts one request; answers whether it is allowed and, if not, the seconds until it will be. */
  hit(key: string, now?: number): { allowed: boolean; retryAfterSeconds: number };
}

export function createRateLimiter(limit: number, windowMs = 60_000): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    hit(key, now = Date.now()) {
      if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now) windows.delete(k);
      let window = windows.get(key);
      if (!window || window.resetAt <= now) {
        window = { count: 0, resetAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { allowed: window.count <= limit, retryAfterSeconds: Math.ceil((window.resetAt - now) / 1000) };
    },
  };
}
`;

export const loggerFile = `import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs; credentials never reach them (cookies, the Authorization header, passwords, hashes). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'password',
        'passwordHash',
        '*.password',
        '*.passwordHash',
      ],
      censor: '[redacted]',
    },
  });
}
`;
