/**
 * Measures the generation service end to end over HTTP, in this process:
 *  - POST /api/generate → `completed` event on SSE, for N distinct prompts one after another (p50/p95)
 *  - a cache hit: POST of an identical prompt → 202 already completed (p50/p95)
 *  - RSS at rest after start, and after the run (after GC)
 * Embedded defaults (PGlite in a temp folder) unless DATABASE_URL is set.
 *   npx tsx bench/server-latency.ts [N=50]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench npx tsx --expose-gc bench/server-latency.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@appgen/server';

const N = Number(process.argv[2] ?? 50);
const KEY = 'bench-key-0123456789abcdef';
const headers = { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' };
const DOMAINS = ['library', 'gym', 'bakery', 'clinic', 'school', 'garage', 'hotel', 'zoo', 'farm', 'cinema'];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const summary = (values: number[]) =>
  `p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
function rssAfterGc(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss;
}

/** Reads the SSE stream until the terminal event. */
async function untilFinished(url: string): Promise<string> {
  const response = await fetch(url, { headers });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let text = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended without a terminal event:\n${text}`);
    text += value;
    const terminal = /event: (completed|failed|cancelled)\n/.exec(text);
    if (terminal) {
      await reader.cancel();
      return terminal[1]!;
    }
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'appgen-bench-'));
const config = loadConfig({
  PORT: '0',
  HOST: '127.0.0.1',
  APPGEN_DATA_DIR: dataDir,
  DATABASE_URL: process.env.DATABASE_URL ?? '',
  LOG_LEVEL: 'warn',
  APPGEN_API_KEYS: `${KEY}=bench`,
  RATE_LIMIT_GENERATE_PER_MIN: '100000',
  RATE_LIMIT_READ_PER_MIN: '1000000',
});
const started = performance.now();
const server = await startServer(config);
console.log(`database ${server.services.db.kind}; started in ${(performance.now() - started).toFixed(0)} ms`);
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`RSS at rest after start: ${mb(rssAfterGc())}`);

const run = Date.now().toString(36);
const prompts = Array.from(
  { length: N },
  (_, i) => `A ${DOMAINS[i % DOMAINS.length]} app (${run}-${i}): members, bookings, payments and staff.`,
);
const post = (prompt: string) =>
  fetch(`${server.url}/api/generate`, { method: 'POST', headers, body: JSON.stringify({ prompt }) });

// One warm-up job, not counted: the first plan and generate load code.
await untilFinished(
  `${server.url}${((await (await post(`warm-up ${run}`)).json()) as { eventsUrl: string }).eventsUrl}`,
);

const fresh: number[] = [];
const stages: Record<string, number[]> = {};
for (const prompt of prompts) {
  const t0 = performance.now();
  const body = (await (await post(prompt)).json()) as { jobId: string; eventsUrl: string };
  const outcome = await untilFinished(`${server.url}${body.eventsUrl}`);
  if (outcome !== 'completed') throw new Error(`job ${outcome}`);
  fresh.push(performance.now() - t0);
  const result = (await (await fetch(`${server.url}/api/results/${body.jobId}`, { headers })).json()) as {
    metadata: { timingsMs: Record<string, number> };
  };
  for (const [stage, ms] of Object.entries(result.metadata.timingsMs)) {
    stages[stage] ??= [];
    stages[stage].push(ms);
  }
}
console.log(`POST → completed (${N} jobs, one at a time): ${summary(fresh)}`);
for (const [stage, values] of Object.entries(stages)) console.log(`  stage ${stage}: ${summary(values)}`);

const hits: number[] = [];
for (const prompt of prompts) {
  const t0 = performance.now();
  const body = (await (await post(prompt)).json()) as { status: string; cacheHit: boolean };
  hits.push(performance.now() - t0);
  if (!body.cacheHit || body.status !== 'completed')
    throw new Error(`expected a cache hit, got ${JSON.stringify(body)}`);
}
console.log(`cache hit, POST → 202 completed (${N}): ${summary(hits)}`);

await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`RSS at rest after the run: ${mb(rssAfterGc())}`);
await server.close();
rmSync(dataDir, { recursive: true, force: true });
