/**
 * GET /api/jobs/:id/status for callers with an API key — the request clients poll — answered before
 * Express. It does what the Express route and the middleware in front of it do: the request id, helmet's
 * security headers (captured once: they do not vary by request), the key check, the shared read rate limit,
 * the status cache, Express's ETag and 304, the HTTP metric and the request's log line, without a router
 * chain, per-request child loggers and Express's request and response objects. Every other request — other
 * paths and methods, browser callers (cookie), keys that are not valid, servers with CORS — goes to Express.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { ApiError } from '../errors.ts';
import { notFound } from '../errors.ts';
import type { Services } from '../services.ts';
import { errorResponse, toApiError } from './error-handler.ts';
import { logLevelOf, withoutSecrets } from './middleware/http-logging.ts';
import { apiKeyOwners, ownerRateKey } from './middleware/identity.ts';
import type { RateLimit } from './middleware/rate-limit.ts';
import { requestIdOf } from './middleware/request-id.ts';

const STATUS_PATH = /^\/api\/jobs\/([\w-]{1,100})\/status(?:\?|$)/;
const ROUTE = '/api/jobs/:id/status';

/** The headers `middleware` sets on every response, read once from a stand-in response. */
export function constantHeaders(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const res = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => {},
  };
  let failed: unknown;
  middleware({} as Parameters<RequestHandler>[0], res as never, (error?: unknown) => (failed = error));
  if (failed) throw failed;
  return headers;
}

/** Express's req.fresh for a response that has an ETag and no Last-Modified (package `fresh`). */
function isFresh(req: IncomingMessage, etag: string): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (!ifNoneMatch || /(?:^|,)\s*no-cache\s*(?:,|$)/.test(req.headers['cache-control'] ?? '')) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === bare);
}

export interface StatusFastPathDeps {
  services: Pick<Services, 'config' | 'logger' | 'metrics' | 'statusCache'>;
  /** The read limit the Express routes use, so both paths take from one budget per caller. */
  readLimit: RateLimit;
  /** helmet's headers, from constantHeaders. */
  securityHeaders: [string, string][];
  /** Express's ETag function (app.get('etag fn')). */
  etagOf: (body: string, encoding: 'utf8') => string;
}

/** Returns a handler that answers the requests it takes (true) and leaves the rest to Express (false). */
export function statusFastPath(
  deps: StatusFastPathDeps,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  const { services, readLimit, securityHeaders, etagOf } = deps;
  const { logger, metrics, statusCache, config } = services;
  if (config.corsOrigins.length > 0) return () => false;
  const ownerOf = apiKeyOwners(config.apiKeys);
  // The in-memory cache hands out the same view object until the status changes: its JSON and ETag are
  // worked out once per view, not per poll.
  const bodies = new WeakMap<object, string>();
  const etags = new Map<string, string>();
  const etagOfBody = (body: string) => {
    let etag = etags.get(body);
    if (etag === undefined) {
      etag = etagOf(body, 'utf8');
      if (etags.size >= 1000) etags.clear();
      etags.set(body, etag);
    }
    return etag;
  };

  const finish = (
    req: IncomingMessage,
    res: ServerResponse,
    started: { at: number; end: (labels: { route: string; status: string }) => void },
    reply: { status: number; body: string; route: string; headers: [string, string][]; error?: unknown },
    requestId: string,
  ) => {
    // Error bodies carry the request id, so only statuses are worth remembering.
    const etag = reply.status === 200 ? etagOfBody(reply.body) : etagOf(reply.body, 'utf8');
    const notModified = reply.status === 200 && isFresh(req, etag);
    const headers = ['X-Request-Id', requestId];
    for (const [name, value] of securityHeaders) headers.push(name, value);
    for (const [name, value] of reply.headers) headers.push(name, value);
    headers.push('ETag', etag);
    if (notModified) {
      res.writeHead(304, headers).end();
    } else {
      headers.push('Content-Type', 'application/json; charset=utf-8');
      headers.push('Content-Length', String(Buffer.byteLength(reply.body)));
      res.writeHead(reply.status, headers).end(reply.body);
    }
    const statusCode = notModified ? 304 : reply.status;
    started.end({ route: reply.route, status: String(statusCode) });
    const level = logLevelOf(statusCode, reply.error);
    if (logger.isLevelEnabled(level)) {
      const line = {
        req: { id: requestId, method: 'GET', url: withoutSecrets(req.url ?? '') },
        res: { statusCode },
        responseTime: Date.now() - started.at,
        ...(reply.error ? { err: reply.error } : {}),
      };
      logger[level](line, reply.error ? 'request errored' : 'request completed');
    }
  };

  const failure = (error: unknown, route: string, headers: [string, string][], requestId: string) => {
    const apiError: ApiError = toApiError(error);
    const { body, retryAfter } = errorResponse(apiError, requestId);
    const all =
      retryAfter === undefined
        ? headers
        : [...headers.filter(([n]) => n !== 'Retry-After'), ['Retry-After', retryAfter] as [string, string]];
    return {
      status: apiError.status,
      body: JSON.stringify(body),
      route,
      headers: all,
      ...(apiError.status >= 500 ? { error } : {}),
    };
  };

  return (req, res) => {
    if (req.method !== 'GET') return false;
    const authorization = req.headers.authorization;
    if (authorization === undefined) return false;
    const match = STATUS_PATH.exec(req.url ?? '');
    if (!match) return false;
    const owner = ownerOf(authorization);
    if (owner === undefined) return false;

    const started = { at: Date.now(), end: metrics.httpDuration.startTimer({ method: 'GET' }) };
    const given = req.headers['x-request-id'];
    const requestId = requestIdOf(Array.isArray(given) ? given.join(', ') : given);
    const jobId = match[1]!;
    readLimit
      .consume(ownerRateKey(owner))
      .then(async (decision) => {
        if (decision.refused) return failure(decision.refused, 'unmatched', decision.headers, requestId);
        try {
          const view = await statusCache.read(jobId, owner);
          if (!view) return failure(notFound(), ROUTE, decision.headers, requestId);
          let body = bodies.get(view);
          if (body === undefined) {
            body = JSON.stringify(view);
            bodies.set(view, body);
          }
          return {
            status: 200,
            body,
            route: ROUTE,
            headers: [...decision.headers, ['Cache-Control', 'no-store'] as [string, string]],
          };
        } catch (error) {
          return failure(error, ROUTE, decision.headers, requestId);
        }
      })
      .catch((error: unknown) => failure(error, 'unmatched', [], requestId))
      .then((reply) => {
        if (reply.error) logger.error({ err: reply.error }, 'request failed');
        finish(req, res, started, reply, requestId);
      });
    return true;
  };
}
