import type { Database } from '@appgen/spec';
import { mysqlEngine } from '../mysql/index.ts';
import { postgresEngine } from '../postgres/index.ts';
import { sqliteEngine } from '../sqlite/index.ts';
import type { DatabaseEngine } from './engine.ts';

/** The engine implementing each database option. */
export const DATABASE_ENGINES: Record<Database, DatabaseEngine> = {
  postgres: postgresEngine,
  sqlite: sqliteEngine,
  mysql: mysqlEngine,
};

export const databaseEngine = (database: Database): DatabaseEngine => DATABASE_ENGINES[database];
