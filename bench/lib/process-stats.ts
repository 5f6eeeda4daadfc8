/**
 * A process's CPU time and memory as the kernel counts them (/proc/<pid>/stat and status), read from
 * outside: the server under load reports nothing about itself. Linux only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;
function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

export interface ProcessSample {
  /** user + system CPU seconds since the process started */
  cpuSeconds: number;
  rssBytes: number;
  /** the highest RSS so far (VmHWM) */
  peakRssBytes: number;
  at: number;
}

export function sampleProcess(pid: number): ProcessSample {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return {
    cpuSeconds: (utime + stime) / clockTicks(),
    rssBytes: kib('VmRSS'),
    peakRssBytes: kib('VmHWM'),
    at: performance.now(),
  };
}

/** CPU used between two samples, as a share of one core (1 = one core busy all the time). */
export const coresUsed = (from: ProcessSample, to: ProcessSample) =>
  (to.cpuSeconds - from.cpuSeconds) / ((to.at - from.at) / 1000);
