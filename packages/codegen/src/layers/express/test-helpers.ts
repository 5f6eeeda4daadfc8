/** test/helpers.ts: the Express app on a test database of its own, for the shared API tests. */

export const helpersFile = `import type { Express } from 'express';
import { createApp } from '../src/app.js';
import { type Db, migrate } from '../src/db/index.js';
import { openTestDatabase } from './database.js';

export interface TestApp {
  app: Express;
  db: Db;
  close(): Promise<void>;
}

/** The app on a migrated database of the test file's own (see database.ts for the engine's way). */
export async function setupTestApp(name: string): Promise<TestApp> {
  const { db, drop } = await openTestDatabase(name);
  await migrate(db);
  return { app: createApp(db), db, close: drop };
}
`;

/** serve() in the advanced test helper: an Express app is itself a request listener. */
export const serveSource = `/** The app with these options, as the request listener supertest and withCookie take. */
export async function serve(db: Db, options: AppOptions): Promise<RequestListener> {
  return createApp(db, options) as unknown as RequestListener;
}
`;
