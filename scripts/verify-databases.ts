/**
 * The database servers that scripts/verify-generated.ts tests generated projects against, and which
 * samples each database runs by default.
 */
import { DATABASES, type Database } from '@appgen/spec';
import mysql from 'mysql2/promise';
import pg from 'pg';

export const POSTGRES_URL = process.env.VERIFY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** A MySQL/MariaDB server URL without a database; each project run gets `verify_<name>` on it. */
export const MYSQL_URL = process.env.VERIFY_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

/**
 * PostgreSQL runs every sample. The other databases run, unless --full, the samples that together cover
 * every field type (05), relation kind (02, 04, 05, 06), self relations (04), cascade (02) and names that are
 * reserved words (06); installing better-sqlite3 builds it from source, about a minute per project.
 */
export const DATABASE_SAMPLES: Record<Database, (name: string) => boolean> = {
  postgres: () => true,
  sqlite: (name) => /^0[2456]-/.test(name),
  mysql: (name) => /^0[2456]-/.test(name),
};

/** The server a database's tests run against: its check, and the env of one project's test run. */
export interface TestServer {
  check(): Promise<void>;
  /** Prepares a fresh database for the project and answers the env for its server tests. */
  open(project: string): Promise<Record<string, string>>;
  close(project: string): Promise<void>;
}

const unreachable = (what: string, url: string, error: unknown, variable: string) =>
  new Error(`${what} is not reachable at ${url} (${(error as Error).message}). Start it or set ${variable}.`);

const postgres: TestServer = {
  async check() {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
    } catch (error) {
      throw unreachable('PostgreSQL', POSTGRES_URL, error, 'VERIFY_DATABASE_URL');
    } finally {
      await client.end().catch(() => {});
    }
  },
  // The project's tests isolate themselves in schemas of their own.
  open: async () => ({ DATABASE_URL: POSTGRES_URL }),
  close: async () => {},
};

const mysqlDatabase = (project: string) => `verify_${project.replace(/[^A-Za-z0-9]/g, '_')}`.slice(0, 40);

async function onMysql<T>(work: (connection: mysql.Connection) => Promise<T>): Promise<T> {
  const connection = await mysql.createConnection({ uri: MYSQL_URL, connectTimeout: 5000 });
  try {
    return await work(connection);
  } finally {
    await connection.end();
  }
}

/** Drops the project's database and those its test files left behind (named after it). */
async function dropMysql(connection: mysql.Connection, database: string): Promise<void> {
  const [rows] = await connection.query<mysql.RowDataPacket[]>('SHOW DATABASES');
  for (const row of rows) {
    const name = String(Object.values(row)[0]);
    if (name === database || name.startsWith(`${database}_`))
      await connection.query(`DROP DATABASE \`${name}\``);
  }
}

const mariadb: TestServer = {
  async check() {
    try {
      await onMysql((connection) => connection.query('SELECT 1'));
    } catch (error) {
      throw unreachable('MySQL/MariaDB', MYSQL_URL, error, 'VERIFY_MYSQL_URL');
    }
  },
  async open(project) {
    const database = mysqlDatabase(project);
    await onMysql(async (connection) => {
      await dropMysql(connection, database);
      await connection.query(`CREATE DATABASE \`${database}\``);
    });
    return { DATABASE_URL: `${MYSQL_URL.replace(/\/$/, '')}/${database}` };
  },
  close: (project) => onMysql((connection) => dropMysql(connection, mysqlDatabase(project))),
};

/** Databases whose projects also run their tests on an embedded engine, with no DATABASE_URL. */
export const EMBEDDED: ReadonlySet<Database> = new Set(['postgres', 'sqlite']);

/** The server each database's projects are tested against; SQLite has none. */
export const TEST_SERVERS: Record<Database, TestServer | undefined> = {
  postgres,
  sqlite: undefined,
  mysql: mariadb,
};

/** Parses `--databases a,b` (default: every database). */
export function parseDatabases(value: string | undefined): Database[] {
  if (!value) return [...DATABASES];
  const names = value.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(DATABASES as readonly string[]).includes(name))
      throw new Error(`unknown database ${name}; one of ${DATABASES.join(', ')}`);
  }
  return names as Database[];
}
