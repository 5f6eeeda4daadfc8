/** The Express app (routes, error handling) and the entry point that starts it. */

/** server/src/app.ts without accounts; the record counts for the dashboard come with the extras. */
export const appFile = (extras: boolean) => `import express from 'express';
import { createRepository, type Db, type Repository } from './db/index.js';
import { errorHandler, notFound } from './errors.js';
import { crudRouter } from './http/crud-router.js';
import { type Resource, resources } from './resources/index.js';

/** The Express app with every entity's routes; the database is passed in so tests can use their own. */
export function createApp(db: Db): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '1mb' }));

  const repositories = new Map<string, { resource: Resource; repository: Repository }>(
    resources.map((resource) => [resource.slug, { resource, repository: createRepository(db, resource) }]),
  );

  app.get('/api/health', async (_req, res) => {
    await db.query('SELECT 1');
    res.json({ status: 'ok' });
  });

${
  extras
    ? `  app.get('/api/stats', async (_req, res) => {
    const counts: Record<string, number> = {};
    for (const [slug, { repository }] of repositories) counts[slug] = await repository.count();
    res.json({ counts });
  });

`
    : ''
}  for (const resource of resources) app.use('/api/' + resource.slug, crudRouter(resource, repositories));

  app.use('/api', notFound);
  app.use(errorHandler);
  return app;
}
`;

export const serverEntryFile = `import { loadConfig } from './config.js';
import { connect, connectOptions, describeDatabase, migrate } from './db/index.js';
import { createApp } from './app.js';

// A .env file is optional; real environment variables win over it.
try {
  process.loadEnvFile();
} catch {}

const config = loadConfig();
const db = await connect(connectOptions(config));
const applied = await migrate(db);
if (applied.length > 0) console.log('Applied migrations: ' + applied.join(', '));

const server = createApp(db).listen(config.PORT, () => {
  console.log('API listening on http://localhost:' + config.PORT + ' (' + describeDatabase(config) + ')');
});

const shutdown = () => {
  server.close(() => void db.close().then(() => process.exit(0)));
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
`;
