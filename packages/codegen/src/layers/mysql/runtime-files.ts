/** The MySQL/MariaDB dialect, configuration and test databases of a generated project. */

export const mysqlDialectFile = `import type { Dialect } from './types.js';

// Errors about a value: null, out of range, truncated, bad date or number, too long, check failed (MySQL, MariaDB).
const INVALID_VALUE = new Set([1048, 1263, 1264, 1265, 1292, 1366, 1367, 1406, 3819, 4025]);

export const dialect: Dialect = {
  quote: (identifier) => '\`' + identifier.replace(/\`/g, '\`\`') + '\`',
  param: () => '?',
  // Columns use a binary collation (case-sensitive like PostgreSQL), so search folds case itself.
  contains: (column, pattern) => 'LOWER(' + column + ') LIKE LOWER(' + pattern + ") ESCAPE '!'",
  // MySQL sorts nulls first ascending and has no NULLS LAST.
  orderBy: (column, direction) => column + ' IS NULL, ' + column + ' ' + direction,
  now: 'CURRENT_TIMESTAMP(3)',
  defaultValues: '() VALUES ()',
  encodeBoolean: (value) => value,
  // mysql2 writes a Date in the connection's time zone, UTC.
  encodeDatetime: (iso) => new Date(iso),
  migrationsTable:
    'CREATE TABLE IF NOT EXISTS schema_migrations (name varchar(255) PRIMARY KEY, applied_at datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3))',
  async withMigrationLock(tx, work) {
    const [lock] = await tx.query<{ acquired: number | null }>("SELECT GET_LOCK(CONCAT(DATABASE(), '.migrations'), 60) AS acquired");
    if (lock?.acquired !== 1) throw new Error('Another instance has been migrating this database for a minute; try again later');
    try {
      return await work();
    } finally {
      await tx.query("SELECT RELEASE_LOCK(CONCAT(DATABASE(), '.migrations'))");
    }
  },
  failure(error) {
    const errno = Number((error as { errno?: number }).errno);
    const message = String((error as Error).message);
    // A single-column unique key is named after its column.
    if (errno === 1062) return { kind: 'unique', column: /for key '(?:[^']*\\.)?([a-z0-9_]+)'$/.exec(message)?.[1] };
    if (errno === 1451 || errno === 1452) return { kind: 'foreign-key', column: /FOREIGN KEY \\(.([a-z0-9_]+).\\)/.exec(message)?.[1] };
    if (INVALID_VALUE.has(errno)) return { kind: 'invalid' };
    return undefined;
  },
};
`;

export const mysqlConfigFile = `import { z } from 'zod';
import type { ConnectOptions } from './connect.js';

const databaseEnvSchema = z.object({
  /** mysql://user:password@host:3306/database — MySQL or MariaDB. */
  DATABASE_URL: z
    .string({ error: 'is required: mysql://user:password@host:3306/database' })
    .refine((url) => url.startsWith('mysql://'), 'must start with mysql://'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

/** The database's environment variables, part of the server's configuration (see ../config.ts). */
export const databaseEnv = databaseEnvSchema.shape;
export type DatabaseConfig = z.infer<typeof databaseEnvSchema>;

export function connectOptions(config: DatabaseConfig): ConnectOptions {
  return { url: config.DATABASE_URL, poolSize: config.DB_POOL_SIZE };
}

/** Where the data is, for the start-up message. */
export function describeDatabase(config: DatabaseConfig): string {
  const url = new URL(config.DATABASE_URL);
  return 'MySQL database ' + url.pathname.slice(1) + ' on ' + url.host;
}
`;

export const mysqlTestDatabaseFile = `import mysql from 'mysql2/promise';
import { connect, type Db } from '../src/db/index.js';

/**
 * A database of its own for one test file, created beside the one DATABASE_URL names and dropped
 * afterwards. MySQL has no embedded engine, so the tests need a server.
 */
export async function openTestDatabase(name: string): Promise<{ db: Db; drop(): Promise<void> }> {
  const url = process.env.DATABASE_URL;
  if (!url?.startsWith('mysql://')) {
    throw new Error(
      'The API tests need a MySQL or MariaDB server: set DATABASE_URL=mysql://user:password@host:3306/database ' +
        '(the user must be allowed to create databases; each test file creates and drops its own).',
    );
  }
  const base = new URL(url);
  const suffix = '_' + name + '_' + process.pid + '_' + Date.now().toString(36);
  const database = ((base.pathname.slice(1) || 'test').slice(0, 64 - suffix.length) + suffix).replace(/[^A-Za-z0-9_]/g, '_');
  const admin = await mysql.createConnection({ uri: url });
  try {
    await admin.query('CREATE DATABASE ' + database + ' CHARACTER SET utf8mb4 COLLATE utf8mb4_bin');
  } finally {
    await admin.end();
  }
  base.pathname = '/' + database;
  const db = await connect({ url: base.toString(), poolSize: 4 });
  return {
    db,
    async drop() {
      await db.run('DROP DATABASE ' + database);
      await db.close();
    },
  };
}
`;
