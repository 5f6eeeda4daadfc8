import type { AppModel } from '../../model.ts';
import type { DatabaseEngine } from '../database/engine.ts';
import { mysqlConnectFile } from './connect-file.ts';
import { mysqlDdl } from './ddl.ts';
import { mysqlConfigFile, mysqlDialectFile, mysqlTestDatabaseFile } from './runtime-files.ts';

const composeDatabase = (app: AppModel) => app.spec.app.slug.replace(/-/g, '_');

/** MySQL or MariaDB through mysql2. There is no embedded engine: the app and its tests need DATABASE_URL. */
export const mysqlEngine: DatabaseEngine = {
  name: 'mysql',
  label: 'MySQL/MariaDB',
  dependencies: ['mysql2'],
  devDependencies: [],
  ddl: mysqlDdl,
  connectFile: mysqlConnectFile,
  dialectFile: mysqlDialectFile,
  configFile: mysqlConfigFile,
  testDatabaseFile: mysqlTestDatabaseFile,
  envExample: (
    app,
  ) => `# MySQL or MariaDB connection string (required; \`docker compose up -d mariadb\` starts this one).
DATABASE_URL=mysql://app:app@127.0.0.1:3306/${composeDatabase(app)}
# Connections in the pool.
DB_POOL_SIZE=10
`,
  compose(app) {
    const db = composeDatabase(app);
    return {
      services: `  mariadb:
    image: mariadb:11
    environment:
      MARIADB_USER: app
      MARIADB_PASSWORD: app
      MARIADB_DATABASE: ${db}
      MARIADB_ROOT_PASSWORD: root
    volumes:
      - mariadb-data:/var/lib/mysql
    ports:
      - "3306:3306"
    healthcheck:
      test: ["CMD", "healthcheck.sh", "--connect", "--innodb_initialized"]
      interval: 5s
      timeout: 3s
      retries: 20
`,
      serverEnvironment: { DATABASE_URL: `mysql://app:app@mariadb:3306/${db}` },
      dependsOn: 'mariadb',
      serverVolumes: [],
      volumes: ['mariadb-data'],
    };
  },
  readme: {
    storage: `The API keeps its data in MySQL or MariaDB: set \`DATABASE_URL\` (see \`server/.env.example\`);
\`docker compose up -d mariadb\` starts a server on port 3306.`,
    tests: '`DATABASE_URL`: each test file creates and drops a database of its own beside it',
    adapter: 'mysql2 adapter, SQL dialect, migrations runner, SQL repository',
  },
};
