/**
 * Everything the bench starts is stopped: each phase registers how to undo what it started, and the
 * registrations run at the end of the phase, on failure, and on Ctrl-C/SIGTERM (then the bench exits 130).
 */
type Cleanup = () => Promise<unknown> | unknown;

const cleanups: Array<{ what: string; run: Cleanup }> = [];

/** Registers `run`; returns a function that runs it now (once) and forgets it. */
export function onCleanup(what: string, run: Cleanup): () => Promise<void> {
  const entry = { what, run };
  cleanups.push(entry);
  return async () => {
    const index = cleanups.indexOf(entry);
    if (index === -1) return;
    cleanups.splice(index, 1);
    await runOne(entry);
  };
}

async function runOne(entry: { what: string; run: Cleanup }): Promise<void> {
  try {
    await withTimeout(Promise.resolve(entry.run()), 30_000, `cleanup: ${entry.what}`);
  } catch (error) {
    console.error(`cleanup failed (${entry.what}): ${(error as Error).message}`);
  }
}

/** Runs every registered cleanup, newest first. */
export async function cleanupAll(): Promise<void> {
  while (cleanups.length > 0) await runOne(cleanups.pop()!);
}

let interrupted = false;
/** True once Ctrl-C/SIGTERM arrived: the bench starts nothing more. */
export const isInterrupted = () => interrupted;

export function stopOnSignals(): void {
  const stop = (signal: NodeJS.Signals) => {
    if (interrupted) process.exit(130);
    interrupted = true;
    console.error(`\n${signal}: stopping everything the bench started …`);
    void cleanupAll().finally(() => process.exit(130));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

export class TimeoutError extends Error {}

/** Rejects with a TimeoutError naming `what` when `promise` has not settled within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new TimeoutError(`${what}: not done within ${ms} ms`)), ms);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
