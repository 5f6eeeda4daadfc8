/** Express's part of the generated server: the error handlers and the CRUD router. */
import { httpErrorSource, listQuerySource } from '../server-common/runtime-files.ts';

export const errorsFile = `import type { ErrorRequestHandler, RequestHandler } from 'express';
import { z } from 'zod';

${httpErrorSource}
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

export const crudRouterFile = `import { type RequestHandler, Router } from 'express';
import { z } from 'zod';
import type { ListQuery, Repository } from '../db/index.js';
import { HttpError } from '../errors.js';
import type { Resource } from '../resources/resource.js';

${listQuerySource}
/**
 * list, get, create, update (PATCH), delete and related lists for one resource. \`guards\` run before each
 * route's handler, and only for a request that matches a route: any other path under the resource is left
 * to the 404 handler.
 */
export function crudRouter(
  resource: Resource,
  repositories: Map<string, { resource: Resource; repository: Repository }>,
  ...guards: RequestHandler[]
): Router {
  const own = repositories.get(resource.slug);
  if (!own) throw new Error('no repository for ' + resource.slug);
  const { repository } = own;
  const router = Router();
  const notFound = (id: number) => new HttpError(404, 'NOT_FOUND', 'No ' + resource.label.toLowerCase() + ' with id ' + id);
  // A route with parameters names its path as a type too: otherwise the guards' looser type would type req.params.

  router.get('/', ...guards, async (req, res) => {
    const query = parseListQuery(resource, req.query);
    const { items, total } = await repository.list(query);
    res.json({ items, total, page: query.page, pageSize: query.pageSize });
  });

  router.get<'/:id'>('/:id', ...guards, async (req, res) => {
    const id = parseId(req.params.id, resource);
    const record = await repository.get(id);
    if (!record) throw notFound(id);
    res.json(record);
  });

  router.get<'/:id/:relation'>('/:id/:relation', ...guards, async (req, res) => {
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

  router.post('/', ...guards, async (req, res) => {
    const input = resource.inputSchema.parse(req.body ?? {});
    res.status(201).json(await repository.create(input));
  });

  router.patch<'/:id'>('/:id', ...guards, async (req, res) => {
    const id = parseId(req.params.id, resource);
    const patch = resource.updateSchema.parse(req.body ?? {});
    const record = await repository.update(id, patch);
    if (!record) throw notFound(id);
    res.json(record);
  });

  router.delete<'/:id'>('/:id', ...guards, async (req, res) => {
    const id = parseId(req.params.id, resource);
    if (!(await repository.remove(id))) throw notFound(id);
    res.status(204).end();
  });

  return router;
}
`;
