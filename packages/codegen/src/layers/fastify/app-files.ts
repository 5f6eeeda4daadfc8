/** The Fastify app (route plugins, error and not-found handlers, pino logger) and the entry point that starts it. */

/** server/src/app.ts; the record counts for the dashboard come with the extras (beyond simple). */
export const appFile = (
  extras: boolean,
) => `import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { createRepository, type Db } from './db/index.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { crudRoutes, type Repositories } from './http/crud-routes.js';
import { resources } from './resources/index.js';

/**
 * The Fastify app with every entity's routes; the database is passed in so tests can use their own. Options
 * reach Fastify as they are (the entry point turns the pino logger on; tests leave it off).
 */
export function createApp(db: Db, options: FastifyServerOptions = {}): FastifyInstance {
  const app = Fastify({ bodyLimit: 1024 * 1024, routerOptions: { ignoreTrailingSlash: true }, ...options });
  // Set before the routes are registered, so every route plugin inherits them.
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler(notFoundHandler);

  const repositories: Repositories = new Map(
    resources.map((resource) => [resource.slug, { resource, repository: createRepository(db, resource) }]),
  );

  app.get('/api/health', async () => {
    await db.query('SELECT 1');
    return { status: 'ok' };
  });

${
  extras
    ? `  app.get('/api/stats', async () => {
    const counts: Record<string, number> = {};
    for (const [slug, { repository }] of repositories) counts[slug] = await repository.count();
    return { counts };
  });

`
    : ''
}  for (const resource of resources) app.register(crudRoutes, { prefix: '/api/' + resource.slug, resource, repositories });

  return app;
}
`;

export const serverEntryFile = `import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { connect, connectOptions, describeDatabase, migrate } from './db/index.js';

// A .env file is optional; real environment variables win over it.
try {
  process.loadEnvFile();
} catch {}

const config = loadConfig();
const db = await connect(connectOptions(config));
const app = createApp(db, { logger: { level: config.LOG_LEVEL } });
// Closing the app (on a signal, below) closes the database after the last request has been answered.
app.addHook('onClose', () => db.close());

const applied = await migrate(db);
if (applied.length > 0) app.log.info({ migrations: applied }, 'Applied migrations');

await app.listen({ port: config.PORT, host: config.HOST });
app.log.info('API ready on port ' + config.PORT + ' (' + describeDatabase(config) + ')');

const shutdown = () => {
  void app.close().then(() => process.exit(0));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
`;
