/**
 * Production mode with real processes on 127.0.0.1: 2 API instances + 2 workers + PostgreSQL + Redis +
 * an S3 server, behind nginx running the shipped deploy/nginx.conf. Jobs are submitted and watched over
 * SSE through nginx; a worker is killed with SIGKILL mid-run; Redis (no persistence) is restarted mid-run;
 * the rate limit is checked across both instances. No job may be lost. Runs when APPGEN_TEST_DATABASE_URL
 * is set (CI); fails, never skips, when redis-server or nginx is missing.
 *
 * Figures (jobs submitted / completed / lost, throughput) are printed for the production-mode note.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../src/test-support/databases.ts';
import { freePort, type RedisServer, startRedisServer } from '../src/test-support/redis-server.ts';
import { S3RVER_CREDENTIALS, startS3Server, type TestS3Server } from '../src/test-support/s3-server.ts';
import { readSse } from '../src/test-support/sse-client.ts';
import { type Service, startAppgen, startNginx, waitUntil } from './support/processes.ts';

const PHASE_TIMEOUT_MS = 120_000;
const RATE_LIMIT = 40;
const keys = Array.from({ length: 13 }, (_, i) => `mi-key-${i}-${randomBytes(8).toString('hex')}`);
const auth = (i: number) => ({ Authorization: `Bearer ${keys[i]}` });
/** Its own key: the limit counts per caller. */
const LIMIT_KEY = 12;

interface PhaseReport {
  phase: string;
  submitted: number;
  completed: number;
  failed: number;
  lost: number;
  /** Jobs that ran more than once (taken over from a dead worker, or re-queued after Redis lost them). */
  rerun: number;
  seconds: number;
  jobsPerSecond: number;
}

describe.runIf(TEST_DATABASE_URL)(
  'production mode behind nginx: 2 API instances, 2 workers, PostgreSQL, Redis, S3',
  () => {
    const dbName = `appgen_mi_${randomBytes(4).toString('hex')}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'appgen-mi-'));
    const reports: PhaseReport[] = [];
    let redis: RedisServer;
    let s3: TestS3Server;
    let nginx: ReturnType<typeof startNginx>;
    let apis: Service[] = [];
    let workers: Service[] = [];
    let baseUrl: string;
    let env: Record<string, string>;
    let admin: pg.Client;

    const everyone = () => [...apis, ...workers, nginx].filter(Boolean);
    const startWorker = (name: string) => startAppgen(name, 'worker', env);

    beforeAll(async () => {
      admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      const databaseUrl = new URL(TEST_DATABASE_URL!);
      databaseUrl.pathname = `/${dbName}`;
      [redis, s3] = await Promise.all([startRedisServer(), startS3Server({ checkSignatures: false })]);
      const [api1Port, api2Port, nginxPort] = [await freePort(), await freePort(), await freePort()];
      env = {
        HOST: '127.0.0.1',
        DATABASE_URL: databaseUrl.toString(),
        REDIS_URL: redis.url,
        ...s3.env,
        AWS_ACCESS_KEY_ID: S3RVER_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: S3RVER_CREDENTIALS.secretAccessKey,
        APPGEN_DATA_DIR: dataDir,
        APPGEN_SIGNING_SECRET: randomBytes(24).toString('hex'),
        APPGEN_API_KEYS: keys.join(','),
        RATE_LIMIT_GENERATE_PER_MIN: String(RATE_LIMIT),
        TRUST_PROXY: '1',
        QUEUE_CONCURRENCY: '2',
        QUEUE_LOCK_MS: '3000',
        QUEUE_RECONCILE_MS: '2000',
        SHUTDOWN_TIMEOUT_MS: '5000',
      };
      apis = [
        startAppgen('api1', 'api', { ...env, PORT: String(api1Port) }),
        startAppgen('api2', 'api', { ...env, PORT: String(api2Port) }),
      ];
      workers = [startWorker('worker1'), startWorker('worker2')];
      nginx = startNginx(nginxPort, [api1Port, api2Port]);
      baseUrl = `http://127.0.0.1:${nginxPort}`;
      await waitUntil(
        'both instances ready behind nginx, with workers',
        async () => {
          const bodies = await Promise.all(
            [baseUrl, `http://127.0.0.1:${api1Port}`, `http://127.0.0.1:${api2Port}`].map(
              async (url) => (await (await fetch(`${url}/api/health`)).json()) as { status: string },
            ),
          );
          return bodies.every((body) => body.status === 'ready');
        },
        90_000,
        everyone(),
      );
    }, 150_000);

    afterAll(async () => {
      await Promise.all(everyone().map((service) => service.stop(10_000)));
      nginx?.dispose();
      await s3?.stop();
      await redis?.stop();
      if (admin) {
        await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch(() => {});
        await admin.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (reports.length > 0) console.table(reports);
    }, 60_000);

    /** Submits `count` jobs through nginx, watches each over SSE through nginx, and runs `fault` meanwhile. */
    async function runPhase(
      phase: string,
      count: number,
      firstKey: number,
      fault?: (progress: () => number) => Promise<void>,
    ): Promise<{ report: PhaseReport; jobIds: string[] }> {
      const started = performance.now();
      const posted = await Promise.all(
        Array.from({ length: count }, async (_, i) => {
          const res = await fetch(`${baseUrl}/api/generate`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', ...auth(firstKey + (i % 4)) },
            body: JSON.stringify({
              prompt: `${phase} ${i}: a workshop where members book tools; tools have a name and a daily rate.`,
            }),
          });
          if (res.status !== 202) {
            // Say why, with the services' last words: under load this is the first thing to look at.
            const tails = everyone().map((svc) => `--- ${svc.name}\n${svc.output().slice(-1500)}`);
            throw new Error(`POST ${i} of ${phase}: ${res.status} ${await res.text()}\n${tails.join('\n')}`);
          }
          return { ...((await res.json()) as { jobId: string; eventsUrl: string }), key: firstKey + (i % 4) };
        }),
      );
      let done = 0;
      const streams = Promise.all(
        posted.map(async (job) => {
          const stream = await readSse(
            `${baseUrl}${job.eventsUrl}`,
            auth(job.key),
            Number.POSITIVE_INFINITY,
            PHASE_TIMEOUT_MS,
          );
          done++;
          return stream.events.at(-1)?.event;
        }),
      );
      await fault?.(() => done);
      const endings = await streams;
      const seconds = (performance.now() - started) / 1000;
      const completed = endings.filter((e) => e === 'completed').length;
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      const { rows } = await client
        .query('SELECT count(*)::int AS n FROM jobs WHERE id = ANY($1) AND attempts > 1', [
          posted.map((p) => p.jobId),
        ])
        .finally(() => client.end());
      const failed = endings.filter((e) => e === 'failed').length;
      const report = {
        phase,
        submitted: count,
        completed,
        failed,
        lost: count - completed - failed,
        rerun: rows[0].n as number,
        seconds: Math.round(seconds * 100) / 100,
        jobsPerSecond: Math.round((completed / seconds) * 10) / 10,
      };
      reports.push(report);
      return { report, jobIds: posted.map((p) => p.jobId) };
    }

    /** Jobs in a running stage right now (the scratch database holds only this test's jobs). */
    async function runningJobs(): Promise<number> {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      const { rows } = await client
        .query(`SELECT count(*)::int AS n FROM jobs WHERE status IN ('planning', 'generating', 'storing')`)
        .finally(() => client.end());
      return rows[0].n as number;
    }

    /** Every job completed in the database, with all its files readable from S3 through presigned URLs. */
    async function expectIntact(jobIds: string[], keyIndex: (i: number) => number) {
      const client = new pg.Client({ connectionString: env.DATABASE_URL });
      await client.connect();
      const { rows } = await client
        .query(`SELECT count(*)::int AS n FROM jobs WHERE id = ANY($1) AND status <> 'completed'`, [jobIds])
        .finally(() => client.end());
      expect(rows[0].n).toBe(0);
      const sample = jobIds.filter((_, i) => i % 10 === 0);
      for (const [n, jobId] of sample.entries()) {
        const res = await fetch(`${baseUrl}/api/results/${jobId}`, { headers: auth(keyIndex(n * 10)) });
        expect(res.status).toBe(200);
        const result = (await res.json()) as {
          files: { path: string; url: string; size: number }[];
          metadata: { fileCount: number };
        };
        expect(result.files.length).toBe(result.metadata.fileCount);
        expect(result.files.length).toBeGreaterThan(10);
        const readme = result.files.find((f) => f.path === 'README.md')!;
        const file = await fetch(readme.url);
        expect(file.status).toBe(200);
        expect((await file.arrayBuffer()).byteLength).toBe(readme.size);
      }
    }

    it(
      'runs 50 jobs submitted and watched through nginx, with correct files',
      async () => {
        const { report, jobIds } = await runPhase('steady', 50, 0);
        expect(report).toMatchObject({ submitted: 50, completed: 50, lost: 0 });
        await expectIntact(jobIds, (i) => i % 4);
      },
      PHASE_TIMEOUT_MS,
    );

    it(
      'completes the jobs of a worker killed with SIGKILL mid-run on the other worker',
      async () => {
        const { report, jobIds } = await runPhase('kill-worker', 40, 4, async () => {
          // Each worker runs at most 2 jobs at once: with 3 running, the one killed certainly holds a job.
          await waitUntil('both workers running jobs', async () => (await runningJobs()) >= 3, 30_000);
          await workers[0]!.kill();
        });
        expect(report).toMatchObject({ submitted: 40, completed: 40, lost: 0 });
        // The killed worker was running jobs: they were taken over, not just waited for.
        expect(report.rerun).toBeGreaterThan(0);
        await expectIntact(jobIds, (i) => 4 + (i % 4));
        // Bring the pool back to two workers for the next phase.
        workers[0] = startWorker('worker3');
      },
      PHASE_TIMEOUT_MS,
    );

    it(
      'loses no job when Redis restarts mid-run (and forgets every key)',
      async () => {
        const { report, jobIds } = await runPhase('redis-restart', 40, 8, async (progress) => {
          await waitUntil('a few jobs done', async () => progress() >= 4, 30_000);
          await redis.stop();
          await new Promise((resolve) => setTimeout(resolve, 1_000));
          await redis.start();
        });
        expect(report).toMatchObject({ submitted: 40, completed: 40, lost: 0 });
        await expectIntact(jobIds, (i) => 8 + (i % 4));
      },
      PHASE_TIMEOUT_MS,
    );

    it(
      'holds the rate limit across both instances together',
      async () => {
        const limited = await Promise.all(
          Array.from({ length: RATE_LIMIT + 10 }, async () => {
            const res = await fetch(`${baseUrl}/api/generate`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json', ...auth(LIMIT_KEY) },
              body: JSON.stringify({ prompt: 'A greenhouse: plants have a name.' }),
            });
            return res.status;
          }),
        );
        expect(limited.filter((s) => s === 202)).toHaveLength(RATE_LIMIT);
        expect(limited.filter((s) => s === 429)).toHaveLength(10);
      },
      PHASE_TIMEOUT_MS,
    );
  },
);
