import type { DatabaseEngine } from '../database/engine.ts';
import { sqliteConnectFile } from './connect-file.ts';
import { sqliteDdl } from './ddl.ts';
import { sqliteConfigFile, sqliteDialectFile, sqliteTestDatabaseFile } from './runtime-files.ts';

/** SQLite through better-sqlite3: one file, no server; tests use a database in memory. */
export const sqliteEngine: DatabaseEngine = {
  name: 'sqlite',
  label: 'SQLite',
  dependencies: ['better-sqlite3'],
  devDependencies: ['@types/better-sqlite3'],
  ddl: sqliteDdl,
  connectFile: sqliteConnectFile,
  dialectFile: sqliteDialectFile,
  configFile: sqliteConfigFile,
  testDatabaseFile: sqliteTestDatabaseFile,
  envExample: () => `# The SQLite database file (created with its folder on first start).
SQLITE_FILE=.data/app.sqlite
`,
  compose: () => ({
    services: '',
    serverEnvironment: { SQLITE_FILE: '/app/.data/app.sqlite' },
    serverVolumes: ['sqlite-data:/app/.data'],
    volumes: ['sqlite-data'],
  }),
  readme: {
    storage: `The API keeps its data in a SQLite file, \`server/.data/app.sqlite\`; set \`SQLITE_FILE\` to put it
elsewhere (see \`server/.env.example\`).`,
    tests: 'a SQLite database in memory per test file',
    adapter: 'better-sqlite3 adapter, SQL dialect, migrations runner, SQL repository',
  },
};
