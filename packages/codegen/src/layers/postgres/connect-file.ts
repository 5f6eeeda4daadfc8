/**
 * The database adapter of a generated project on PostgreSQL: `pg` with a pool when DATABASE_URL is set,
 * PGlite (PostgreSQL in-process) otherwise, behind one small `Db` interface.
 */

export const postgresConnectFile = `import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { Db } from './types.js';

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
    async insert(text: string, params: unknown[] = []) {
      return Number((await client.query(text + ' RETURNING id', params)).rows[0]?.id);
    },
    async run(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rowCount ?? 0;
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
    async insert(text: string, params: unknown[] = []) {
      return Number((await target.query<{ id: number }>(text + ' RETURNING id', params, { parsers })).rows[0]?.id);
    },
    async run(text: string, params: unknown[] = []) {
      return (await target.query(text, params, { parsers })).affectedRows ?? 0;
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
