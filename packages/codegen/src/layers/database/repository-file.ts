/**
 * The generic SQL repository of a generated project: CRUD for any resource described in resources/.
 * The same file for every engine; the engine's dialect.ts supplies placeholders, quoting, search, null
 * ordering, value encodings and the meaning of its errors.
 */

export const dbRepositoryFile = `import { HttpError } from '../errors.js';
import type { Resource } from '../resources/resource.js';
import { dialect } from './dialect.js';
import type { Db } from './types.js';

export interface ListQuery {
  page: number;
  pageSize: number;
  sort: string;
  order: 'asc' | 'desc';
  q?: string;
  filters: Record<string, string | number | boolean>;
}

type Row = Record<string, unknown>;
export type StoredRecord = Record<string, unknown> & { id: number };

export interface Repository {
  list(query: ListQuery): Promise<{ items: StoredRecord[]; total: number }>;
  get(id: number): Promise<StoredRecord | null>;
  create(input: Record<string, unknown>): Promise<StoredRecord>;
  update(id: number, patch: Record<string, unknown>): Promise<StoredRecord | null>;
  remove(id: number): Promise<boolean>;
  count(): Promise<number>;
}

const { quote } = dialect;
/** A LIKE pattern matching the text anywhere; '!' escapes the wildcards (see dialect.contains). */
const containsPattern = (text: string) => '%' + text.replace(/[!%_]/g, (ch) => '!' + ch) + '%';
const toIso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

/** Collects parameter values and answers the placeholder of each, in order. */
function parameters() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown) {
      values.push(value);
      return dialect.param(values.length);
    },
  };
}

export function createRepository(db: Db, resource: Resource): Repository {
  const table = quote(resource.table);
  const propertyOf = new Map(Object.entries(resource.columns).map(([property, column]) => [column, property]));

  /** A property's value as the driver stores it. */
  const encode = (type: string | undefined, value: unknown) => {
    if (value === null || value === undefined) return null;
    if (type === 'boolean') return dialect.encodeBoolean(value === true);
    if (type === 'datetime') return dialect.encodeDatetime(String(value));
    return value;
  };

  const toRecord = (row: Row): StoredRecord => {
    const record: Record<string, unknown> = { id: row.id };
    for (const [column, value] of Object.entries(row)) {
      const property = propertyOf.get(column);
      if (!property) continue;
      const type = resource.types[property];
      record[property] =
        value === null || value === undefined ? null : type === 'boolean' ? Boolean(value) : type === 'datetime' ? toIso(value) : value;
    }
    for (const many of resource.manys) record[many.key] = [];
    record.createdAt = toIso(row.created_at);
    record.updatedAt = toIso(row.updated_at);
    return record as StoredRecord;
  };

  /** Fills each record's many-to-many id lists with one query per relation. */
  const loadManys = async (records: StoredRecord[], executor: Db = db) => {
    if (records.length === 0) return;
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const many of resource.manys) {
      const params = parameters();
      const placeholders = records.map((record) => params.add(record.id)).join(', ');
      const rows = await executor.query<{ own: number; other: number }>(
        'SELECT ' + quote(many.ownColumn) + ' AS own, ' + quote(many.otherColumn) + ' AS other FROM ' + quote(many.table) +
          ' WHERE ' + quote(many.ownColumn) + ' IN (' + placeholders + ') ORDER BY ' + quote(many.otherColumn),
        params.values,
      );
      for (const row of rows) (byId.get(row.own)?.[many.key] as number[] | undefined)?.push(row.other);
    }
  };

  const saveManys = async (tx: Db, id: number, input: Record<string, unknown>) => {
    for (const many of resource.manys) {
      const ids = input[many.key];
      if (!Array.isArray(ids)) continue;
      await tx.run('DELETE FROM ' + quote(many.table) + ' WHERE ' + quote(many.ownColumn) + ' = ' + dialect.param(1), [id]);
      for (const other of new Set(ids as number[])) {
        await tx.run(
          'INSERT INTO ' + quote(many.table) + ' (' + quote(many.ownColumn) + ', ' + quote(many.otherColumn) + ') VALUES (' +
            dialect.param(1) + ', ' + dialect.param(2) + ')',
          [id, other],
        );
      }
    }
  };

  const read = async (executor: Db, id: number): Promise<StoredRecord | null> => {
    const [row] = await executor.query<Row>('SELECT * FROM ' + table + ' WHERE id = ' + dialect.param(1), [id]);
    if (!row) return null;
    const record = toRecord(row);
    await loadManys([record], executor);
    return record;
  };

  /** Columns and stored values of the writable properties present in the input. */
  const assignments = (input: Record<string, unknown>) =>
    Object.entries(resource.columns)
      .filter(([property]) => input[property] !== undefined)
      .map(([property, column]) => [column, encode(resource.types[property], input[property])] as const);

  const translate = async (error: unknown, values: ReadonlyArray<readonly [string, unknown]> = [], deleting = false): Promise<never> => {
    const failure = dialect.failure(error);
    if (!failure) throw error;
    const label = resource.label.toLowerCase();
    if (failure.kind === 'unique') {
      const property = failure.column ? propertyOf.get(failure.column) : undefined;
      const fields = property ? { [property]: 'This value is already taken' } : undefined;
      throw new HttpError(409, 'CONFLICT', 'A ' + label + ' with this value already exists', fields);
    }
    if (failure.kind === 'foreign-key' && deleting) {
      throw new HttpError(409, 'CONFLICT', 'This ' + label + ' is still referenced by other records; delete or change those first');
    }
    if (failure.kind === 'foreign-key') {
      const column = failure.column ?? (await dialect.missingReference?.(db, resource.table, values));
      const property = column ? propertyOf.get(column) : undefined;
      const fields = property ? { [property]: 'No ' + (resource.references[property] ?? 'record') + ' with this id' } : undefined;
      throw new HttpError(400, 'VALIDATION_FAILED', 'A referenced record does not exist', fields);
    }
    throw new HttpError(400, 'VALIDATION_FAILED', 'The database rejected a value: ' + String((error as Error).message));
  };

  return {
    async list(query) {
      const where: string[] = [];
      const params = parameters();
      for (const [property, value] of Object.entries(query.filters)) {
        const filter = resource.filters[property];
        if (filter) {
          where.push(quote(filter.column) + ' = ' + params.add(encode(filter.type, value)));
          continue;
        }
        const many = resource.manys.find((m) => m.filter === property);
        if (many) {
          where.push(
            'EXISTS (SELECT 1 FROM ' + quote(many.table) + ' j WHERE j.' + quote(many.ownColumn) + ' = ' + table + '.id AND j.' +
              quote(many.otherColumn) + ' = ' + params.add(value) + ')',
          );
        }
      }
      if (query.q && resource.searchable.length > 0) {
        const pattern = containsPattern(query.q);
        where.push('(' + resource.searchable.map((column) => dialect.contains(quote(column), params.add(pattern))).join(' OR ') + ')');
      }
      const whereSql = where.length > 0 ? ' WHERE ' + where.join(' AND ') : '';
      const sortColumn = resource.sortable[query.sort] ?? 'id';
      const direction = query.order === 'desc' ? 'DESC' : 'ASC';
      const [counted] = await db.query<{ total: number }>('SELECT count(*) AS total FROM ' + table + whereSql, [...params.values]);
      const rows = await db.query<Row>(
        'SELECT * FROM ' + table + whereSql + ' ORDER BY ' + dialect.orderBy(quote(sortColumn), direction) + ', id ' + direction +
          ' LIMIT ' + params.add(query.pageSize) + ' OFFSET ' + params.add((query.page - 1) * query.pageSize),
        params.values,
      );
      const items = rows.map(toRecord);
      await loadManys(items);
      return { items, total: Number(counted?.total ?? 0) };
    },

    get: (id) => read(db, id),

    async create(input) {
      const pairs = assignments(input);
      try {
        return await db.transaction(async (tx) => {
          const sql =
            pairs.length === 0
              ? 'INSERT INTO ' + table + ' ' + dialect.defaultValues
              : 'INSERT INTO ' + table + ' (' + pairs.map(([column]) => quote(column)).join(', ') + ') VALUES (' +
                pairs.map((_, index) => dialect.param(index + 1)).join(', ') + ')';
          const id = await tx.insert(sql, pairs.map(([, value]) => value));
          await saveManys(tx, id, input);
          return (await read(tx, id)) as StoredRecord;
        });
      } catch (error) {
        return translate(error, pairs);
      }
    },

    async update(id, patch) {
      const pairs = assignments(patch);
      try {
        return await db.transaction(async (tx) => {
          const params = parameters();
          const sets = [...pairs.map(([column, value]) => quote(column) + ' = ' + params.add(value)), 'updated_at = ' + dialect.now];
          await tx.run('UPDATE ' + table + ' SET ' + sets.join(', ') + ' WHERE id = ' + params.add(id), params.values);
          if (!(await read(tx, id))) return null;
          await saveManys(tx, id, patch);
          return read(tx, id);
        });
      } catch (error) {
        return translate(error, pairs);
      }
    },

    async remove(id) {
      try {
        return (await db.run('DELETE FROM ' + table + ' WHERE id = ' + dialect.param(1), [id])) > 0;
      } catch (error) {
        return translate(error, [], true);
      }
    },

    async count() {
      const [counted] = await db.query<{ total: number }>('SELECT count(*) AS total FROM ' + table);
      return Number(counted?.total ?? 0);
    },
  };
}
`;
