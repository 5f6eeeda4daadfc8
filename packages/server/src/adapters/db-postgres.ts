/** PostgreSQL through a `pg` pool. */
import pg from 'pg';
import { type Db, quoteIdent } from './db.ts';

// int8 (count(*), sums) as numbers: the values we read stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

type Queryable = Pick<pg.PoolClient, 'query'>;

function handle(target: Queryable, transaction: Db['transaction'], close: Db['close']): Db {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: readonly unknown[] = []) {
      return (await target.query(sql, params as unknown[])).rows as T[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
    transaction,
    close,
  };
}

export async function connectPostgres(url: string, poolSize: number, schema?: string): Promise<Db> {
  if (schema) {
    const setup = new pg.Client({ connectionString: url });
    await setup.connect();
    try {
      // CREATE SCHEMA IF NOT EXISTS still races with itself; the lock makes concurrent starts take turns.
      await setup.query(
        `BEGIN; SELECT pg_advisory_xact_lock(4172640032); CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}; COMMIT`,
      );
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    ...(schema ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  // Fail at start, not at the first request, when the server is unreachable.
  (await pool.connect()).release();

  const transaction: Db['transaction'] = async (work) => {
    const client = await pool.connect();
    // A connection lost while checked out is reported both by the failing query and as an 'error' event;
    // without a listener the event would crash the process. Such a client is destroyed, not pooled again.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const tx = handle(
        client,
        (inner) => inner(tx),
        async () => {},
      );
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  };
  return handle(pool, transaction, () => pool.end());
}
