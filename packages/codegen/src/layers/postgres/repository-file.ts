/** The generic SQL repository of a generated project: CRUD for any resource described in resources/. */

export const dbRepositoryFile = `import { HttpError } from '../errors.js';
import type { Resource } from '../resources/resource.js';
import type { Db } from './connect.js';

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

const quote = (identifier: string) => '"' + identifier.replace(/"/g, '""') + '"';
const escapeLike = (text: string) => text.replace(/[\\\\%_]/g, (ch) => '\\\\' + ch);

export function createRepository(db: Db, resource: Resource): Repository {
  const table = quote(resource.table);
  const propertyOf = new Map(Object.entries(resource.columns).map(([property, column]) => [column, property]));

  const toRecord = (row: Row): StoredRecord => {
    const record: Record<string, unknown> = { id: row.id };
    for (const [column, value] of Object.entries(row)) {
      const property = propertyOf.get(column);
      if (property) record[property] = value instanceof Date ? value.toISOString() : value;
    }
    for (const many of resource.manys) record[many.key] = [];
    record.createdAt = (row.created_at as Date).toISOString();
    record.updatedAt = (row.updated_at as Date).toISOString();
    return record as StoredRecord;
  };

  /** Fills each record's many-to-many id lists with one query per relation. */
  const loadManys = async (records: StoredRecord[], executor: Db = db) => {
    if (records.length === 0) return;
    const byId = new Map(records.map((record) => [record.id, record]));
    for (const many of resource.manys) {
      const placeholders = records.map((_, index) => '$' + (index + 1)).join(', ');
      const rows = await executor.query<{ own: number; other: number }>(
        'SELECT ' + quote(many.ownColumn) + ' AS own, ' + quote(many.otherColumn) + ' AS other FROM ' + quote(many.table) +
          ' WHERE ' + quote(many.ownColumn) + ' IN (' + placeholders + ') ORDER BY ' + quote(many.otherColumn),
        records.map((record) => record.id),
      );
      for (const row of rows) (byId.get(row.own)?.[many.key] as number[] | undefined)?.push(row.other);
    }
  };

  const saveManys = async (tx: Db, id: number, input: Record<string, unknown>) => {
    for (const many of resource.manys) {
      const ids = input[many.key];
      if (!Array.isArray(ids)) continue;
      await tx.query('DELETE FROM ' + quote(many.table) + ' WHERE ' + quote(many.ownColumn) + ' = $1', [id]);
      for (const other of new Set(ids as number[])) {
        await tx.query(
          'INSERT INTO ' + quote(many.table) + ' (' + quote(many.ownColumn) + ', ' + quote(many.otherColumn) + ') VALUES ($1, $2)',
          [id, other],
        );
      }
    }
  };

  /** Columns and values of the writable properties present in the input. */
  const assignments = (input: Record<string, unknown>) =>
    Object.entries(resource.columns)
      .filter(([property]) => input[property] !== undefined)
      .map(([property, column]) => [column, input[property]] as const);

  const translate = (error: unknown, deleting = false): never => {
    const code = (error as { code?: string }).code;
    const detail = String((error as { detail?: string }).detail ?? '');
    const column = /Key \\(([a-z0-9_]+)\\)/.exec(detail)?.[1];
    const property = column ? propertyOf.get(column) : undefined;
    if (code === '23505') {
      const fields = property ? { [property]: 'This value is already taken' } : undefined;
      throw new HttpError(409, 'CONFLICT', 'A ' + resource.label.toLowerCase() + ' with this value already exists', fields);
    }
    if (code === '23503' && deleting) {
      throw new HttpError(409, 'CONFLICT', 'This ' + resource.label.toLowerCase() + ' is still referenced by other records; delete or change those first');
    }
    if (code === '23503') {
      const fields = property ? { [property]: 'No ' + (resource.references[property] ?? 'record') + ' with this id' } : undefined;
      throw new HttpError(400, 'VALIDATION_FAILED', 'A referenced record does not exist', fields);
    }
    if (code === '23502' || code === '23514' || code === '22003' || code === '22P02' || code === '22007' || code === '22008') {
      throw new HttpError(400, 'VALIDATION_FAILED', 'The database rejected a value: ' + String((error as Error).message));
    }
    throw error;
  };

  return {
    async list(query) {
      const where: string[] = [];
      const params: unknown[] = [];
      const param = (value: unknown) => {
        params.push(value);
        return '$' + params.length;
      };
      for (const [property, value] of Object.entries(query.filters)) {
        const filter = resource.filters[property];
        if (filter) {
          where.push(quote(filter.column) + ' = ' + param(value));
          continue;
        }
        const many = resource.manys.find((m) => m.filter === property);
        if (many) {
          where.push(
            'EXISTS (SELECT 1 FROM ' + quote(many.table) + ' j WHERE j.' + quote(many.ownColumn) + ' = ' + table + '.id AND j.' +
              quote(many.otherColumn) + ' = ' + param(value) + ')',
          );
        }
      }
      if (query.q && resource.searchable.length > 0) {
        const pattern = param('%' + escapeLike(query.q) + '%');
        where.push('(' + resource.searchable.map((column) => quote(column) + ' ILIKE ' + pattern).join(' OR ') + ')');
      }
      const whereSql = where.length > 0 ? ' WHERE ' + where.join(' AND ') : '';
      const sortColumn = resource.sortable[query.sort] ?? 'id';
      const direction = query.order === 'desc' ? 'DESC' : 'ASC';
      const [{ total }] = (await db.query<{ total: number }>('SELECT count(*) AS total FROM ' + table + whereSql, params)) as [{ total: number }];
      const rows = await db.query<Row>(
        'SELECT * FROM ' + table + whereSql + ' ORDER BY ' + quote(sortColumn) + ' ' + direction + ' NULLS LAST, id ' + direction +
          ' LIMIT ' + param(query.pageSize) + ' OFFSET ' + param((query.page - 1) * query.pageSize),
        params,
      );
      const items = rows.map(toRecord);
      await loadManys(items);
      return { items, total };
    },

    async get(id) {
      const [row] = await db.query<Row>('SELECT * FROM ' + table + ' WHERE id = $1', [id]);
      if (!row) return null;
      const record = toRecord(row);
      await loadManys([record]);
      return record;
    },

    async create(input) {
      try {
        return await db.transaction(async (tx) => {
          const pairs = assignments(input);
          const sql =
            pairs.length === 0
              ? 'INSERT INTO ' + table + ' DEFAULT VALUES RETURNING *'
              : 'INSERT INTO ' + table + ' (' + pairs.map(([column]) => quote(column)).join(', ') + ') VALUES (' +
                pairs.map((_, index) => '$' + (index + 1)).join(', ') + ') RETURNING *';
          const [row] = await tx.query<Row>(sql, pairs.map(([, value]) => value));
          const record = toRecord(row as Row);
          await saveManys(tx, record.id, input);
          await loadManys([record], tx);
          return record;
        });
      } catch (error) {
        return translate(error);
      }
    },

    async update(id, patch) {
      try {
        return await db.transaction(async (tx) => {
          const pairs = assignments(patch);
          const sets = [...pairs.map(([column], index) => quote(column) + ' = $' + (index + 2)), 'updated_at = now()'];
          const [row] = await tx.query<Row>(
            'UPDATE ' + table + ' SET ' + sets.join(', ') + ' WHERE id = $1 RETURNING *',
            [id, ...pairs.map(([, value]) => value)],
          );
          if (!row) return null;
          const record = toRecord(row);
          await saveManys(tx, id, patch);
          await loadManys([record], tx);
          return record;
        });
      } catch (error) {
        return translate(error);
      }
    },

    async remove(id) {
      try {
        const rows = await db.query('DELETE FROM ' + table + ' WHERE id = $1 RETURNING id', [id]);
        return rows.length > 0;
      } catch (error) {
        return translate(error, true);
      }
    },

    async count() {
      const [{ total }] = (await db.query<{ total: number }>('SELECT count(*) AS total FROM ' + table)) as [{ total: number }];
      return total;
    },
  };
}
`;
