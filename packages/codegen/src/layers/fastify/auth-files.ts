/**
 * The Fastify side of an advanced project: the auth route plugin and the hooks that run a request as its
 * user, the rate-limit hook, request ids and logging through Fastify's own pino logger, the docs routes,
 * and the app and entry point that wire them. What these call (accounts, sessions, owned repositories,
 * OpenAPI) is framework-free, in server-common.
 */

import { jsString } from '../../emit/literal.ts';
import type { AppModel } from '../../model.ts';
import {
  appOptionsInterfaceSource,
  authServerStartSource,
  sessionOptionsSource,
  swaggerUiPageSource,
} from '../server-common/app-options-files.ts';

export const authRoutesFile = `import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { type Accounts, credentialsSchema, type SignedIn } from '../auth/accounts.js';
import { clearedSessionCookie, parseCookies, SESSION_COOKIE, sessionCookie } from '../auth/cookies.js';
import { type PublicUser, runAsUser } from '../auth/current-user.js';
import { createSessionToken, readSessionToken } from '../auth/session-token.js';
import { HttpError } from '../errors.js';

${sessionOptionsSource}
declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user, set by requireUser's hook on the routes it guards. */
    user: PublicUser | null;
  }
}

/** The session a request's cookie carries, when its signature is good and it has not expired. */
function sessionOf(request: FastifyRequest, session: SessionOptions) {
  const token = parseCookies(request.headers.cookie)[SESSION_COOKIE];
  return token ? readSessionToken(token, session.secret) : null;
}

async function userOf(request: FastifyRequest, accounts: Accounts, session: SessionOptions) {
  const claims = sessionOf(request, session);
  return claims ? accounts.userOf(claims) : null;
}

function startSession(reply: FastifyReply, signedIn: SignedIn, session: SessionOptions) {
  const token = createSessionToken(signedIn.session, session.secret, session.ttlSeconds);
  reply.header('Set-Cookie', sessionCookie(token, { secure: session.secure, maxAgeSeconds: session.ttlSeconds }));
}

export interface AuthRoutesOptions {
  accounts: Accounts;
  session: SessionOptions;
  /** Guards the two routes that take a password. */
  limit: onRequestAsyncHookHandler;
}

/** POST signup, login and logout, GET me; registered under /api/auth. */
export const authRoutes: FastifyPluginAsync<AuthRoutesOptions> = async (app, { accounts, session, limit }) => {
  app.post('/signup', { onRequest: limit }, async (request, reply) => {
    const signedIn = await accounts.signUp(credentialsSchema.parse(request.body ?? {}));
    startSession(reply, signedIn, session);
    return reply.code(201).send(signedIn.user);
  });

  app.post('/login', { onRequest: limit }, async (request, reply) => {
    const signedIn = await accounts.logIn(credentialsSchema.parse(request.body ?? {}));
    startSession(reply, signedIn, session);
    return signedIn.user;
  });

  // Ends the session on the server too, so a copy of the cookie is worth nothing afterwards.
  app.post('/logout', async (request, reply) => {
    const claims = sessionOf(request, session);
    if (claims) await accounts.endSessions(claims);
    reply.header('Set-Cookie', clearedSessionCookie(session.secure));
    return reply.code(204).send();
  });

  app.get('/me', async (request) => {
    const user = await userOf(request, accounts, session);
    if (!user) throw new HttpError(401, 'UNAUTHENTICATED', 'Log in to continue');
    return user;
  });
};

/**
 * Guards the routes of \`app\` (a plugin's scope): a request without a valid session gets 401 before its
 * body is read; the others run their handler, and all it awaits, as their user.
 */
export function requireUser(app: FastifyInstance, accounts: Accounts, session: SessionOptions): void {
  app.decorateRequest('user', null);
  app.addHook('onRequest', async (request) => {
    request.user = await userOf(request, accounts, session);
    if (!request.user) throw new HttpError(401, 'UNAUTHENTICATED', 'Log in to continue');
  });
  // preHandler is the last step before the handler, which Fastify calls from done(): inside runAsUser.
  app.addHook('preHandler', (request, _reply, done) => {
    if (!request.user) return done(new HttpError(401, 'UNAUTHENTICATED', 'Log in to continue'));
    runAsUser(request.user, done);
  });
}
`;

export const rateLimitFile = `import type { onRequestAsyncHookHandler } from 'fastify';
import { HttpError } from '../errors.js';
import type { RateLimiter } from '../rate-limiter.js';

/** An onRequest hook: 429 with Retry-After once a client has used up its requests in the current minute. */
export function rateLimit(limiter: RateLimiter): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const { allowed, retryAfterSeconds } = limiter.hit(request.ip);
    if (allowed) return;
    reply.header('Retry-After', String(retryAfterSeconds));
    throw new HttpError(429, 'RATE_LIMITED', 'Too many requests; try again in ' + retryAfterSeconds + ' s');
  };
}
`;

export const requestLoggingFile = `import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify';
import type { Logger } from '../logger.js';

/** A caller's X-Request-Id when it looks like one, else a new UUID. */
function requestId(req: IncomingMessage): string {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && /^[A-Za-z0-9._-]{1,100}$/.test(header) ? header : randomUUID();
}

/**
 * Fastify's logging options: the app's pino logger, request ids as above, and no built-in request lines
 * (they would log the query string); requestLogging writes its own.
 */
export function loggingOptions(logger: Logger) {
  // Typed as Fastify's logger, so that the app stays a plain FastifyInstance.
  const loggerInstance: FastifyBaseLogger = logger;
  return { loggerInstance, genReqId: requestId, logController: new LogController({ disableRequestLogging: true }) };
}

/** Echoes the request id, and logs one line per request with its method, path and status; no headers, bodies or cookies. */
export function requestLogging(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('X-Request-Id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
    request.log[level](
      { req: { method: request.method, url: request.url.split('?')[0] }, res: { statusCode: status }, responseTime: reply.elapsedTime },
      'request completed',
    );
  });
}
`;

export const docsRoutesFile = `import { createReadStream, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import type { FastifyPluginAsync } from 'fastify';
import { HttpError } from '../errors.js';
import { openApiDocument } from '../openapi.js';
import type { Resource } from '../resources/resource.js';

const swaggerUi = createRequire(import.meta.url)('swagger-ui-dist') as { getAbsoluteFSPath(): string };

${swaggerUiPageSource}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
};

export interface DocsRoutesOptions {
  title: string;
  resources: Resource[];
}

/** GET /api/openapi.json (OpenAPI 3.1) and Swagger UI at /api/docs, open to everyone; registered under /api. */
export const docsRoutes: FastifyPluginAsync<DocsRoutesOptions> = async (app, { title, resources }) => {
  const document = openApiDocument(title, resources);
  const folder = swaggerUi.getAbsoluteFSPath();
  // Only the files Swagger UI ships are served, looked up by name: no path reaches outside its folder.
  const shipped = new Set(readdirSync(folder));

  app.get('/openapi.json', async () => document);
  app.get('/docs', async (_request, reply) => reply.type('text/html; charset=utf-8').send(page));
  app.get('/docs/init.js', async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(init));
  app.get<{ Params: { file: string } }>('/docs/:file', async (request, reply) => {
    const { file } = request.params;
    if (!shipped.has(file)) throw new HttpError(404, 'NOT_FOUND', 'No file ' + file + ' in the API docs');
    return reply.type(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream').send(createReadStream(join(folder, file)));
  });
};
`;

export function authAppFile(app: AppModel): string {
  return `import Fastify, { type FastifyInstance } from 'fastify';
import { createAccounts } from './auth/accounts.js';
import type { Db } from './db/index.js';
import { ownedRepositories } from './db/owned-repository.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { authRoutes, requireUser, type SessionOptions } from './http/auth-routes.js';
import { crudRoutes } from './http/crud-routes.js';
import { docsRoutes } from './http/docs-routes.js';
import { rateLimit } from './http/rate-limit.js';
import { loggingOptions, requestLogging } from './http/request-logging.js';
import type { Logger } from './logger.js';
import { createRateLimiter } from './rate-limiter.js';
import { resources } from './resources/index.js';

export const APP_TITLE = ${jsString(app.spec.app.name)};

${appOptionsInterfaceSource}
/** The Fastify app: accounts, docs, and every entity's routes, each user seeing their own records. */
export function createApp(db: Db, options: AppOptions): FastifyInstance {
  const app = Fastify({
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    ...loggingOptions(options.logger),
  });
  // Set before the routes are registered, so every route plugin inherits them.
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);
  requestLogging(app);

  const accounts = createAccounts(db, { adminEmail: options.adminEmail });
  const repositories = ownedRepositories(db, resources);

  app.get('/api/health', async () => {
    await db.query('SELECT 1');
    return { status: 'ok' };
  });
  app.register(docsRoutes, { prefix: '/api', title: APP_TITLE, resources });

  app.register(
    async (api) => {
      api.addHook('onRequest', rateLimit(createRateLimiter(options.rateLimit.api)));
      // Sign-up and log-in have a stricter limit of their own, against password guessing.
      const limit = rateLimit(createRateLimiter(options.rateLimit.auth));
      api.register(authRoutes, { prefix: '/auth', accounts, session: options.session, limit });

      api.register(async (owned) => {
        requireUser(owned, accounts, options.session);
        owned.get('/stats', async () => {
          const counts: Record<string, number> = {};
          for (const [slug, { repository }] of repositories) counts[slug] = await repository.count();
          return { counts };
        });
        for (const resource of resources) owned.register(crudRoutes, { prefix: '/' + resource.slug, resource, repositories });
      });
    },
    { prefix: '/api' },
  );

  return app;
}
`;
}

export const authServerEntryFile = `${authServerStartSource}const app = createApp(db, options);
// Closing the app (on a signal, below) closes the database after the last request has been answered.
app.addHook('onClose', () => db.close());
await app.listen({ port: config.PORT, host: config.HOST });
logger.info('API listening on port ' + config.PORT + ' (' + describeDatabase(config) + ')');

const shutdown = () => {
  void app.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
`;
