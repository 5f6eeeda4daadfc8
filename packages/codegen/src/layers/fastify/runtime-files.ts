/** Fastify's part of the generated server: the error and not-found handlers and the CRUD route plugin. */
import { httpErrorSource, listQuerySource } from '../server-common/runtime-files.ts';

export const errorsFile = `import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

${httpErrorSource}
export async function notFoundHandler(request: FastifyRequest): Promise<never> {
  throw new HttpError(404, 'NOT_FOUND', 'No route for ' + request.method + ' ' + request.url.split('?')[0]);
}

/** Fastify's own errors that are the client's fault: body parsing and size, by status. */
const CLIENT_ERROR_CODES: Record<number, string> = { 400: 'BAD_REQUEST', 413: 'PAYLOAD_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE' };

/** The one place that turns errors into JSON responses (app.setErrorHandler). */
export function errorHandler(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof HttpError) {
    return reply.code(error.status).send({ error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } });
  }
  if (error instanceof z.ZodError) {
    return reply.code(400).send({ error: { code: 'VALIDATION_FAILED', message: 'Some values are not valid', fields: fieldErrors(error) } });
  }
  const status = (error as { statusCode?: number }).statusCode;
  const code = status === undefined ? undefined : CLIENT_ERROR_CODES[status];
  if (status !== undefined && code !== undefined) {
    return reply.code(status).send({ error: { code, message: (error as Error).message } });
  }
  request.log.error({ err: error }, 'Request failed');
  return reply.code(500).send({ error: { code: 'INTERNAL', message: 'Something went wrong on the server' } });
}
`;

export const crudRoutesFile = `import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import type { ListQuery, Repository } from '../db/index.js';
import { HttpError } from '../errors.js';
import type { Resource } from '../resources/resource.js';

${listQuerySource}
/** Every resource's repository by slug, so a related list can read another resource. */
export type Repositories = Map<string, { resource: Resource; repository: Repository }>;

export interface CrudRoutesOptions {
  resource: Resource;
  repositories: Repositories;
}

interface IdParams {
  Params: { id: string };
}

/** list, get, create, update (PATCH), delete and related lists for one resource; registered under /api/{slug}. */
export const crudRoutes: FastifyPluginAsync<CrudRoutesOptions> = async (app, { resource, repositories }) => {
  const own = repositories.get(resource.slug);
  if (!own) throw new Error('no repository for ' + resource.slug);
  const { repository } = own;
  const notFound = (id: number) => new HttpError(404, 'NOT_FOUND', 'No ' + resource.label.toLowerCase() + ' with id ' + id);

  app.get('/', async (request) => {
    const query = parseListQuery(resource, request.query as Record<string, unknown>);
    const { items, total } = await repository.list(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  });

  app.get<IdParams>('/:id', async (request) => {
    const id = parseId(request.params.id, resource);
    const record = await repository.get(id);
    if (!record) throw notFound(id);
    return record;
  });

  app.get<{ Params: { id: string; relation: string } }>('/:id/:relation', async (request) => {
    const id = parseId(request.params.id, resource);
    const child = resource.children[request.params.relation];
    const target = child ? repositories.get(child.slug) : undefined;
    if (!child || !target) throw new HttpError(404, 'NOT_FOUND', 'No relation ' + request.params.relation + ' on ' + resource.label.toLowerCase());
    if (!(await repository.get(id))) throw notFound(id);
    const query = parseListQuery(target.resource, request.query as Record<string, unknown>);
    query.filters[child.filter] = id;
    const { items, total } = await target.repository.list(query);
    return { items, total, page: query.page, pageSize: query.pageSize };
  });

  app.post('/', async (request, reply) => {
    const input = resource.inputSchema.parse(request.body ?? {});
    return reply.code(201).send(await repository.create(input));
  });

  app.patch<IdParams>('/:id', async (request) => {
    const id = parseId(request.params.id, resource);
    const patch = resource.updateSchema.parse(request.body ?? {});
    const record = await repository.update(id, patch);
    if (!record) throw notFound(id);
    return record;
  });

  app.delete<IdParams>('/:id', async (request, reply) => {
    const id = parseId(request.params.id, resource);
    if (!(await repository.remove(id))) throw notFound(id);
    return reply.code(204).send();
  });
};
`;
