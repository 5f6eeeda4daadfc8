/** test/helpers.ts: the Fastify app on a test database of its own, for the shared API tests. */

export const helpersFile = `import type { Server } from 'node:http';
import { createApp } from '../src/app.js';
import { type Db, migrate } from '../src/db/index.js';
import { openTestDatabase } from './database.js';

export interface TestApp {
  /** The app's HTTP server, ready but not listening: supertest listens on it for each request. */
  app: Server;
  db: Db;
  close(): Promise<void>;
}

/** The app on a migrated database of the test file's own (see database.ts for the engine's way). */
export async function setupTestApp(name: string): Promise<TestApp> {
  const { db, drop } = await openTestDatabase(name);
  await migrate(db);
  const app = createApp(db);
  await app.ready();
  return {
    app: app.server,
    db,
    async close() {
      await app.close();
      await drop();
    },
  };
}
`;

/** serve() in the advanced test helper: the ready app's router, reached as the server reaches it. */
export const serveSource = `/** The app with these options, as the request listener supertest and withCookie take. */
export async function serve(db: Db, options: AppOptions): Promise<RequestListener> {
  const app = createApp(db, options);
  await app.ready();
  return (req, res) => void app.server.emit('request', req, res);
}
`;
