/** `appgen worker`: runs generation jobs from the shared queue (REDIS_URL), beside API instances. */
import { HELP_OPTION, parseCommandArgs } from '../args.ts';
import type { Io } from '../io.ts';
import { loadServer } from '../load-server.ts';

export const HELP = `Usage:
  appgen worker [--concurrency N]

Runs generation jobs taken from the shared BullMQ queue in Redis, for API instances started with
"appgen serve" and the same REDIS_URL and DATABASE_URL. Run one or more per machine; a worker that dies
mid-job has its jobs taken over by another after QUEUE_LOCK_MS. Stops gracefully on SIGTERM or Ctrl-C.

Options (each overrides its environment variable):
  --concurrency N         QUEUE_CONCURRENCY, jobs at once, default 2
  -h, --help              show this help

Environment: REDIS_URL and DATABASE_URL (required), QUEUE_LOCK_MS, QUEUE_RECONCILE_MS, S3_* or
APPGEN_DATA_DIR (blob storage shared with the API), OPENAI_* (the planner), LOG_LEVEL,
SHUTDOWN_TIMEOUT_MS. See packages/server/README.md.
`;

const OPTIONS = { ...HELP_OPTION, concurrency: { type: 'string' } } as const;

export async function run(argv: string[], io: Io): Promise<void> {
  const { values } = parseCommandArgs('worker', { args: argv, options: OPTIONS, strict: true });
  if (values.help) {
    io.stdout(HELP);
    return;
  }
  const env = {
    ...process.env,
    ...(values.concurrency === undefined ? {} : { QUEUE_CONCURRENCY: values.concurrency }),
  };
  const { work } = await loadServer();
  // Resolves once running; the worker keeps the process alive until a signal stops it.
  await work(env);
}
