/**
 * PGlite does not lock its data folder, and two processes writing one folder corrupt it. A pid file
 * beside the folder (PGlite refuses a folder holding anything else) makes a second process stop with a
 * clear message. A lock whose process is gone (kill -9, power loss) is stale and taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `the embedded database in ${dataDir} is in use by process ${pid}; stop that server first, ` +
        'choose another APPGEN_DATA_DIR, or set DATABASE_URL to use PostgreSQL',
    );
    this.name = 'DataDirLockedError';
  }
}

/** Folders locked by this process: the pid check alone cannot tell two opens in one process apart. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock or throws DataDirLockedError. Returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const folder = resolve(dataDir);
  const lockFile = `${folder}.lock`;
  if (heldHere.has(folder)) throw new DataDirLockedError(folder, process.pid);
  mkdirSync(dirname(folder), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      // 'wx' fails when the file exists, so two processes starting together cannot both win.
      writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      heldHere.add(folder);
      const release = () => {
        if (!heldHere.delete(folder)) return;
        rmSync(lockFile, { force: true });
        process.off('exit', release);
      };
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
      throw new DataDirLockedError(folder, holder);
    }
    rmSync(lockFile, { force: true });
  }
  throw new Error(`could not take the lock ${lockFile}`);
}
