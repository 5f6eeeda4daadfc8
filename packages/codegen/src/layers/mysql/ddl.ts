import { mysqlString } from '../../emit/literal.ts';
import type { FieldModel } from '../../model.ts';
import type { DdlDialect } from '../database/schema-sql.ts';

/** A row holds at most 65,535 bytes (4 per utf8mb4 character): longer strings are TEXT, stored apart. */
const MAX_VARCHAR = 255;

function columnType(field: FieldModel): string {
  switch (field.type) {
    case 'string':
    case 'email':
    case 'url':
    case 'phone': {
      const length = field.maxLength ?? 255;
      return length <= MAX_VARCHAR ? `varchar(${length})` : 'text';
    }
    case 'enum':
      return `varchar(${Math.max(1, ...field.enumValues.map((value) => value.length))})`;
    case 'text':
      return 'mediumtext';
    case 'integer':
      return 'int';
    case 'decimal':
      return 'decimal(16, 4)';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      // In UTC: the connection's time zone is +00:00 (see db/connect.ts).
      return 'datetime(3)';
  }
}

export const mysqlDdl: DdlDialect = {
  quote: (identifier) => `\`${identifier}\``,
  string: mysqlString,
  columnType,
  idType: 'int',
  idColumn: 'int AUTO_INCREMENT PRIMARY KEY',
  timestampColumn: 'datetime(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)',
  foreignKeys: 'alter',
  // Binary collation: unique values and sorting are case-sensitive as on PostgreSQL; search folds case itself.
  tableOptions: ' ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin',
};
