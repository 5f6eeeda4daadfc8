import { sqlString } from '../../emit/literal.ts';
import type { FieldModel } from '../../model.ts';
import type { DdlDialect } from '../database/schema-sql.ts';

/**
 * STRICT tables, so a value of the wrong type is an error as on PostgreSQL. Booleans are 0/1, dates
 * 'YYYY-MM-DD' and date-times ISO 8601 in UTC ('…T…Z'), so text order is time order.
 */
function columnType(field: FieldModel): string {
  switch (field.type) {
    case 'integer':
    case 'boolean':
      return 'INTEGER';
    case 'decimal':
      return 'REAL';
    default:
      return 'TEXT';
  }
}

export const sqliteDdl: DdlDialect = {
  quote: (identifier) => `"${identifier}"`,
  string: sqlString,
  columnType,
  idType: 'INTEGER',
  // AUTOINCREMENT: ids of deleted records are never reused, as with PostgreSQL's identity columns.
  idColumn: 'INTEGER PRIMARY KEY AUTOINCREMENT',
  timestampColumn: `TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`,
  foreignKeys: 'create',
  tableOptions: ' STRICT',
};
