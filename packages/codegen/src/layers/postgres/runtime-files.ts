/** The PostgreSQL dialect, configuration and test databases of a generated project. */

export const postgresDialectFile = `import type { Dialect } from './types.js';

// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK = 72_640_001;
// Errors about a value: not null, check, out of range, bad text representation, bad or out-of-range date.
const INVALID_VALUE = new Set(['23502', '23514', '22001', '22003', '22P02', '22007', '22008']);

export const dialect: Dialect = {
  quote: (identifier) => '"' + identifier.replace(/"/g, '""') + '"',
  param: (n) => '$' + n,
  contains: (column, pattern) => column + ' ILIKE ' + pattern + " ESCAPE '!'",
  orderBy: (column, direction) => column + ' ' + direction + ' NULLS LAST',
  now: 'now()',
  defaultValues: 'DEFAULT VALUES',
  encodeBoolean: (value) => value,
  encodeDatetime: (iso) => iso,
  migrationsTable: 'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  async withMigrationLock(tx, work) {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    return work();
  },
  failure(error) {
    const code = String((error as { code?: string }).code ?? '');
    const column = /Key \\(([a-z0-9_]+)\\)/.exec(String((error as { detail?: string }).detail ?? ''))?.[1];
    if (code === '23505') return { kind: 'unique', column };
    if (code === '23503') return { kind: 'foreign-key', column };
    if (INVALID_VALUE.has(code)) return { kind: 'invalid' };
    return undefined;
  },
};
`;

export const postgresConfigFile = `import { z } from 'zod';
import type { ConnectOptions } from './connect.js';

const databaseEnvSchema = z.object({
  /** postgres://user:pass@host:5432/db — leave empty to use the embedded PGlite database. */
  DATABASE_URL: z
    .string()
    .refine((url) => url === '' || url.startsWith('postgres://') || url.startsWith('postgresql://'), 'must start with postgres://')
    .optional()
    .transform((url) => url || undefined),
  /** Where the embedded database keeps its files. */
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** The database's environment variables, part of the server's configuration (see ../config.ts). */
export const databaseEnv = databaseEnvSchema.shape;
export type DatabaseConfig = z.infer<typeof databaseEnvSchema>;

export function connectOptions(config: DatabaseConfig): ConnectOptions {
  return { url: config.DATABASE_URL, dataDir: config.PGLITE_DATA_DIR, poolSize: config.DB_POOL_SIZE };
}

/** Where the data is, for the start-up message. */
export function describeDatabase(config: DatabaseConfig): string {
  return config.DATABASE_URL ? 'PostgreSQL' : 'embedded database in ' + config.PGLITE_DATA_DIR;
}
`;

export const postgresTestDatabaseFile = `import { connect, type Db } from '../src/db/index.js';

// Test files in one worker run one after another and share one embedded database (it takes seconds
// to start); each file gets its own schema. With DATABASE_URL set, the same happens on PostgreSQL.
let embedded: Promise<Db> | undefined;

/** A database of its own for one test file (a fresh schema), and how to drop it afterwards. */
export async function openTestDatabase(name: string): Promise<{ db: Db; drop(): Promise<void> }> {
  const schema = ('t_' + name + '_' + process.pid + '_' + Date.now().toString(36)).replace(/[^a-z0-9_]/g, '_').slice(0, 63);
  const url = process.env.DATABASE_URL || undefined;
  if (url) {
    const db = await connect({ url, schema, poolSize: 4 });
    return {
      db,
      async drop() {
        await db.exec('DROP SCHEMA "' + schema + '" CASCADE');
        await db.close();
      },
    };
  }
  embedded ??= connect();
  const db = await embedded;
  await db.exec('CREATE SCHEMA "' + schema + '"; SET search_path TO "' + schema + '"');
  return {
    db,
    async drop() {
      await db.exec('SET search_path TO public; DROP SCHEMA "' + schema + '" CASCADE');
    },
  };
}
`;
