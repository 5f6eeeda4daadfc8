/** `appgen migrate`: applies the service's pending database migrations (they also run at every start). */
import { HELP_OPTION, parseCommandArgs } from '../args.ts';
import type { Io } from '../io.ts';
import { loadServer } from '../load-server.ts';

export const HELP = `Usage:
  appgen migrate [--data-dir DIR]

Applies the generation service's pending SQL migrations to DATABASE_URL, or to the embedded PGlite
database in the data folder, and exits. "appgen serve" applies them at start too; this is for deploys
that migrate before starting new servers. Safe to run while another instance migrates.

Options:
  --data-dir DIR          APPGEN_DATA_DIR, default ./data
  -h, --help              show this help
`;

const OPTIONS = { ...HELP_OPTION, 'data-dir': { type: 'string' } } as const;

export async function run(argv: string[], io: Io): Promise<void> {
  const { values } = parseCommandArgs('migrate', { args: argv, options: OPTIONS, strict: true });
  if (values.help) {
    io.stdout(HELP);
    return;
  }
  const env = {
    ...process.env,
    ...(values['data-dir'] === undefined ? {} : { APPGEN_DATA_DIR: values['data-dir'] }),
  };
  const { migrateDatabase } = await loadServer();
  const applied = await migrateDatabase(env);
  io.stdout(applied.length === 0 ? 'database is up to date\n' : `applied ${applied.join(', ')}\n`);
}
