/**
 * An in-process server for API tests: the real parts on a test database (see databases.ts), a temp data
 * folder for blobs (or S3 when `env` names it, see s3-server.ts), silent logs, and spies counting planner
 * and generator calls.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@appgen/codegen';
import type { PlanOptions } from '@appgen/planner';
import type { AppSpec, Stack } from '@appgen/spec';
import { pino } from 'pino';
import type { Db } from '../adapters/db.ts';
import { loadConfig } from '../config.ts';
import { type RunningServer, startServer } from '../server.ts';
import type { ServiceOverrides } from '../services.ts';

export interface Spies {
  plans: number;
  generations: number;
  /** When set, planning waits for it: lets a test hold jobs mid-flight. */
  gate?: Promise<void>;
}

/** PGlite compiles its WebAssembly on first use: seconds on a busy machine. */
export const STARTUP_TIMEOUT_MS = 60_000;

export interface TestServer extends RunningServer {
  /** The server's request listener (the status fast path, then Express), for supertest. */
  app: RunningServer['handle']['handler'];
  spies: Spies;
  dataDir: string;
  /** Counts rows of every table, to prove a rejected request wrote nothing. */
  rowCounts(): Promise<Record<string, number>>;
  dispose(): Promise<void>;
}

export const TEST_API_KEY = 'test-key-0123456789abcdef';
export const OTHER_API_KEY = 'other-key-0123456789abcdef';

export async function startTestServer(
  db: Db,
  env: Record<string, string> = {},
  overrides: Pick<ServiceOverrides, 'followerSweepMs' | 'logger' | 'wrapStorage'> = {},
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'appgen-server-test-'));
  const spies: Spies = { plans: 0, generations: 0 };
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    APPGEN_DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_GENERATE_PER_MIN: '10000',
    RATE_LIMIT_READ_PER_MIN: '100000',
    APPGEN_API_KEYS: `${TEST_API_KEY}=alice,${OTHER_API_KEY}=bob`,
    SHUTDOWN_TIMEOUT_MS: '2000',
    ...env,
  });
  const running = await startServer(config, {
    ...overrides,
    db,
    logger: overrides.logger ?? pino({ level: process.env.APPGEN_TEST_LOG_LEVEL ?? 'silent' }),
    webDist: join(dataDir, 'no-web'),
    // The configured planner (offline unless `env` names an LLM), counted and gateable.
    wrapPlanner: (planner) => ({
      name: planner.name,
      async plan(prompt: string, options?: PlanOptions) {
        spies.plans++;
        if (spies.gate) await spies.gate;
        return planner.plan(prompt, options);
      },
    }),
    generateFiles: (spec: AppSpec, stack: Stack) => {
      spies.generations++;
      return generate(spec, stack);
    },
  });
  return {
    ...running,
    app: running.handle.handler,
    spies,
    dataDir,
    async rowCounts() {
      const counts: Record<string, number> = {};
      for (const table of ['jobs', 'job_events', 'job_files']) {
        const rows = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`);
        counts[table] = rows[0]!.n;
      }
      return counts;
    },
    async dispose() {
      await running.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until the job of `owner` (API key) reaches a terminal status. */
export async function waitForJob(
  server: RunningServer,
  jobId: string,
  timeoutMs = 30_000,
): Promise<{ status: string; cacheHit: boolean }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await server.services.repo.get(jobId);
    if (job && ['completed', 'failed', 'cancelled'].includes(job.status)) return job;
    if (Date.now() > deadline) {
      const leader = job?.sourceJobId ? await server.services.repo.get(job.sourceJobId) : null;
      throw new Error(
        `job ${jobId} still ${job?.status} after ${timeoutMs} ms` +
          (leader
            ? `; its leader ${leader.id} is ${leader.status} (${leader.stage}, attempt ${leader.attempts})`
            : ''),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
