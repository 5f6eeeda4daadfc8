/**
 * 1000 concurrent simulated users against one API process (embedded defaults) for a bounded window:
 * 45 % hold an SSE stream on a job still running, 45 % poll their job's status every 2 s, and 10 % submit a
 * generation, follow it over SSE to `completed`, read its result, then poll. Latency per endpoint, errors,
 * and the server's RSS and CPU as the kernel counts them.
 */
import { Agent } from 'node:http';
import { apiKeys, distinctPrompts, submit } from '../lib/appgen-client.ts';
import { describeProfile } from '../lib/cpu-profile.ts';
import { openSse, requestJson, type SseStream } from '../lib/http.ts';
import { sleep } from '../lib/lifecycle.ts';
import { coresUsed, sampleProcess } from '../lib/process-stats.ts';
import type { Row } from '../lib/report.ts';
import type { Section } from '../lib/section.ts';
import { type BenchServer, startBenchServer } from '../lib/servers.ts';
import { mb, p50p99, summarize } from '../lib/stats.ts';
import { HOLD_MARK } from '../support/hold.ts';

const USERS = 1000;
const KEYS = 40;
const POLL_MS = 2_000;
const RAMP_MS = 5_000;
const STATUS_P99_TARGET_MS = 100;

type Endpoint =
  | 'POST /api/generate'
  | 'GET status'
  | 'GET events (headers)'
  | 'GET result'
  | 'POST → completed';

interface LoadRun {
  latencies: Record<Endpoint, number[]>;
  errors: string[];
  cpuCores: number;
  rssEnd: number;
  rssMax: number;
  requests: number;
  seconds: number;
}

interface Fixtures {
  keys: ReturnType<typeof apiKeys>;
  /** Per key: a job held in planning (SSE holders watch it) and a completed job (pollers poll it). */
  held: string[];
  completed: string[];
}

async function prepare(server: BenchServer, keys: ReturnType<typeof apiKeys>): Promise<Fixtures> {
  const held: string[] = [];
  const completed: string[] = [];
  const done = distinctPrompts(1, 'load-done')[0]!;
  for (let k = 0; k < KEYS; k++) {
    held.push(
      (await submit(server.url, keys.auth(k), `${HOLD_MARK} a kiosk (${k}) that sells snacks.`)).jobId,
    );
    // The first is generated; the others are cache hits, each a completed job of its own caller.
    const job = await submit(server.url, keys.auth(k), done);
    if (job.status !== 'completed') await sleep(500);
    completed.push(job.jobId);
  }
  return { keys, held, completed };
}

async function runLoad(
  server: BenchServer,
  fixtures: Fixtures,
  windowMs: number,
  label: string,
): Promise<LoadRun> {
  const latencies: LoadRun['latencies'] = {
    'POST /api/generate': [],
    'GET status': [],
    'GET events (headers)': [],
    'GET result': [],
    'POST → completed': [],
  };
  const errors: string[] = [];
  // Counted until the run is over; a request cut off by the end of the run is not the server's error.
  let counting = true;
  const fail = (error: string) => {
    if (counting) errors.push(error);
  };
  let pending = 0;
  let requests = 0;
  const streams: SseStream[] = [];
  const agents: Agent[] = [];
  const prompts = distinctPrompts(USERS / 10, label);
  const started = performance.now();
  const deadline = started + RAMP_MS + windowMs;
  const live = () => performance.now() < deadline;
  const { keys } = fixtures;

  const poll = async (agent: Agent, key: number, jobId: string) => {
    while (live()) {
      const res = await requestJson('GET', `${server.url}/api/jobs/${jobId}/status`, {
        headers: keys.auth(key),
        agent,
      });
      requests++;
      latencies['GET status'].push(res.ms);
      if (res.status !== 200) fail(`GET status ${res.status}`);
      await sleep(Math.max(0, Math.min(POLL_MS, deadline - performance.now())));
    }
  };

  const user = async (i: number) => {
    const key = Math.floor((i * KEYS) / USERS);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    agents.push(agent);
    await sleep(Math.random() * RAMP_MS);
    const kind = i % 10 === 0 ? 'submit' : i % 2 === 0 ? 'hold' : 'poll';
    if (kind === 'hold') {
      const t0 = performance.now();
      const stream = openSse(`${server.url}/api/jobs/${fixtures.held[key]}/events`, {
        headers: keys.auth(key),
        agent: false,
      });
      streams.push(stream);
      requests++;
      const status = await stream.opened;
      latencies['GET events (headers)'].push(performance.now() - t0);
      if (status !== 200) fail(`GET events ${status}`);
      const end = await stream.ended;
      if (end.byServer) fail('SSE stream ended by the server while its job was running');
      return;
    }
    if (kind === 'poll') return poll(agent, key, fixtures.completed[key]!);
    // Submitters start at a random moment of the window.
    await sleep(Math.random() * windowMs * 0.7);
    const t0 = performance.now();
    const res = await requestJson<{ jobId: string; eventsUrl: string }>(
      'POST',
      `${server.url}/api/generate`,
      {
        headers: keys.auth(key),
        body: { prompt: prompts[i / 10]! },
        agent,
      },
    );
    requests++;
    latencies['POST /api/generate'].push(res.ms);
    if (res.status !== 202) {
      fail(`POST /api/generate ${res.status}`);
      return;
    }
    let completedAt: number | undefined;
    const stream = openSse(`${server.url}${res.body.eventsUrl}`, {
      headers: keys.auth(key),
      agent: false,
      onEvent: (type) => {
        if (type === 'completed') completedAt = performance.now();
      },
    });
    requests++;
    await stream.ended;
    if (completedAt === undefined) {
      fail('a submitted job did not complete');
      return;
    }
    latencies['POST → completed'].push(completedAt - t0);
    const result = await requestJson('GET', `${server.url}/api/results/${res.body.jobId}`, {
      headers: keys.auth(key),
      agent,
    });
    requests++;
    latencies['GET result'].push(result.ms);
    if (result.status !== 200) fail(`GET result ${result.status}`);
    await poll(agent, key, res.body.jobId);
  };

  const before = sampleProcess(server.pid);
  let rssMax = before.rssBytes;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, sampleProcess(server.pid).rssBytes);
  }, 500);
  const users = Promise.all(
    Array.from({ length: USERS }, async (_, i) => {
      pending++;
      try {
        await user(i);
      } catch (error) {
        fail((error as Error).message);
      } finally {
        pending--;
      }
    }),
  );
  await sleep(deadline - performance.now());
  const after = sampleProcess(server.pid);
  clearInterval(sampler);
  for (const stream of streams) stream.close();
  // Submitters and pollers finish their last request; bounded.
  await Promise.race([users, sleep(15_000)]);
  if (pending > 0) fail(`${pending} users still waiting 15 s after the window (a job not completed?)`);
  counting = false;
  for (const agent of agents) agent.destroy();
  return {
    latencies,
    errors,
    cpuCores: coresUsed(before, after),
    rssEnd: after.rssBytes,
    rssMax: Math.max(rssMax, after.rssBytes),
    requests,
    seconds: (after.at - before.at) / 1000,
  };
}

/** Counts each distinct error message. */
function tally(errors: string[]): string {
  const counts = new Map<string, number>();
  for (const error of errors) counts.set(error, (counts.get(error) ?? 0) + 1);
  return [...counts].map(([error, n]) => `${n}× ${error}`).join('; ');
}

export const loadSection: Section = {
  name: 'load',
  budgetMs: (o) => (o.quick ? 120_000 : 240_000),
  async run(options) {
    const windowMs = options.quick ? 10_000 : 30_000;
    const keys = apiKeys(KEYS, 'load');
    const server = await startBenchServer('api-load', {
      APPGEN_API_KEYS: keys.env,
      // 25 users share a key; 6000/min per key leaves every user far more than a poll every 2 s.
      RATE_LIMIT_READ_PER_MIN: '6000',
      // The held jobs occupy runner slots; the rest is the default capacity of 2.
      QUEUE_CONCURRENCY: String(KEYS + 2),
    });
    const fixtures = await prepare(server, keys);
    const rest = sampleProcess(server.pid);
    const run = await runLoad(server, fixtures, windowMs, 'load');
    const status = summarize(run.latencies['GET status']);
    const statusMet = status.p99 <= STATUS_P99_TARGET_MS;
    const profile =
      (!statusMet || run.errors.length > 0) && options.profile
        ? await server.profile(() => runLoad(server, fixtures, 10_000, 'load-profile'))
        : undefined;
    await server.stop();

    const rows: Row[] = [
      {
        section: 'load',
        metric: `${USERS} concurrent users, ${(RAMP_MS + windowMs) / 1000} s: errors`,
        value: `${run.errors.length}${run.errors.length > 0 ? ` (${tally(run.errors).slice(0, 160)})` : ''}`,
        target: '0',
        met: run.errors.length === 0,
      },
      {
        section: 'load',
        metric: 'GET /api/jobs/:id/status',
        value: `${p50p99(status)} (${status.count} requests)`,
        target: `≤ ${STATUS_P99_TARGET_MS} ms p99`,
        met: statusMet,
      },
    ];
    for (const endpoint of [
      'GET events (headers)',
      'POST /api/generate',
      'POST → completed',
      'GET result',
    ] as const) {
      const s = summarize(run.latencies[endpoint]);
      rows.push({ section: 'load', metric: endpoint, value: `${p50p99(s)} (${s.count})` });
    }
    rows.push({
      section: 'load',
      metric: 'server RSS and CPU during the window',
      value: `RSS ${mb(run.rssEnd)} at end, ${mb(run.rssMax)} max (${mb(rest.rssBytes)} before); CPU ${Math.round(run.cpuCores * 100)} % of a core`,
    });
    const notes = [
      `**Load** — one API process (embedded defaults, \`bench/support/bench-server.ts\`) and ${USERS} simulated users in the bench process on 127.0.0.1, each with its own connection, arriving at random over the first ${RAMP_MS / 1000} s of a ${(RAMP_MS + windowMs) / 1000} s window (every request of the window counted). 45 % hold an SSE stream on a job held in planning (a stand-in for a slow LLM plan; one such job per API key, so QUEUE_CONCURRENCY is ${KEYS + 2}: the held jobs plus the default 2); 45 % poll their completed job's status every 2 s; 10 % submit a new generation at a random moment, follow it over SSE to \`completed\`, GET its result, then poll it. ${KEYS} API keys (25 users each), read limit 6000/min per key. An error is any unexpected status, network error, a stream ended early or a job not completed. Server RSS and CPU from /proc/<pid>/stat and status (user + system time over the window; 100 % = one core busy). ${run.requests} requests or streams in all.`,
    ];
    if (profile)
      notes.push(
        `Missed the load target; the server's CPU profile during 10 more seconds of the same load:\n${describeProfile(profile, 8)}`,
      );
    return {
      rows,
      notes,
      data: {
        users: USERS,
        windowMs,
        errors: run.errors.length,
        errorKinds: tally(run.errors),
        latencies: Object.fromEntries(Object.entries(run.latencies).map(([k, v]) => [k, summarize(v)])),
        cpuCores: run.cpuCores,
        rssBytes: { before: rest.rssBytes, end: run.rssEnd, max: run.rssMax },
        requests: run.requests,
      },
    };
  },
};
