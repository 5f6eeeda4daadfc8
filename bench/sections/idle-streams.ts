/**
 * 10 000 concurrent idle SSE streams on one API process: memory per connection (server RSS delta ÷
 * streams, both read after a full GC). Streams watch jobs held in planning, so they stay open with only
 * heartbeats; the clients are a few forked processes (file-descriptor limits, and 2 cores).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../packages/server/test/support/processes.ts';
import { apiKeys, submit } from '../lib/appgen-client.ts';
import { onCleanup, sleep, withTimeout } from '../lib/lifecycle.ts';
import { sampleProcess } from '../lib/process-stats.ts';
import type { Section } from '../lib/section.ts';
import { type MemoryReport, startBenchServer } from '../lib/servers.ts';
import { kb, mb, round } from '../lib/stats.ts';
import { HOLD_MARK } from '../support/hold.ts';

const STREAMS = 10_000;
const CLIENTS = 4;
const JOBS = 50;
const TARGET_KB = 30;

interface Holder {
  child: ChildProcess;
  next<T>(): Promise<T>;
}

function startHolder(): Holder {
  const child = fork(join(REPO_ROOT, 'bench', 'support', 'sse-holders.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  onCleanup(`sse-holders (pid ${child.pid})`, () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  const inbox: unknown[] = [];
  const waiting: Array<(value: unknown) => void> = [];
  child.on('message', (message) => {
    const resolve = waiting.shift();
    if (resolve) resolve(message);
    else inbox.push(message);
  });
  return {
    child,
    next<T>() {
      if (inbox.length > 0) return Promise.resolve(inbox.shift() as T);
      return new Promise<T>((resolve) => waiting.push(resolve as (value: unknown) => void));
    },
  };
}

export const idleStreamsSection: Section = {
  name: 'idle-streams',
  budgetMs: () => 240_000,
  async run() {
    const keys = apiKeys(1, 'idle');
    const server = await startBenchServer('api-idle-streams', {
      APPGEN_API_KEYS: keys.env,
      RATE_LIMIT_GENERATE_PER_MIN: '100000',
      RATE_LIMIT_READ_PER_MIN: '100000000',
      QUEUE_CONCURRENCY: String(JOBS + 2),
    });
    const urls: string[] = [];
    for (let j = 0; j < JOBS; j++)
      urls.push(
        `${server.url}${(await submit(server.url, keys.auth(0), `${HOLD_MARK} idle job ${j}: a shop.`)).eventsUrl}`,
      );

    const holders = Array.from({ length: CLIENTS }, startHolder);
    // Warm the stream code path with a few streams, then measure from rest.
    const warm = startHolder();
    warm.child.send({ urls, count: 200, headers: keys.auth(0) });
    await warm.next();
    warm.child.send('close');
    await warm.next();
    await sleep(1_000);
    const before: MemoryReport = await server.memory();
    const rssBefore = sampleProcess(server.pid).rssBytes;

    const t0 = performance.now();
    for (const holder of holders)
      holder.child.send({ urls, count: STREAMS / CLIENTS, headers: keys.auth(0) });
    const opened = await withTimeout(
      Promise.all(
        holders.map((h) => h.next<{ opened: number; failed: number; errors: Record<string, number> }>()),
      ),
      120_000,
      `opening ${STREAMS} streams`,
    );
    const openSeconds = (performance.now() - t0) / 1000;
    await sleep(2_000);
    const after: MemoryReport = await server.memory();
    const rssAfter = sampleProcess(server.pid).rssBytes;
    for (const holder of holders) holder.child.send('close');
    const ended = await Promise.all(holders.map((h) => h.next<{ ended: number; dropped: number }>()));
    await server.stop();

    const open = opened.reduce((sum, o) => sum + o.opened, 0);
    const failed = opened.reduce((sum, o) => sum + o.failed, 0);
    const dropped = ended.reduce((sum, e) => sum + e.dropped, 0);
    const perConnection = (rssAfter - rssBefore) / open;
    const heapPerConnection = (after.heapUsed - before.heapUsed) / open;
    const met = open === STREAMS && perConnection <= TARGET_KB * 1024;
    const errors = opened.flatMap((o) => Object.entries(o.errors).map(([e, n]) => `${n}× ${e}`));
    return {
      rows: [
        {
          section: 'idle SSE',
          metric: `${STREAMS} concurrent idle streams: memory per connection`,
          value: `${kb(perConnection)} RSS (${kb(heapPerConnection)} of it JS heap); ${open} open, ${failed} failed, ${dropped} dropped`,
          target: `≤ ${TARGET_KB} KB`,
          met,
        },
      ],
      notes: [
        `**Idle SSE streams** — one API process (embedded defaults); ${STREAMS} streams from ${CLIENTS} forked client processes (\`bench/support/sse-holders.ts\`, one socket each, opened in waves of 100) on ${JOBS} jobs held in planning, so each stream gets its replay and then only heartbeats. After 200 warm-up streams were opened and closed, the server's RSS was read after a full GC (\`--expose-gc\`, on SIGUSR2) before and 2 s after all were open (${round(openSeconds)} s to open them): RSS ${mb(rssBefore)} → ${mb(rssAfter)}, JS heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)}, external + array buffers ${mb(before.external)} → ${mb(after.external)}; the server counted ${after.streams} open streams.${errors.length > 0 ? ` Errors: ${errors.join('; ')}.` : ''}`,
      ],
      data: {
        streams: STREAMS,
        open,
        failed,
        dropped,
        openSeconds,
        rssBefore,
        rssAfter,
        before,
        after,
        perConnectionBytes: perConnection,
      },
    };
  },
};
