/** PGlite: PostgreSQL compiled to WebAssembly, in-process, in a data folder guarded by a lock file. */
import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import { lockDataDir } from './data-dir-lock.ts';
import { type Db, quoteIdent } from './db.ts';

// Passed with every query: PGlite's transactions do not inherit parsers given to the constructor.
const parsers = { [types.INT8]: (value: string) => Number(value) };

type Queryable = Pick<PGlite, 'query' | 'exec'>;

function handle(target: Queryable, transaction: Db['transaction'], close: Db['close']): Db {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query<T>(sql, params as unknown[], { parsers })).rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
    transaction,
    close,
  };
}

export async function connectPglite(dataDir: string | undefined, schema?: string): Promise<Db> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let pglite: PGlite;
  try {
    if (dataDir) mkdirSync(dataDir, { recursive: true });
    pglite = new PGlite(dataDir);
    await pglite.waitReady;
    if (schema) {
      await pglite.exec(
        `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}; SET search_path TO ${quoteIdent(schema)}`,
      );
    }
  } catch (error) {
    release();
    throw error;
  }
  const transaction: Db['transaction'] = (work) =>
    pglite.transaction(async (handleTx) => {
      const tx = handle(
        handleTx,
        (inner) => inner(tx),
        async () => {},
      );
      return work(tx);
    });
  return handle(pglite, transaction, async () => {
    try {
      await pglite.close();
    } finally {
      release();
    }
  });
}
