/** Files under server/src/db that are the same for every engine; each engine's dialect.ts fills in the rest. */

export const dbTypesFile = `/** What the app needs from a database. Each engine's connect.ts and dialect.ts provide it. */

export interface Db {
  /** Rows of a query; placeholders are written with dialect.param(n). */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs an INSERT and answers the id of the new row. */
  insert(text: string, params?: unknown[]): Promise<number>;
  /** Runs an UPDATE or DELETE and answers how many rows it changed. */
  run(text: string, params?: unknown[]): Promise<number>;
  /** Runs several statements (migrations). */
  exec(sql: string): Promise<void>;
  transaction<T>(work: (tx: Db) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** What a database error means to the API. */
export interface SqlFailure {
  kind: 'unique' | 'foreign-key' | 'invalid';
  /** The column at fault, when the database names it. */
  column?: string;
}

/** The ways one engine's SQL differs from another's; the repository and migrations runner share the rest. */
export interface Dialect {
  quote(identifier: string): string;
  /** Placeholder of the n-th parameter (from 1). */
  param(n: number): string;
  /** Case-insensitive match of a column against a LIKE pattern whose escape character is '!'. */
  contains(column: string, pattern: string): string;
  /** ORDER BY term that puts nulls last in either direction, as PostgreSQL's NULLS LAST. */
  orderBy(column: string, direction: 'ASC' | 'DESC'): string;
  /** The current time as created_at stores it. */
  now: string;
  /** What follows INSERT INTO t to insert a row of defaults. */
  defaultValues: string;
  encodeBoolean(value: boolean): unknown;
  /** An ISO date-time from the API as the column stores it (read back, any stored form becomes ISO again). */
  encodeDatetime(iso: string): unknown;
  /** CREATE TABLE IF NOT EXISTS schema_migrations (name …, applied_at …). */
  migrationsTable: string;
  /** Runs work while no other instance of the app migrates the same database. */
  withMigrationLock<T>(tx: Db, work: () => Promise<T>): Promise<T>;
  /** Reads a database error; undefined for errors that are not about the data. */
  failure(error: unknown): SqlFailure | undefined;
  /** Finds the column of a missing referenced record, for engines whose errors do not name it. */
  missingReference?(db: Db, table: string, values: ReadonlyArray<readonly [string, unknown]>): Promise<string | undefined>;
}
`;

export const dbMigrateFile = `import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dialect } from './dialect.js';
import type { Db } from './types.js';

const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/**
 * Applies the .sql files in migrations/ that have not run yet, in name order, in one transaction where the
 * engine allows (MySQL commits each DDL statement). A lock makes two instances starting at once take turns.
 * Returns the names applied.
 */
export async function migrate(db: Db, dir = MIGRATIONS_DIR): Promise<string[]> {
  const files = (await readdir(dir)).filter((name) => name.endsWith('.sql')).sort();
  return db.transaction((tx) =>
    dialect.withMigrationLock(tx, async () => {
      await tx.exec(dialect.migrationsTable);
      const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
      const applied: string[] = [];
      for (const file of files) {
        if (done.has(file)) continue;
        await tx.exec(await readFile(dir + file, 'utf8'));
        await tx.run('INSERT INTO schema_migrations (name) VALUES (' + dialect.param(1) + ')', [file]);
        applied.push(file);
      }
      return applied;
    }),
  );
}
`;

export const dbIndexFile = `export { connectOptions, databaseEnv, describeDatabase } from './config.js';
export { connect, type ConnectOptions } from './connect.js';
export { migrate } from './migrate.js';
export { createRepository, type ListQuery, type Repository } from './repository.js';
export type { Db } from './types.js';
`;
