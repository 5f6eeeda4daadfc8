/**
 * The processes the bench measures, each in its own process: the API on embedded defaults
 * (bench/support/bench-server.ts), and — through the multi-instance test's helpers — `appgen serve` and
 * `appgen worker` on PostgreSQL + Redis. Each is registered for cleanup the moment it starts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../packages/server/src/test-support/redis-server.ts';
import {
  REPO_ROOT,
  type Service,
  startAppgen,
  track,
  waitUntil,
} from '../../packages/server/test/support/processes.ts';
import { type CpuProfile, type ProfileSummary, summarizeProfile } from './cpu-profile.ts';
import { onCleanup } from './lifecycle.ts';

const BENCH_SERVER = join(REPO_ROOT, 'bench', 'support', 'bench-server.ts');

/** Embedded defaults whatever the caller's environment says: PGlite, local files, in-process queue. */
export const EMBEDDED_ENV: Record<string, string> = {
  HOST: '127.0.0.1',
  DATABASE_URL: '',
  REDIS_URL: '',
  S3_BUCKET: '',
  OPENAI_API_KEY: '',
  OPENAI_BASE_URL: '',
  APPGEN_PLANNER: 'offline',
  // Request logs would cost the server time and the bench memory (the helpers keep output in memory).
  LOG_LEVEL: 'warn',
};

export interface MemoryReport {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  streams: number;
}

export interface BenchServer {
  url: string;
  pid: number;
  service: Service;
  /** Full GC in the server, then its memory as it reports it. */
  memory(): Promise<MemoryReport>;
  /** The server's CPU profile while `work` runs. */
  profile(work: () => Promise<unknown>): Promise<ProfileSummary>;
  stop(): Promise<void>;
}

/** Runs `argv` with the file-descriptor limit raised to the hard limit (10 000 sockets need it). */
function spawnWithFdLimit(argv: string[], env: Record<string, string>) {
  return spawn('/bin/sh', ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"', 'sh', ...argv], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Waits for the `index`-th output line starting with `marker` and returns the rest of it. */
async function nthLine(service: Service, marker: string, index: number): Promise<string> {
  let found: string | undefined;
  await waitUntil(
    `${service.name}: ${marker}`,
    async () => {
      const lines = service.output().match(new RegExp(`^${marker}.*$`, 'gm')) ?? [];
      found = lines[index]?.slice(marker.length).trim();
      return found !== undefined;
    },
    60_000,
    [service],
  );
  return found!;
}

/** An API process on embedded defaults with its own data folder. */
export async function startBenchServer(name: string, env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), `appgen-bench-${name}-`));
  const argv = [process.execPath, '--expose-gc', '--import', 'tsx', BENCH_SERVER];
  const service = track(
    name,
    spawnWithFdLimit(argv, {
      ...EMBEDDED_ENV,
      ...env,
      PORT: String(port),
      APPGEN_DATA_DIR: dataDir,
      BENCH_PROFILE_DIR: dataDir,
    }),
  );
  const stop = onCleanup(`${name} (pid ${service.child.pid})`, async () => {
    await service.stop(15_000);
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(`${name} ready`, async () => service.output().includes('BENCH_READY'), 60_000, [service]);
  } catch (error) {
    await stop();
    throw error;
  }
  let reports = 0;
  let profiles = 0;
  return {
    url,
    pid: service.child.pid!,
    service,
    async memory() {
      const seen = reports++;
      service.child.kill('SIGUSR2');
      return JSON.parse(await nthLine(service, 'BENCH_MEMORY ', seen)) as MemoryReport;
    },
    async profile(work) {
      const seen = profiles++;
      service.child.kill('SIGHUP');
      await nthLine(service, 'BENCH_PROFILING', seen);
      try {
        await work();
      } finally {
        service.child.kill('SIGHUP');
      }
      const file = await nthLine(service, 'BENCH_PROFILE ', seen);
      const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
      rmSync(file, { force: true });
      return summary;
    },
    stop,
  };
}

/** `appgen serve` or `appgen worker` (the real entry point), stopped at cleanup. */
export function startAppgenProcess(
  name: string,
  role: 'api' | 'worker',
  env: Record<string, string>,
): Service {
  const service = startAppgen(name, role, env);
  onCleanup(`${name} (pid ${service.child.pid})`, () => service.stop(15_000));
  return service;
}

export { freePort, waitUntil };
