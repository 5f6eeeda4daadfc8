/**
 * The ceiling ratio: GET /api/jobs/:id/status requests per second on the API, divided by a bare node:http
 * server answering the same JSON, same machine, same run, same load generator (autocannon in this process).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { REPO_ROOT, track, waitUntil } from '../../packages/server/test/support/processes.ts';
import { apiKeys, generateAndWait } from '../lib/appgen-client.ts';
import { describeProfile } from '../lib/cpu-profile.ts';
import { requestJson } from '../lib/http.ts';
import { onCleanup } from '../lib/lifecycle.ts';
import type { Section } from '../lib/section.ts';
import { freePort, startBenchServer } from '../lib/servers.ts';
import { round } from '../lib/stats.ts';

const TARGET = 0.5;
const CONNECTIONS = 50;

interface Run {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

async function cannon(url: string, headers: Record<string, string>, seconds: number): Promise<Run> {
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: seconds });
  return {
    rps: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function startBare(body: unknown): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const service = track(
    'bare-server',
    spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'bench', 'support', 'bare-server.ts')], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: String(port), BARE_BODY: JSON.stringify(body) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const stop = onCleanup('bare-server', () => service.stop(5_000));
  await waitUntil('bare server ready', async () => service.output().includes('BARE_READY'), 30_000, [
    service,
  ]);
  return { url: `http://127.0.0.1:${port}`, stop };
}

const mean = (runs: Run[], pick: (run: Run) => number) =>
  runs.reduce((sum, run) => sum + pick(run), 0) / runs.length;

export const ceilingSection: Section = {
  name: 'ceiling',
  budgetMs: (o) => (o.quick ? 90_000 : 180_000),
  async run(options) {
    const keys = apiKeys(1, 'ceiling');
    const env = { APPGEN_API_KEYS: keys.env, RATE_LIMIT_READ_PER_MIN: '1000000000' };
    const server = await startBenchServer('api-ceiling', env);
    const { jobId } = await generateAndWait(server.url, keys.auth(0), 'A bakery: customers order cakes.');
    const statusPath = `/api/jobs/${jobId}/status`;
    const status = await requestJson('GET', `${server.url}${statusPath}`, { headers: keys.auth(0) });
    if (status.status !== 200) throw new Error(`status: ${status.status}`);
    const bare = await startBare(status.body);

    const seconds = options.quick ? 4 : 10;
    const rounds = options.quick ? 1 : 2;
    const targets = { appgen: `${server.url}${statusPath}`, bare: `${bare.url}${statusPath}` };
    for (const url of Object.values(targets)) await cannon(url, keys.auth(0), 2); // warm-up
    const runs: Record<'appgen' | 'bare', Run[]> = { appgen: [], bare: [] };
    for (let i = 0; i < rounds; i++) {
      runs.appgen.push(await cannon(targets.appgen, keys.auth(0), seconds));
      runs.bare.push(await cannon(targets.bare, keys.auth(0), seconds));
    }
    await bare.stop();
    const appgenRps = mean(runs.appgen, (r) => r.rps);
    const bareRps = mean(runs.bare, (r) => r.rps);
    const ratio = appgenRps / bareRps;
    const profile =
      ratio < TARGET && options.profile
        ? await server.profile(() => cannon(targets.appgen, keys.auth(0), 5))
        : undefined;
    await server.stop();
    const failures = runs.appgen.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
    const notes = [
      `**Ceiling ratio** — autocannon ${CONNECTIONS} connections, ${rounds} × ${seconds} s per server alternating (after 2 s of warm-up each), from the bench process: GET \`${'/api/jobs/:id/status'}\` of a completed job on the API process (embedded defaults; the read rate limit raised so that it counts but never refuses) vs \`bench/support/bare-server.ts\`, a bare node:http server answering the same JSON. API: ${Math.round(appgenRps)} req/s (p50 ${round(mean(runs.appgen, (r) => r.p50Ms))} ms, p99 ${round(mean(runs.appgen, (r) => r.p99Ms))} ms, ${failures} non-2xx or errors); bare: ${Math.round(bareRps)} req/s (p99 ${round(mean(runs.bare, (r) => r.p99Ms))} ms).`,
    ];
    if (profile)
      notes.push(
        `Missed the ceiling target; the API's CPU profile during 5 more seconds of the same load:
${describeProfile(profile, 8)}`,
      );
    return {
      rows: [
        {
          section: 'ceiling',
          metric: 'GET status req/s: API ÷ bare node:http, same JSON',
          value: `${round(ratio)} (${Math.round(appgenRps)} ÷ ${Math.round(bareRps)} req/s)`,
          target: `≥ ${TARGET}`,
          met: failures === 0 ? ratio >= TARGET : false,
        },
      ],
      notes,
      data: { connections: CONNECTIONS, seconds, rounds, runs, ratio },
    };
  },
};
