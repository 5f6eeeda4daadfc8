/**
 * The initial SQL migration of any engine: tables, constraints, foreign keys and their indexes. Engines
 * differ only in what a `DdlDialect` says: column types, the id column, literals and where foreign keys go.
 */
import { commentText } from '../../emit/literal.ts';
import type { AppModel, EntityModel, FieldModel } from '../../model.ts';
import { OWNER_COLUMN, usersModel } from './users-table.ts';

export interface DdlDialect {
  quote(identifier: string): string;
  /** A string literal. */
  string(value: string): string;
  /** The column type of a field. */
  columnType(field: FieldModel): string;
  /** The type of id and foreign key columns. */
  idType: string;
  /** The primary key column definition, without the name. */
  idColumn: string;
  /** Definition of created_at / updated_at, without the name. */
  timestampColumn: string;
  /**
   * 'alter': foreign keys are added after every table exists (so tables may reference each other in any
   * order); 'create': inside CREATE TABLE (SQLite cannot add them later, and checks them only on writes).
   */
  foreignKeys: 'alter' | 'create';
  /** Written after the closing parenthesis of CREATE TABLE, e.g. ' STRICT'. */
  tableOptions: string;
}

/** PostgreSQL truncates identifiers past 63 bytes (MySQL past 64); keep constraint names short and distinct. */
export function constraintName(...parts: string[]): string {
  const name = parts.join('_');
  if (name.length <= 60) return name;
  let hash = 0;
  for (const ch of name) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return `${name.slice(0, 51)}_${hash.toString(36).padStart(8, '0').slice(0, 8)}`;
}

function defaultSql(field: FieldModel, ddl: DdlDialect): string {
  const value = field.default;
  if (value === null) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return ` DEFAULT ${String(value)}`;
  return ` DEFAULT ${ddl.string(value)}`;
}

function columnSql(field: FieldModel, ddl: DdlDialect): string {
  const notNull = field.required || field.type === 'boolean' ? ' NOT NULL' : '';
  const unique = field.unique ? ' UNIQUE' : '';
  return `  ${ddl.quote(field.column)} ${ddl.columnType(field)}${notNull}${unique}${defaultSql(field, ddl)}`;
}

function checks(model: EntityModel, ddl: DdlDialect): string[] {
  const q = ddl.quote;
  const out: string[] = [];
  for (const field of model.fields) {
    const column = q(field.column);
    if (field.type === 'enum') {
      out.push(
        `  CONSTRAINT ${q(constraintName(model.table, field.column, 'check'))} CHECK (${column} IN (${field.enumValues.map(ddl.string).join(', ')}))`,
      );
    }
    if (field.min !== null) out.push(`  CHECK (${column} >= ${field.min})`);
    if (field.max !== null) out.push(`  CHECK (${column} <= ${field.max})`);
  }
  for (const set of model.uniqueTogether) {
    const columns = set.map((property) => {
      const ref = model.references.find((r) => r.key === property);
      return ref ? ref.column : (model.fields.find((f) => f.name === property)?.column ?? property);
    });
    out.push(
      `  CONSTRAINT ${q(constraintName(model.table, ...columns, 'key'))} UNIQUE (${columns.map(q).join(', ')})`,
    );
  }
  return out;
}

const ON_DELETE = { cascade: 'CASCADE', restrict: 'RESTRICT', 'set-null': 'SET NULL' } as const;

function foreignKey(
  model: EntityModel,
  ref: EntityModel['references'][number],
  ddl: DdlDialect,
  separator = ' ',
): string {
  const q = ddl.quote;
  return `CONSTRAINT ${q(constraintName(model.table, ref.column, 'fkey'))}${separator}FOREIGN KEY (${q(ref.column)}) REFERENCES ${q(ref.target.table)} (${q('id')}) ON DELETE ${ON_DELETE[ref.relation.onDelete]}`;
}

/** The owner's foreign key of every entity table at advanced: records go when their user goes. */
function ownerKey(model: EntityModel, usersTable: string, ddl: DdlDialect, separator = ' '): string {
  const q = ddl.quote;
  return `CONSTRAINT ${q(constraintName(model.table, OWNER_COLUMN, 'fkey'))}${separator}FOREIGN KEY (${q(OWNER_COLUMN)}) REFERENCES ${q(usersTable)} (${q('id')}) ON DELETE CASCADE`;
}

function createTable(model: EntityModel, ddl: DdlDialect, usersTable?: string): string {
  const q = ddl.quote;
  const lines = [
    `  ${q('id')} ${ddl.idColumn}`,
    ...model.fields.map((field) => columnSql(field, ddl)),
    ...model.references.map(
      (ref) =>
        `  ${q(ref.column)} ${ddl.idType}${ref.relation.required ? ' NOT NULL' : ''}${ref.unique ? ' UNIQUE' : ''}`,
    ),
    ...(usersTable ? [`  ${q(OWNER_COLUMN)} ${ddl.idType} NOT NULL`] : []),
    `  ${q('created_at')} ${ddl.timestampColumn}`,
    `  ${q('updated_at')} ${ddl.timestampColumn}`,
    ...checks(model, ddl),
    ...(ddl.foreignKeys === 'create'
      ? model.references.map((ref) => `  ${foreignKey(model, ref, ddl)}`)
      : []),
    ...(ddl.foreignKeys === 'create' && usersTable ? [`  ${ownerKey(model, usersTable, ddl)}`] : []),
  ];
  return `-- ${commentText(model.label)}\nCREATE TABLE ${q(model.table)} (\n${lines.join(',\n')}\n)${ddl.tableOptions};`;
}

function joinTable({ table, many, owner }: AppModel['joinTables'][number], ddl: DdlDialect): string {
  const q = ddl.quote;
  const reference = (column: string, target: EntityModel) =>
    `  CONSTRAINT ${q(constraintName(table, column, 'fkey'))} FOREIGN KEY (${q(column)}) REFERENCES ${q(target.table)} (${q('id')}) ON DELETE CASCADE`;
  return [
    `-- ${commentText(owner.label)} ↔ ${commentText(many.target.label)}`,
    `CREATE TABLE ${q(table)} (`,
    `  ${q(many.ownColumn)} ${ddl.idType} NOT NULL,`,
    `  ${q(many.otherColumn)} ${ddl.idType} NOT NULL,`,
    `  PRIMARY KEY (${q(many.ownColumn)}, ${q(many.otherColumn)}),`,
    `${reference(many.ownColumn, owner)},`,
    reference(many.otherColumn, many.target),
    `)${ddl.tableOptions};`,
    `CREATE INDEX ${q(constraintName(table, many.otherColumn, 'idx'))} ON ${q(table)} (${q(many.otherColumn)});`,
  ].join('\n');
}

/** Index of a foreign key column (a unique one has its index already), and the key itself when added later. */
function referenceStatements(model: EntityModel, ddl: DdlDialect): string[] {
  const q = ddl.quote;
  return model.references.map((ref) =>
    [
      ref.unique
        ? ''
        : `CREATE INDEX ${q(constraintName(model.table, ref.column, 'idx'))} ON ${q(model.table)} (${q(ref.column)});`,
      ddl.foreignKeys === 'alter'
        ? `ALTER TABLE ${q(model.table)} ADD ${foreignKey(model, ref, ddl, '\n  ')};`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
}

/** The owner column's index, and its foreign key when keys are added after the tables. */
function ownerStatements(model: EntityModel, usersTable: string, ddl: DdlDialect): string {
  const q = ddl.quote;
  return [
    `CREATE INDEX ${q(constraintName(model.table, OWNER_COLUMN, 'idx'))} ON ${q(model.table)} (${q(OWNER_COLUMN)});`,
    ddl.foreignKeys === 'alter'
      ? `ALTER TABLE ${q(model.table)} ADD ${ownerKey(model, usersTable, ddl, '\n  ')};`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

export function initialMigration(app: AppModel, ddl: DdlDialect): string {
  const usersTable = app.level.auth ? app.usersTable : undefined;
  const statements: string[] = [
    `-- Initial schema of ${commentText(app.spec.app.name)}, generated by appgen.`,
    ...(usersTable ? [createTable(usersModel(usersTable), ddl)] : []),
    ...app.ordered.map((model) => createTable(model, ddl, usersTable)),
    ...app.joinTables.map((join) => joinTable(join, ddl)),
    // Foreign keys after every table, so tables may reference each other in any order (and themselves).
    ...app.ordered.flatMap((model) => referenceStatements(model, ddl)).filter(Boolean),
    ...(usersTable ? app.ordered.map((model) => ownerStatements(model, usersTable, ddl)) : []),
  ];
  return `${statements.join('\n\n')}\n`;
}
