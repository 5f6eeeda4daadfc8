/** `appgen serve`: the generation service, configured by environment variables; flags override a few. */
import { HELP_OPTION, parseCommandArgs } from '../args.ts';
import type { Io } from '../io.ts';
import { loadServer } from '../load-server.ts';

export const HELP = `Usage:
  appgen serve [--port N] [--host ADDRESS] [--data-dir DIR]

Starts the generation service: the HTTP API (POST /api/generate, job status and events, results, ZIP
downloads, health, metrics) and the web UI. On embedded defaults (PGlite and local files in the data
folder, in-memory cache and queue) it runs the jobs too. With REDIS_URL (and DATABASE_URL) it is one of
several API instances sharing Redis and PostgreSQL, and "appgen worker" processes run the jobs.
Stops gracefully on SIGTERM or Ctrl-C.

Options (each overrides its environment variable):
  --port N                PORT, default 3000
  --host ADDRESS          HOST, default 0.0.0.0
  --data-dir DIR          APPGEN_DATA_DIR, default ./data
  -h, --help              show this help

Environment: DATABASE_URL (PostgreSQL instead of PGlite), DB_POOL_SIZE, REDIS_URL, QUEUE_CONCURRENCY,
APPGEN_API_KEYS (key=owner,…), APPGEN_SIGNING_SECRET, RATE_LIMIT_GENERATE_PER_MIN,
RATE_LIMIT_READ_PER_MIN, CORS_ORIGINS, LOG_LEVEL, APPGEN_PUBLIC_URL, SHUTDOWN_TIMEOUT_MS, OPENAI_*.
Every variable: packages/server/README.md.
`;

const OPTIONS = {
  ...HELP_OPTION,
  port: { type: 'string' },
  host: { type: 'string' },
  'data-dir': { type: 'string' },
} as const;

/** The environment the server reads, with the flags applied. */
export function serverEnv(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): NodeJS.ProcessEnv | undefined {
  const { values } = parseCommandArgs('serve', { args: argv, options: OPTIONS, strict: true });
  if (values.help) return undefined;
  return {
    ...env,
    ...(values.port === undefined ? {} : { PORT: values.port }),
    ...(values.host === undefined ? {} : { HOST: values.host }),
    ...(values['data-dir'] === undefined ? {} : { APPGEN_DATA_DIR: values['data-dir'] }),
  };
}

export async function run(argv: string[], io: Io): Promise<void> {
  const env = serverEnv(argv);
  if (!env) {
    io.stdout(HELP);
    return;
  }
  const { serve } = await loadServer();
  // Resolves once listening; the open server keeps the process running until a signal stops it.
  await serve(env);
}
