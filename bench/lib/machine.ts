/** What the figures were measured on: CPU, memory, Node, date, commit, and how busy the machine was. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  platform: string;
  date: string;
  commit: string;
  /** 1-minute load average when the bench started and ended (busy when above the core count). */
  loadAverage: { start: number; end?: number };
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      encoding: 'utf8',
    });
    return dirty.trim() ? `${commit} (with uncommitted changes)` : commit;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    date: new Date().toISOString(),
    commit: gitCommit(),
    loadAverage: { start: Math.round(loadavg()[0]! * 100) / 100 },
  };
}

export const currentLoad = () => Math.round(loadavg()[0]! * 100) / 100;

/** Busy and total CPU time of the whole machine so far, from /proc/stat (Linux); null elsewhere. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const fields = line.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0); // idle + iowait
    const total = fields.reduce((sum, n) => sum + n, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * Waits until the machine's CPUs were at most `maxBusy` busy over a whole second, or `maxWaitMs` passed:
 * what one section leaves behind (10 000 sockets closing, child processes exiting) is not measured in the
 * next. Returns how long it waited and how busy the last second was.
 */
export async function settle(
  maxBusy = 0.15,
  maxWaitMs = 30_000,
): Promise<{ waitedMs: number; busy: number }> {
  const started = performance.now();
  let busy = 1;
  while (performance.now() - started < maxWaitMs) {
    const before = cpuTimes();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const after = cpuTimes();
    if (!before || !after) return { waitedMs: 0, busy: 0 };
    busy = (after.busy - before.busy) / Math.max(1, after.total - before.total);
    if (busy <= maxBusy) break;
  }
  return { waitedMs: performance.now() - started, busy };
}
