import type { Layer } from '../../layer.ts';
import { dbConnectFile, dbIndexFile, dbMigrateFile } from './db-files.ts';
import { initialMigration } from './migration.ts';
import { dbRepositoryFile } from './repository-file.ts';

/** PostgreSQL: migrations, the pg/PGlite adapter and the SQL repository behind the backend. */
export const postgresLayer: Layer = {
  name: 'postgres',
  *files(app) {
    yield ['server/migrations/001_initial.sql', initialMigration(app)];
    yield ['server/src/db/connect.ts', dbConnectFile];
    yield ['server/src/db/migrate.ts', dbMigrateFile];
    yield ['server/src/db/repository.ts', dbRepositoryFile];
    yield ['server/src/db/index.ts', dbIndexFile];
  },
};
