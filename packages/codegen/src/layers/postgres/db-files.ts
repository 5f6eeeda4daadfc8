/**
 * The database adapter of a generated project on PostgreSQL: `pg` with a pool when DATABASE_URL is set,
 * PGlite (PostgreSQL in-process) otherwise, behind one small `Db` interface.
 */

export const dbConnectFile = `import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/** The little the app needs from a database; pg and PGlite both provide it. */
export interface Db {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs several statements (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface ConnectOptions {
  /** postgres://… — when absent, an embedded PGlite database is used. */
  url?: string;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string;
  /** Schema to create and use (tests isolate themselves this way). */
  schema?: string;
  poolSize?: number;
}

// Dates stay 'YYYY-MM-DD' strings, numerics and counts become numbers.
const DATE = 1082;
const NUMERIC = 1700;
const INT8 = 20;
pg.types.setTypeParser(DATE, (value: string) => value);
pg.types.setTypeParser(NUMERIC, (value: string) => Number(value));
pg.types.setTypeParser(INT8, (value: string) => Number(value));

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function connect(options: ConnectOptions = {}): Promise<Db> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error('schema must be a lower-case SQL identifier');
  }
  return options.url ? connectPostgres(options) : connectEmbedded(options);
}

async function connectPostgres(options: ConnectOptions): Promise<Db> {
  if (options.schema) {
    const setup = new pg.Client({ connectionString: options.url });
    await setup.connect();
    try {
      await setup.query('CREATE SCHEMA IF NOT EXISTS "' + options.schema + '"');
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: '-c search_path=' + options.schema } : {}),
  });
  const wrap = (client: pg.Pool | pg.PoolClient): Omit<Db, 'transaction' | 'close'> => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    async exec(sql: string) {
      await client.query(sql);
    },
  });
  const db: Db = {
    ...wrap(pool),
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Db = { ...wrap(client), transaction: (inner) => inner(tx), close: async () => {} };
        const result = await work(tx);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return db;
}

/**
 * PGlite does not lock its data folder, and two processes writing it corrupt it (say \`npm run seed\`
 * while \`npm run dev\` runs). A pid file makes the second one stop with a clear message.
 */
function lockDataDir(dataDir: string): () => void {
  // Beside the folder, not in it: PGlite refuses to initialise a folder that holds anything else.
  mkdirSync(dirname(dataDir), { recursive: true });
  const lockFile = dataDir.replace(/[\\/]+$/, '') + '.lock';
  try {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid) {
      process.kill(holder, 0);
      throw new Error(
        'The embedded database in ' + dataDir + ' is in use by process ' + holder +
          ' (is the dev server running?). Stop it first, or set DATABASE_URL to use PostgreSQL.',
      );
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ESRCH') throw error;
  }
  writeFileSync(lockFile, String(process.pid));
  const release = () => rmSync(lockFile, { force: true });
  process.once('exit', release);
  return release;
}

async function connectEmbedded(options: ConnectOptions): Promise<Db> {
  const release = options.dataDir ? lockDataDir(options.dataDir) : () => {};
  // Passed with every query: PGlite's transactions do not inherit parsers given to the constructor.
  const parsers = { [DATE]: (value: string) => value, [NUMERIC]: (value: string) => Number(value), [INT8]: (value: string) => Number(value) };
  const pglite = new PGlite(options.dataDir);
  await pglite.waitReady;
  if (options.schema) await pglite.exec('CREATE SCHEMA IF NOT EXISTS "' + options.schema + '"; SET search_path TO "' + options.schema + '"');
  type Queryable = Pick<PGlite, 'query' | 'exec'>;
  const wrap = (target: Queryable): Omit<Db, 'transaction' | 'close'> => ({
    async query<T>(text: string, params: unknown[] = []) {
      return (await target.query<T>(text, params, { parsers })).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  });
  const db: Db = {
    ...wrap(pglite),
    transaction(work) {
      return pglite.transaction(async (handle) => {
        const tx: Db = { ...wrap(handle), transaction: (inner) => inner(tx), close: async () => {} };
        return work(tx);
      });
    },
    async close() {
      await pglite.close();
      release();
    },
  };
  return db;
}
`;

export const dbMigrateFile = `import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './connect.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));
// Any constant works; it only has to be the same for every instance of this app.
const MIGRATION_LOCK = 72_640_001;

/**
 * Applies the .sql files in migrations/ that have not run yet, in name order, each in a transaction.
 * An advisory lock makes two instances starting at once take turns. Returns the names applied.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
    const applied: string[] = [];
    for (const file of files) {
      if (done.has(file)) continue;
      await tx.exec(await readFile(dir + file, 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    }
    return applied;
  });
}
`;

export const dbIndexFile = `export { connect, type ConnectOptions, type Db } from './connect.js';
export { migrate } from './migrate.js';
export { createRepository, type ListQuery, type Repository } from './repository.js';
`;
