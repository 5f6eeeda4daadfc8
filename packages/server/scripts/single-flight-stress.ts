/**
 * Stress for single flight: many rounds of N concurrent identical POST /api/generate, with random delays
 * before each request, in planning and (optionally) around every database call, asserting after each round
 * that every job reached a terminal status and that the round made exactly one generation.
 *
 *   npx tsx packages/server/scripts/single-flight-stress.ts [--rounds 50] [--size 20] [--db-jitter-ms 2]
 *                                                          [--mode held|early|free|cancel|mixed]
 *
 * Modes, per round (`mixed`, the default, picks one at random each round):
 * - held:   planning waits on a gate opened once every request was answered (the API test's scenario);
 * - early:  the gate opens at a random moment while requests are still arriving, so the leader can finish
 *           (and resolve its followers) in the middle of the burst;
 * - free:   no gate, a random 0–20 ms pause in planning;
 * - cancel: like `early`, and the first job is cancelled at a random moment (hand-over to a follower).
 *
 * Runs on PGlite, and on PostgreSQL too when APPGEN_TEST_DATABASE_URL is set. Exits 1 on any failure.
 */
import { openTestDb, TEST_DATABASES } from '../src/test-support/databases.ts';
import { jitterDb } from '../src/test-support/jitter-db.ts';
import { startTestServer, TEST_API_KEY } from '../src/test-support/test-server.ts';

type Mode = 'held' | 'early' | 'free' | 'cancel';
const MODES: Mode[] = ['held', 'early', 'free', 'cancel'];

function arg(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : process.argv[index + 1]!;
}

const rounds = Number(arg('rounds', '50'));
const size = Number(arg('size', '20'));
const dbJitterMs = Number(arg('db-jitter-ms', '2'));
const modeArg = arg('mode', 'mixed');
// Injected faults (e.g. --fault-rate 0.05) hit the statements that resolve followers: reading the
// leader's files and the follower's completion.
const faultRate = Number(arg('fault-rate', '0'));
const faultMatch = new RegExp(arg('fault-match', 'FROM job_files WHERE job_id = \\$1 ORDER BY path'));
const roundTimeoutMs = Number(arg('round-timeout-ms', '10000'));
const headers = { Authorization: `Bearer ${TEST_API_KEY}`, 'Content-Type': 'application/json' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let failures = 0;
for (const target of TEST_DATABASES) {
  const opened = await openTestDb(target, 'stress', 10);
  const db = jitterDb(
    opened.db,
    dbJitterMs,
    faultRate > 0 ? { rate: faultRate, match: faultMatch } : undefined,
  );
  const server = await startTestServer(db, {}, { followerSweepMs: 500 });
  const { repo } = server.services;
  const started = performance.now();
  const tally: Record<string, number> = {};
  let targetFailures = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const mode = modeArg === 'mixed' ? MODES[round % MODES.length]! : (modeArg as Mode);
      tally[mode] = (tally[mode] ?? 0) + 1;
      const prompt = `A stress round ${round} on ${target.name}: members borrow tools; track returns. ${Date.now()}`;
      const before = { ...server.spies };
      let release!: () => void;
      if (mode !== 'free') {
        server.spies.gate = new Promise<void>((resolve) => {
          release = resolve;
        });
      } else {
        server.spies.gate = sleep(Math.random() * 20);
      }
      const post = async (index: number) => {
        await sleep(Math.random() * 10);
        const response = await fetch(`${server.url}/api/generate`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ prompt }),
        });
        if (response.status !== 202) throw new Error(`request ${index}: HTTP ${response.status}`);
        return ((await response.json()) as { jobId: string }).jobId;
      };
      const posting = Promise.all(Array.from({ length: size }, (_, index) => post(index)));
      let cancelled: string | undefined;
      if (mode === 'early' || mode === 'cancel') {
        await sleep(Math.random() * 12);
        if (mode === 'cancel') {
          const [leader] = await opened.db.query<{ id: string }>(
            `SELECT id FROM jobs WHERE prompt = $1 AND source_job_id IS NULL ORDER BY created_at LIMIT 1`,
            [prompt],
          );
          if (leader) {
            const response = await fetch(`${server.url}/api/jobs/${leader.id}`, {
              method: 'DELETE',
              headers,
            });
            if (response.status === 200) cancelled = leader.id;
          }
          await sleep(Math.random() * 5);
        }
        release();
      }
      const ids = await posting;
      if (mode === 'held') release();
      server.spies.gate = undefined;

      const deadline = Date.now() + roundTimeoutMs;
      let jobs = await Promise.all(ids.map((id) => repo.get(id)));
      while (jobs.some((job) => !job || !['completed', 'failed', 'cancelled'].includes(job.status))) {
        if (Date.now() > deadline) break;
        await sleep(20);
        jobs = await Promise.all(ids.map((id) => repo.get(id)));
      }
      const stuck = jobs.filter((job) => !job || !['completed', 'failed', 'cancelled'].includes(job.status));
      const plans = server.spies.plans - before.plans;
      const generations = server.spies.generations - before.generations;
      const notCompleted = jobs.filter((job) => job && job.id !== cancelled && job.status !== 'completed');
      // A cancelled leader may have generated already (then its follower generates again), so a cancel
      // round allows two generations; every other round makes exactly one.
      const generationsOk =
        mode === 'cancel' && cancelled ? generations >= 1 && generations <= 2 : generations === 1;
      if (stuck.length > 0 || notCompleted.length > 0 || !generationsOk) {
        failures++;
        targetFailures++;
        const describe = async (job: (typeof jobs)[number]) => {
          if (!job) return 'missing';
          const leader = job.sourceJobId ? await repo.get(job.sourceJobId) : null;
          return `${job.id.slice(0, 8)} ${job.status}${leader ? ` (leader ${leader.id.slice(0, 8)} ${leader.status}${leader.sourceJobId ? ` → ${leader.sourceJobId.slice(0, 8)}` : ''})` : ''}`;
        };
        console.log(
          `[${target.name}] round ${round} (${mode}${cancelled ? `, cancelled ${cancelled.slice(0, 8)}` : ''}): ` +
            `${stuck.length} unfinished, ${notCompleted.length} not completed, plans ${plans}, generations ${generations}`,
        );
        for (const job of [...stuck, ...notCompleted]) console.log(`  ${await describe(job)}`);
      }
    }
  } finally {
    await server.dispose();
    await opened.dispose();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `[${target.name}] ${rounds} rounds × ${size} requests (${JSON.stringify(tally)}, db jitter ${dbJitterMs} ms, fault rate ${faultRate}): ` +
      `${targetFailures} failed rounds, ${seconds} s`,
  );
}
process.exit(failures > 0 ? 1 : 0);
