import type { DatabaseEngine } from '../database/engine.ts';
import { postgresConnectFile } from './connect-file.ts';
import { postgresDdl } from './ddl.ts';
import { postgresConfigFile, postgresDialectFile, postgresTestDatabaseFile } from './runtime-files.ts';

/** PostgreSQL: `pg` with a pool when DATABASE_URL is set, PGlite (PostgreSQL in-process) otherwise. */
export const postgresEngine: DatabaseEngine = {
  name: 'postgres',
  label: 'PostgreSQL',
  dependencies: ['@electric-sql/pglite', 'pg'],
  devDependencies: ['@types/pg'],
  ddl: postgresDdl,
  connectFile: postgresConnectFile,
  dialectFile: postgresDialectFile,
  configFile: postgresConfigFile,
  testDatabaseFile: postgresTestDatabaseFile,
  envExample:
    () => `# PostgreSQL connection string. Leave empty to use the embedded database (PGlite) in PGLITE_DATA_DIR.
DATABASE_URL=
PGLITE_DATA_DIR=.data/pglite
# Connections in the PostgreSQL pool.
DB_POOL_SIZE=10
`,
  compose(app) {
    const db = app.spec.app.slug.replace(/-/g, '_');
    return {
      services: `  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: ${db}
    volumes:
      - postgres-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app -d ${db}"]
      interval: 5s
      timeout: 3s
      retries: 10
`,
      serverEnvironment: { DATABASE_URL: `postgres://app:app@postgres:5432/${db}` },
      dependsOn: 'postgres',
      serverVolumes: [],
      volumes: ['postgres-data'],
    };
  },
  readme: {
    storage: `With no configuration the API keeps its data in an embedded PostgreSQL (PGlite) under \`server/.data\`.
To use a PostgreSQL server, set \`DATABASE_URL\` (see \`server/.env.example\`).`,
    tests: 'embedded database, or `DATABASE_URL`',
    adapter: 'pg / PGlite adapter, SQL dialect, migrations runner, SQL repository',
  },
};
