import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const SANE_ID = /^[\w.:-]{1,100}$/;

/** The request's id: the caller's X-Request-Id when it is sane (so traces join up), else a new UUID. */
export const requestIdOf = (given: string | undefined) =>
  given && SANE_ID.test(given) ? given : randomUUID();

/** Gives every request an id and echoes it in X-Request-Id. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    req.requestId = requestIdOf(req.get('x-request-id'));
    res.setHeader('X-Request-Id', req.requestId);
    next();
  };
}
