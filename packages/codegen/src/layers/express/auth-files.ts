/**
 * The Express side of an advanced project: auth routes and the middleware that runs a request as its
 * user, rate limits, request logging, the docs routes, and the app, entry and config that wire them.
 * What these call (accounts, sessions, owned repositories, OpenAPI) is framework-free, in server-common.
 */

import { jsString } from '../../emit/literal.ts';
import type { AppModel } from '../../model.ts';
import {
  appOptionsInterfaceSource,
  authServerStartSource,
  sessionOptionsSource,
  swaggerUiPageSource,
} from '../server-common/app-options-files.ts';

export const authRoutesFile = `import type { Request, RequestHandler, Response } from 'express';
import { Router } from 'express';
import { type Accounts, credentialsSchema, type SignedIn } from '../auth/accounts.js';
import { clearedSessionCookie, parseCookies, SESSION_COOKIE, sessionCookie } from '../auth/cookies.js';
import { runAsUser } from '../auth/current-user.js';
import { createSessionToken, readSessionToken } from '../auth/session-token.js';
import { HttpError } from '../errors.js';

${sessionOptionsSource}
/** The session a request's cookie carries, when its signature is good and it has not expired. */
function sessionOf(req: Request, session: SessionOptions) {
  const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
  return token ? readSessionToken(token, session.secret) : null;
}

async function userOf(req: Request, accounts: Accounts, session: SessionOptions) {
  const claims = sessionOf(req, session);
  return claims ? accounts.userOf(claims) : null;
}

function startSession(res: Response, signedIn: SignedIn, session: SessionOptions) {
  const token = createSessionToken(signedIn.session, session.secret, session.ttlSeconds);
  res.setHeader('Set-Cookie', sessionCookie(token, { secure: session.secure, maxAgeSeconds: session.ttlSeconds }));
}

/** POST signup, login and logout, GET me, under /api/auth; \`limit\` guards the two that take a password. */
export function authRouter(accounts: Accounts, session: SessionOptions, limit: RequestHandler): Router {
  const router = Router();

  router.post('/signup', limit, async (req, res) => {
    const signedIn = await accounts.signUp(credentialsSchema.parse(req.body ?? {}));
    startSession(res, signedIn, session);
    res.status(201).json(signedIn.user);
  });

  router.post('/login', limit, async (req, res) => {
    const signedIn = await accounts.logIn(credentialsSchema.parse(req.body ?? {}));
    startSession(res, signedIn, session);
    res.json(signedIn.user);
  });

  // Ends the session on the server too, so a copy of the cookie is worth nothing afterwards.
  router.post('/logout', async (req, res) => {
    const claims = sessionOf(req, session);
    if (claims) await accounts.endSessions(claims);
    res.setHeader('Set-Cookie', clearedSessionCookie(session.secure));
    res.status(204).end();
  });

  router.get('/me', async (req, res) => {
    const user = await userOf(req, accounts, session);
    if (!user) throw new HttpError(401, 'UNAUTHENTICATED', 'Log in to continue');
    res.json(user);
  });

  return router;
}

/** Answers 401 without a valid session; otherwise runs the rest of the request as its user. */
export function requireUser(accounts: Accounts, session: SessionOptions): RequestHandler {
  return async (req, _res, next) => {
    const user = await userOf(req, accounts, session);
    if (!user) throw new HttpError(401, 'UNAUTHENTICATED', 'Log in to continue');
    runAsUser(user, next);
  };
}
`;

export const rateLimitFile = `import type { RequestHandler } from 'express';
import { HttpError } from '../errors.js';
import type { RateLimiter } from '../rate-limiter.js';

/** 429 with Retry-After once a client has used up its requests in the current minute. */
export function rateLimit(limiter: RateLimiter): RequestHandler {
  return (req, res, next) => {
    const { allowed, retryAfterSeconds } = limiter.hit(req.ip ?? 'unknown');
    if (allowed) return next();
    res.setHeader('Retry-After', String(retryAfterSeconds));
    next(new HttpError(429, 'RATE_LIMITED', 'Too many requests; try again in ' + retryAfterSeconds + ' s'));
  };
}
`;

export const requestLoggingFile = `import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../logger.js';

/** A caller's X-Request-Id when it looks like one, else a new UUID; echoed in the response. */
function requestId(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(header) ? header : randomUUID();
}

/** One JSON line per request with its id, method, path and status; no headers, bodies or cookies. */
export function requestLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestId(req.headers['x-request-id']);
      res.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url.split('?')[0] }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
  }) as unknown as RequestHandler;
}
`;

export const docsRoutesFile = `import { createRequire } from 'node:module';
import express, { Router } from 'express';
import { openApiDocument } from '../openapi.js';
import type { Resource } from '../resources/resource.js';

const swaggerUi = createRequire(import.meta.url)('swagger-ui-dist') as { getAbsoluteFSPath(): string };

${swaggerUiPageSource}

/** GET /api/openapi.json (OpenAPI 3.1) and Swagger UI at /api/docs, open to everyone. */
export function docsRouter(title: string, resources: Resource[]): Router {
  const router = Router();
  const document = openApiDocument(title, resources);
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  router.get('/docs/init.js', (_req, res) => {
    res.type('js').send(init);
  });
  router.use('/docs', express.static(swaggerUi.getAbsoluteFSPath(), { index: false }));
  return router;
}
`;

export function authAppFile(app: AppModel): string {
  return `import express from 'express';
import { createAccounts } from './auth/accounts.js';
import type { Db } from './db/index.js';
import { ownedRepositories } from './db/owned-repository.js';
import { errorHandler, notFound } from './errors.js';
import { authRouter, requireUser, type SessionOptions } from './http/auth-routes.js';
import { crudRouter } from './http/crud-router.js';
import { docsRouter } from './http/docs-routes.js';
import { rateLimit } from './http/rate-limit.js';
import { requestLogging } from './http/request-logging.js';
import type { Logger } from './logger.js';
import { createRateLimiter } from './rate-limiter.js';
import { resources } from './resources/index.js';

export const APP_TITLE = ${jsString(app.spec.app.name)};

${appOptionsInterfaceSource}
/** The Express app: accounts, docs, and every entity's routes, each user seeing their own records. */
export function createApp(db: Db, options: AppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLogging(options.logger));
  app.use(express.json({ limit: '1mb' }));

  const accounts = createAccounts(db, { adminEmail: options.adminEmail });
  const repositories = ownedRepositories(db, resources);

  app.get('/api/health', async (_req, res) => {
    await db.query('SELECT 1');
    res.json({ status: 'ok' });
  });
  app.use('/api', docsRouter(APP_TITLE, resources));
  app.use('/api', rateLimit(createRateLimiter(options.rateLimit.api)));
  // Sign-up and log-in have a stricter limit of their own, against password guessing.
  const passwordLimit = rateLimit(createRateLimiter(options.rateLimit.auth));
  app.use('/api/auth', authRouter(accounts, options.session, passwordLimit));

  // On each route rather than on /api, so that a path no route serves answers 404 with or without a session.
  const loggedIn = requireUser(accounts, options.session);
  app.get('/api/stats', loggedIn, async (_req, res) => {
    const counts: Record<string, number> = {};
    for (const [slug, { repository }] of repositories) counts[slug] = await repository.count();
    res.json({ counts });
  });

  for (const resource of resources) app.use('/api/' + resource.slug, crudRouter(resource, repositories, loggedIn));

  app.use('/api', notFound);
  app.use(errorHandler);
  return app;
}
`;
}

export const authServerEntryFile = `${authServerStartSource}const server = createApp(db, options).listen(config.PORT, () => {
  logger.info('API listening on http://localhost:' + config.PORT + ' (' + describeDatabase(config) + ')');
});

const shutdown = () => {
  server.close(() => void db.close().then(() => process.exit(0)));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
`;
