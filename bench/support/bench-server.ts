/**
 * The API process the bench measures: what `appgen serve` runs (startServer with the environment's
 * configuration), plus two things only the bench uses:
 *  - a prompt containing HOLD_MARK is held in planning until shutdown, standing in for a slow LLM plan, so
 *    SSE streams on it stay open (simulated users "holding" a stream, and the idle-stream memory figure);
 *  - SIGUSR2 runs a full garbage collection (with --expose-gc) and prints `BENCH_MEMORY {…}`, so RSS is read
 *    without garbage in it;
 *  - SIGHUP starts the CPU profiler, the next SIGHUP writes the profile into BENCH_PROFILE_DIR and prints
 *    `BENCH_PROFILE <file>`, so a profile covers a workload and not the start-up.
 *   node --import tsx bench/support/bench-server.ts   (environment as for `appgen serve`)
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startServer } from '@appgen/server';
import { HOLD_MARK } from './hold.ts';

let release: () => void = () => {};
const released = new Promise<void>((resolve) => {
  release = resolve;
});

const running = await startServer(loadConfig(process.env), {
  wrapPlanner: (planner) => ({
    name: planner.name,
    async plan(prompt, options) {
      if (prompt.includes(HOLD_MARK)) {
        await released;
        throw new Error('the bench is over');
      }
      return planner.plan(prompt, options);
    },
  }),
});
console.log(`BENCH_READY ${running.url}`);

process.on('SIGUSR2', () => {
  (globalThis as { gc?: () => void }).gc?.();
  console.log(
    `BENCH_MEMORY ${JSON.stringify({ ...process.memoryUsage(), streams: running.handle.streams.size })}`,
  );
});

let profiler: Session | undefined;
async function toggleProfiler(): Promise<void> {
  if (!profiler) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.start');
    console.log('BENCH_PROFILING');
    return;
  }
  const { profile } = await profiler.post('Profiler.stop');
  profiler.disconnect();
  profiler = undefined;
  const file = join(
    process.env.BENCH_PROFILE_DIR || tmpdir(),
    `bench-server-${process.pid}-${Date.now()}.cpuprofile`,
  );
  writeFileSync(file, JSON.stringify(profile));
  console.log(`BENCH_PROFILE ${file}`);
}
process.on('SIGHUP', () => {
  toggleProfiler().catch((error: unknown) => console.error(`profiler: ${(error as Error).message}`));
});

const shutdown = () => {
  release();
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);
