/** The SQLite dialect, configuration and test databases of a generated project. */

export const sqliteDialectFile = `import type { Db, Dialect } from './types.js';

const quote = (identifier: string) => '"' + identifier.replace(/"/g, '""') + '"';

export const dialect: Dialect = {
  quote,
  param: () => '?',
  // unicode_lower is registered by connect.ts.
  contains: (column, pattern) => 'unicode_lower(' + column + ') LIKE unicode_lower(' + pattern + ") ESCAPE '!'",
  orderBy: (column, direction) => column + ' ' + direction + ' NULLS LAST',
  now: "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
  defaultValues: 'DEFAULT VALUES',
  encodeBoolean: (value) => (value ? 1 : 0),
  // Stored in UTC with milliseconds, so text order is time order.
  encodeDatetime: (iso) => new Date(iso).toISOString(),
  migrationsTable:
    "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))",
  // The migration's transaction (BEGIN IMMEDIATE) holds the database's write lock already.
  withMigrationLock: (_tx, work) => work(),
  failure(error) {
    const code = String((error as { code?: string }).code ?? '');
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      const column = /constraint failed: [^.,]+\\.([a-z0-9_]+)$/.exec(String((error as Error).message))?.[1];
      return { kind: 'unique', column };
    }
    // ON DELETE RESTRICT fails as a trigger would, with the same message.
    const foreignKey =
      code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
      (code === 'SQLITE_CONSTRAINT_TRIGGER' && String((error as Error).message).includes('FOREIGN KEY'));
    if (foreignKey) return { kind: 'foreign-key' };
    if (code.startsWith('SQLITE_CONSTRAINT') || code === 'SQLITE_MISMATCH') return { kind: 'invalid' };
    return undefined;
  },
  // SQLite's foreign key error does not say which key failed: look each referenced record up.
  async missingReference(db: Db, table: string, values: ReadonlyArray<readonly [string, unknown]>) {
    const keys = await db.query<{ table: string; from: string; to: string }>('SELECT "table", "from", "to" FROM pragma_foreign_key_list(?)', [table]);
    for (const key of keys) {
      const value = values.find(([column]) => column === key.from)?.[1];
      if (value === null || value === undefined) continue;
      const found = await db.query('SELECT 1 FROM ' + quote(key.table) + ' WHERE ' + quote(key.to) + ' = ?', [value]);
      if (found.length === 0) return key.from;
    }
    return undefined;
  },
};
`;

export const sqliteConfigFile = `import { z } from 'zod';
import type { ConnectOptions } from './connect.js';

const databaseEnvSchema = z.object({
  /** The SQLite database file. */
  SQLITE_FILE: z.string().min(1).default('.data/app.sqlite'),
});

/** The database's environment variables, part of the server's configuration (see ../config.ts). */
export const databaseEnv = databaseEnvSchema.shape;
export type DatabaseConfig = z.infer<typeof databaseEnvSchema>;

export function connectOptions(config: DatabaseConfig): ConnectOptions {
  return { file: config.SQLITE_FILE };
}

/** Where the data is, for the start-up message. */
export function describeDatabase(config: DatabaseConfig): string {
  return 'SQLite database in ' + config.SQLITE_FILE;
}
`;

export const sqliteTestDatabaseFile = `import { connect, type Db } from '../src/db/index.js';

/** A database of its own for one test file: SQLite in memory, gone when closed. */
export async function openTestDatabase(_name: string): Promise<{ db: Db; drop(): Promise<void> }> {
  const db = await connect({ file: ':memory:' });
  return { db, drop: () => db.close() };
}
`;
