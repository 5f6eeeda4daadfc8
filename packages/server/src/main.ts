/**
 * The server process: configuration from the environment, start, graceful shutdown on SIGTERM/SIGINT.
 * `appgen serve` calls `serve`; `tsx packages/server/src/main.ts` runs it directly.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataDirLockedError } from './adapters/data-dir-lock.ts';
import { connectDb } from './adapters/db.ts';
import { migrate } from './adapters/migrate.ts';
import { ConfigError, loadConfig } from './config.ts';
import { type RunningServer, startServer } from './server.ts';

export async function serve(env: Record<string, string | undefined> = process.env): Promise<RunningServer> {
  const running = await startServer(loadConfig(env));
  const { services } = running;
  services.logger.info(
    { url: running.url, database: services.db.kind, generatorVersion: services.generatorVersion },
    `appgen listening on ${running.url}`,
  );
  const shutdown = (signal: NodeJS.Signals) => {
    services.logger.info({ signal }, 'shutting down');
    // A second signal means "now".
    process.once(signal, () => process.exit(1));
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        services.logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  return running;
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
    await serve();
  } catch (error) {
    if (!(error instanceof ConfigError || error instanceof DataDirLockedError)) throw error;
    process.stderr.write(`appgen: ${error.message}\n`);
    process.exit(error instanceof ConfigError ? 2 : 1);
  }
}
