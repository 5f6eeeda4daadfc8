/**
 * @appgen/server — the generation service.
 * - `startServer(config)` / `serve(env)`: the HTTP API, worker and adapters, with graceful shutdown
 * - `loadConfig(env)`: configuration from environment variables (zod), `ConfigError` naming bad variables
 * - `startWorker(config)` / `work(env)`: a worker process taking jobs from the shared queue (REDIS_URL)
 * - `createServices` / `createApp`: the parts, for tests and other entry points
 * - `migrate`, `connectDb`: the database adapter and its migrations (PGlite or PostgreSQL)
 */

export { DataDirLockedError } from './adapters/data-dir-lock.ts';
export { connectDb, type Db } from './adapters/db.ts';
export { migrate } from './adapters/migrate.ts';
export { type Config, ConfigError, loadConfig } from './config.ts';
export { createApp } from './http/app.ts';
export { migrateDatabase, serve, work } from './main.ts';
export { type RunningServer, startServer } from './server.ts';
export { createServices, type Services } from './services.ts';
export { type RunningWorker, startWorker } from './worker.ts';
