/** The database adapter of a generated project on SQLite: better-sqlite3 on a file, or in memory. */

export const sqliteConnectFile = `import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Db } from './types.js';

export interface ConnectOptions {
  /** The database file; ':memory:' (the default) keeps the data in memory until close. */
  file?: string;
}

export async function connect(options: ConnectOptions = {}): Promise<Db> {
  const file = options.file ?? ':memory:';
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new Database(file);
  if (file !== ':memory:') sqlite.pragma('journal_mode = WAL');
  // Another process (say 'npm run seed' beside the dev server) waits for a write lock instead of failing.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // SQLite's lower() and LIKE fold ASCII letters only; search folds every letter, as PostgreSQL's ILIKE does.
  sqlite.function('unicode_lower', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );

  const direct: Omit<Db, 'transaction' | 'close'> = {
    async query<T>(text: string, params: unknown[] = []) {
      const statement = sqlite.prepare(text);
      if (!statement.reader) {
        statement.run(...params);
        return [];
      }
      return statement.all(...params) as T[];
    },
    async insert(text: string, params: unknown[] = []) {
      return Number(sqlite.prepare(text).run(...params).lastInsertRowid);
    },
    async run(text: string, params: unknown[] = []) {
      return sqlite.prepare(text).run(...params).changes;
    },
    async exec(sql: string) {
      sqlite.exec(sql);
    },
  };

  // One connection serves every request, so a transaction's statements must not interleave with other
  // requests' statements: everything takes turns, and a transaction holds its turn until it ends.
  let turn: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const result = turn.then(work);
    turn = result.catch(() => undefined);
    return result;
  };

  return {
    query: (text, params) => inTurn(() => direct.query(text, params)),
    insert: (text, params) => inTurn(() => direct.insert(text, params)),
    run: (text, params) => inTurn(() => direct.run(text, params)),
    exec: (sql) => inTurn(() => direct.exec(sql)),
    transaction(work) {
      return inTurn(async () => {
        sqlite.exec('BEGIN IMMEDIATE');
        const tx: Db = { ...direct, transaction: (inner) => inner(tx), close: async () => {} };
        try {
          const result = await work(tx);
          sqlite.exec('COMMIT');
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
          throw error;
        }
      });
    },
    async close() {
      await turn;
      sqlite.close();
    },
  };
}
`;
