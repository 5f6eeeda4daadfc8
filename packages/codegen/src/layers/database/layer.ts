import type { Layer } from '../../layer.ts';
import type { DatabaseEngine } from './engine.ts';
import { dbRepositoryFile } from './repository-file.ts';
import { dbIndexFile, dbMigrateFile, dbTypesFile } from './runtime-files.ts';
import { initialMigration } from './schema-sql.ts';

/** The database layer of an engine: its migration and db module, behind the interface in db/types.ts. */
export function databaseLayer(engine: DatabaseEngine): Layer {
  return {
    name: engine.name,
    *files(app) {
      yield ['server/migrations/001_initial.sql', initialMigration(app, engine.ddl)];
      yield ['server/src/db/types.ts', dbTypesFile];
      yield ['server/src/db/connect.ts', engine.connectFile];
      yield ['server/src/db/dialect.ts', engine.dialectFile];
      yield ['server/src/db/config.ts', engine.configFile];
      yield ['server/src/db/migrate.ts', dbMigrateFile];
      yield ['server/src/db/repository.ts', dbRepositoryFile];
      yield ['server/src/db/index.ts', dbIndexFile];
      yield ['server/test/database.ts', engine.testDatabaseFile];
    },
  };
}
