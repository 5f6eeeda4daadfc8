/** The database port: the little the server needs, provided by PGlite (embedded) and by `pg` (PostgreSQL). */

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** Rows of one parameterised statement. jsonb comes back parsed; pass jsonb parameters as JSON text. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** One or more statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs `work` in a transaction. Use only `tx` inside: on PGlite, the outer handle waits for the transaction. */
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DbOptions {
  /** postgres://… — PostgreSQL through a pool; otherwise PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite data folder; undefined means in memory (tests). */
  dataDir?: string | undefined;
  poolSize?: number;
  /** Tables live in this schema (created if missing); lets parallel test files share one database. */
  schema?: string | undefined;
}

export async function connectDb(options: DbOptions): Promise<Db> {
  if (options.databaseUrl) {
    const { connectPostgres } = await import('./db-postgres.ts');
    return connectPostgres(options.databaseUrl, options.poolSize ?? 10, options.schema);
  }
  const { connectPglite } = await import('./db-pglite.ts');
  return connectPglite(options.dataDir, options.schema);
}

export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`unsafe identifier ${JSON.stringify(name)}`);
  return `"${name}"`;
}
