/**
 * POST → `completed` on the production setup, every part its own process as in the multi-instance test:
 * one `appgen serve` (API only) and two `appgen worker`s on a scratch PostgreSQL database and a private
 * redis-server (files in a shared local folder).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startRedisServer } from '../../packages/server/src/test-support/redis-server.ts';
import { apiKeys, distinctPrompts, generateAndWait } from '../lib/appgen-client.ts';
import { requestJson } from '../lib/http.ts';
import { onCleanup } from '../lib/lifecycle.ts';
import type { Section } from '../lib/section.ts';
import { EMBEDDED_ENV, freePort, startAppgenProcess, waitUntil } from '../lib/servers.ts';
import { p50p95, summarize } from '../lib/stats.ts';

export const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A scratch database on the PostgreSQL server, dropped at cleanup; resolves with its URL. */
export async function scratchDatabase(label: string): Promise<string> {
  const name = `appgen_bench_${label}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`PostgreSQL at ${DATABASE_URL} is not reachable (${(error as Error).message})`);
  }
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  onCleanup(`drop database ${name}`, async () => {
    const client = new pg.Client({ connectionString: DATABASE_URL });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).finally(() => client.end());
  });
  const url = new URL(DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export const productionSection: Section = {
  name: 'production',
  budgetMs: (o) => (o.quick ? 150_000 : 300_000),
  async run(options) {
    const databaseUrl = await scratchDatabase('prod');
    const redis = await startRedisServer();
    onCleanup('redis-server', () => redis.stop());
    const dataDir = mkdtempSync(join(tmpdir(), 'appgen-bench-prod-'));
    onCleanup('the production data folder', () => rmSync(dataDir, { recursive: true, force: true }));
    const keys = apiKeys(4, 'prod');
    const port = await freePort();
    const env = {
      ...EMBEDDED_ENV,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      APPGEN_DATA_DIR: dataDir,
      APPGEN_SIGNING_SECRET: randomBytes(24).toString('hex'),
      APPGEN_API_KEYS: keys.env,
      RATE_LIMIT_GENERATE_PER_MIN: '1000000',
      RATE_LIMIT_READ_PER_MIN: '1000000',
      QUEUE_CONCURRENCY: '2',
    };
    const api = startAppgenProcess('api-prod', 'api', { ...env, PORT: String(port) });
    const workers = [1, 2].map((n) => startAppgenProcess(`worker${n}`, 'worker', env));
    const url = `http://127.0.0.1:${port}`;
    await waitUntil(
      'the API ready, with workers',
      async () => (await requestJson<{ status: string }>('GET', `${url}/api/health`)).body.status === 'ready',
      90_000,
      [api, ...workers],
    );

    const jobs = options.quick ? 30 : 100;
    for (const prompt of distinctPrompts(3, 'prod-warm')) await generateAndWait(url, keys.auth(0), prompt);
    const times: number[] = [];
    for (const prompt of distinctPrompts(jobs, 'prod'))
      times.push((await generateAndWait(url, keys.auth(0), prompt)).ms);
    const e2e = summarize(times);
    return {
      rows: [
        {
          section: 'end to end',
          metric: `POST → completed, PostgreSQL + Redis + 2 workers (${jobs} jobs)`,
          value: p50p95(e2e),
        },
      ],
      notes: [
        `**End to end, production mode** — \`appgen serve\` (API only) and two \`appgen worker\` processes (QUEUE_CONCURRENCY 2 each) on a scratch database of the PostgreSQL server at 127.0.0.1:5432 and a private redis-server (BullMQ queue, pub/sub events, cache), files in a shared local folder; ${jobs} jobs one at a time after 3 warm-up jobs, each POST → \`completed\` SSE event on the API.`,
      ],
      data: { jobs, e2eMs: e2e },
    };
  },
};
