/**
 * The server and worker processes: configuration from the environment, start, graceful shutdown on
 * SIGTERM/SIGINT. `appgen serve` calls `serve`, `appgen worker` calls `work`;
 * `tsx packages/server/src/main.ts [worker]` runs them directly.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Logger } from 'pino';
import { DataDirLockedError } from './adapters/data-dir-lock.ts';
import { connectDb } from './adapters/db.ts';
import { migrate } from './adapters/migrate.ts';
import { ConfigError, loadConfig } from './config.ts';
import { type RunningServer, startServer } from './server.ts';
import { type RunningWorker, startWorker } from './worker.ts';

export async function serve(env: Record<string, string | undefined> = process.env): Promise<RunningServer> {
  const running = await startServer(loadConfig(env));
  const { services } = running;
  services.logger.info(
    {
      url: running.url,
      database: services.db.kind,
      queue: services.redis ? 'bullmq' : 'in-process',
      runsJobs: services.processesJobs,
      generatorVersion: services.generatorVersion,
    },
    `appgen listening on ${running.url}`,
  );
  stopOnSignal(services.logger, () => running.close());
  return running;
}

/** `appgen worker`: runs jobs from the shared queue until SIGTERM/SIGINT. */
export async function work(env: Record<string, string | undefined> = process.env): Promise<RunningWorker> {
  const worker = await startWorker(loadConfig(env));
  const { services } = worker;
  services.logger.info(
    { concurrency: services.config.queueConcurrency, generatorVersion: services.generatorVersion },
    'appgen worker running',
  );
  stopOnSignal(services.logger, () => worker.close());
  return worker;
}

function stopOnSignal(logger: Logger, close: () => Promise<unknown>): void {
  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    // A second signal means "now".
    process.once(signal, () => process.exit(1));
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
}

/** Applies pending migrations to the configured database and returns their names. */
export async function migrateDatabase(
  env: Record<string, string | undefined> = process.env,
): Promise<string[]> {
  const config = loadConfig(env);
  const db = await connectDb({
    databaseUrl: config.databaseUrl,
    dataDir: resolve(config.dataDir, 'pglite'),
    poolSize: 1,
  });
  try {
    return await migrate(db);
  } finally {
    await db.close();
  }
}

const runDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (runDirectly) {
  try {
    // `tsx packages/server/src/main.ts [worker]`
    if (process.argv[2] === 'worker') await work();
    else await serve();
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof DataDirLockedError)) throw error;
    process.stderr.write(`appgen: ${error.message}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
}
