/**
 * A database handle that waits a random 0–`maxMs` before every statement (inside transactions too), so
 * tests and stress scripts explore the interleavings a loaded server would produce.
 */
import type { Db } from '../adapters/db.ts';

const pause = (maxMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.floor(Math.random() * (maxMs + 1))));

export function jitterDb(db: Db, maxMs: number): Db {
  return {
    kind: db.kind,
    async query<T>(sql: string, params?: readonly unknown[]) {
      await pause(maxMs);
      return db.query<T>(sql, params);
    },
    async exec(sql: string) {
      await pause(maxMs);
      return db.exec(sql);
    },
    async transaction<T>(work: (tx: Db) => Promise<T>) {
      await pause(maxMs);
      return db.transaction((tx) => work(jitterDb(tx, maxMs)));
    },
    close: () => db.close(),
  };
}
