/**
 * What a database engine contributes to a generated project. The files under server/src/db that every
 * engine shares (repository, migrations runner, index) are written once in runtime-files.ts; an engine
 * supplies only what differs: its DDL dialect, connection, runtime SQL dialect, configuration and the
 * way tests get a database of their own. Other layers read the rest (packages, env, compose, README).
 */
import type { Database } from '@appgen/spec';
import type { AppModel } from '../../model.ts';
import type { DependencyName } from '../../versions.ts';
import type { DdlDialect } from './schema-sql.ts';

/** The database's part of docker-compose.yml. */
export interface ComposeParts {
  /** A YAML block of services (indented two spaces), or '' when the server keeps its data itself. */
  services: string;
  /** Environment of the server container. */
  serverEnvironment: Record<string, string>;
  /** The service the server waits for until it is healthy. */
  dependsOn?: string;
  serverVolumes: string[];
  volumes: string[];
}

export interface DatabaseEngine {
  name: Database;
  /** Human name, e.g. "PostgreSQL". */
  label: string;
  dependencies: DependencyName[];
  devDependencies: DependencyName[];
  ddl: DdlDialect;
  /** server/src/db/connect.ts: `connect(options)` and `ConnectOptions`. */
  connectFile: string;
  /** server/src/db/dialect.ts: the runtime `Dialect` (see runtime-files.ts). */
  dialectFile: string;
  /** server/src/db/config.ts: `databaseEnv`, `connectOptions(config)`, `describeDatabase(config)`. */
  configFile: string;
  /** server/test/database.ts: `openTestDatabase(name)` giving a test file a database of its own. */
  testDatabaseFile: string;
  /** Lines of server/.env.example about the database. */
  envExample(app: AppModel): string;
  compose(app: AppModel): ComposeParts;
  readme: {
    /** Paragraph under "Run it": where data lives and how to point the app at a server. */
    storage: string;
    /** What `npm test` runs the API tests on. */
    tests: string;
    /** The server/src/db/ line of the layout. */
    adapter: string;
  };
}
