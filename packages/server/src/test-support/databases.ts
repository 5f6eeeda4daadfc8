/**
 * The databases DB-dependent tests run on: PGlite always, and PostgreSQL too when APPGEN_TEST_DATABASE_URL
 * is set (CI). Each test database gets its own schema, so parallel test files never collide; when the URL is
 * set and the server unreachable, connecting throws and the test fails rather than skips.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { connectDb, type Db, quoteIdent } from '../adapters/db.ts';

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  url?: string;
}

export const TEST_DATABASE_URL = process.env.APPGEN_TEST_DATABASE_URL || undefined;

export const TEST_DATABASES: TestDatabase[] = [
  { name: 'pglite' },
  ...(TEST_DATABASE_URL ? [{ name: 'postgres' as const, url: TEST_DATABASE_URL }] : []),
];

export function uniqueSchema(label: string): string {
  return `t_${label.replace(/[^a-z0-9]/g, '_')}_${randomBytes(4).toString('hex')}`;
}

export interface OpenedTestDb {
  db: Db;
  schema: string | undefined;
  /** Closes the database and drops the test schema. */
  dispose(): Promise<void>;
}

export async function openTestDb(target: TestDatabase, label: string, poolSize = 5): Promise<OpenedTestDb> {
  if (target.name === 'pglite') {
    const db = await connectDb({});
    return { db, schema: undefined, dispose: () => db.close() };
  }
  const schema = uniqueSchema(label);
  const db = await connectDb({ databaseUrl: target.url, poolSize, schema });
  return {
    db,
    schema,
    async dispose() {
      await db.close();
      await dropSchema(target.url!, schema);
    },
  };
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  } finally {
    await client.end();
  }
}
