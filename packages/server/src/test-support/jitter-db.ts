/**
 * A database handle that waits a random 0–`maxMs` before every statement (inside transactions too), so
 * tests and stress scripts explore the interleavings a loaded server would produce.
 */
import type { Db } from '../adapters/db.ts';

const pause = (maxMs: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.floor(Math.random() * (maxMs + 1))));

export interface Faults {
  /** Share (0–1) of matching statements that throw instead of running, like a dropped connection. */
  rate: number;
  /** Only statements whose SQL matches. */
  match: RegExp;
}

export function jitterDb(db: Db, maxMs: number, faults?: Faults): Db {
  return {
    kind: db.kind,
    async query<T>(sql: string, params?: readonly unknown[]) {
      await pause(maxMs);
      if (faults?.match.test(sql) && Math.random() < faults.rate) {
        throw new Error('injected fault: connection lost');
      }
      return db.query<T>(sql, params);
    },
    async exec(sql: string) {
      await pause(maxMs);
      return db.exec(sql);
    },
    async transaction<T>(work: (tx: Db) => Promise<T>) {
      await pause(maxMs);
      return db.transaction((tx) => work(jitterDb(tx, maxMs, faults)));
    },
    close: () => db.close(),
  };
}
