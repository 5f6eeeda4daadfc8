/**
 * appgen's benchmarks in one run: generation, end to end (embedded defaults and PostgreSQL + Redis +
 * workers), cache, ZIP, the ceiling ratio, 1000 concurrent users, 10 000 idle SSE streams, and JHipster as
 * a peer. Prints one table and writes bench/results.json and bench/RESULTS.md (never edit those by hand).
 *   npm run bench                  full (about 3 minutes on 2 cores, plus ~1 minute once to install JHipster)
 *   npm run bench -- --quick       smaller counts, shorter phases, no peer (under 2 minutes)
 *   options: --peer (the peer in quick mode too), --no-profile (no profiling of missed targets),
 *            --only name,name (some sections; prints, writes nothing)
 * Needs PostgreSQL on 127.0.0.1:5432 with trust auth (BENCH_DATABASE_URL to change) and redis-server.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../packages/server/test/support/processes.ts';
import { cleanupAll, isInterrupted, onCleanup, stopOnSignals, withTimeout } from './lib/lifecycle.ts';
import { currentLoad, describeMachine, settle } from './lib/machine.ts';
import { formatTable, markdownTable, type Row } from './lib/report.ts';
import type { BenchOptions, Section, SectionResult } from './lib/section.ts';
import { ceilingSection } from './sections/ceiling.ts';
import { embeddedSection } from './sections/embedded.ts';
import { generationSection } from './sections/generation.ts';
import { idleStreamsSection } from './sections/idle-streams.ts';
import { loadSection } from './sections/load.ts';
import { peerSection } from './sections/peer.ts';
import { productionSection } from './sections/production.ts';

const SECTIONS: Section[] = [
  generationSection,
  embeddedSection,
  productionSection,
  ceilingSection,
  loadSection,
  idleStreamsSection,
  peerSection,
];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const only = values.only?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? [];
if (unknown.length > 0) {
  console.error(`unknown section ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}

stopOnSignals();
const workDir = mkdtempSync(join(tmpdir(), 'appgen-bench-run-'));
onCleanup('the scratch folder', () => rmSync(workDir, { recursive: true, force: true }));
const options: BenchOptions = {
  quick: values.quick,
  peer: !values.quick || values.peer,
  profile: !values['no-profile'],
  workDir,
};
const machine = describeMachine();
const started = performance.now();
const mode = options.quick ? 'quick' : 'full';
console.log(
  `appgen bench (${mode}) on ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB, Node ${machine.node}; load average ${machine.loadAverage.start}`,
);

const rows: Row[] = [];
const results: Record<string, unknown> = {};
const notes: string[] = [];
let failed = false;
for (const section of SECTIONS) {
  if (isInterrupted()) await new Promise(() => {}); // the signal handler stops everything and exits
  if (only && !only.includes(section.name)) continue;
  if (section === peerSection && !options.peer) {
    rows.push({
      section: 'peer',
      metric: 'JHipster comparison',
      value: 'skipped (quick mode; --peer runs it)',
    });
    continue;
  }
  const budget = section.budgetMs(options);
  process.stdout.write(`- ${section.name} … `);
  // Each section starts on a quiet machine, not in the wake of the one before.
  await settle();
  const t0 = performance.now();
  let result: SectionResult;
  try {
    result = await withTimeout(section.run(options), budget, `section ${section.name}`);
  } catch (error) {
    if (isInterrupted()) await new Promise(() => {});
    const message = (error as Error).message.split('\n')[0]!.slice(0, 300);
    result = {
      rows: [{ section: section.name, metric: 'section failed', value: message }],
      data: { error: (error as Error).stack ?? message },
      notes: [],
    };
    // JHipster is someone else's software: its failure is reported, not the bench's.
    if (section !== peerSection) failed = true;
    console.error(`\n${section.name} failed: ${(error as Error).stack ?? message}`);
  }
  // Whatever the section left running (also after a failure or a time-out) is stopped before the next.
  await cleanupAll();
  onCleanup('the scratch folder', () => rmSync(workDir, { recursive: true, force: true }));
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  console.log(`${seconds} s`);
  rows.push(...result.rows);
  results[section.name] = { seconds, ...result.data };
  notes.push(...result.notes);
}
machine.loadAverage.end = currentLoad();
const totalSeconds = Math.round((performance.now() - started) / 1000);

console.log(`\n${formatTable(rows)}\n`);
console.log(
  `${totalSeconds} s; load average ${machine.loadAverage.start} at start, ${machine.loadAverage.end} at end`,
);

if (only) console.log(notes.join('\n\n'));
else {
  const benchDir = join(REPO_ROOT, 'bench');
  writeFileSync(
    join(benchDir, 'results.json'),
    `${JSON.stringify({ mode, machine, totalSeconds, rows, sections: results }, null, 2)}\n`,
  );
  const busy =
    Math.max(machine.loadAverage.start, machine.loadAverage.end) > machine.cores
      ? ' — busier than its core count: other work shared the machine, so latencies are pessimistic'
      : '';
  writeFileSync(
    join(benchDir, 'RESULTS.md'),
    `# appgen benchmarks

Written by \`npm run bench${options.quick ? ' -- --quick' : ''}\` (${mode} mode, ${totalSeconds} s); do not edit by hand, run the command again.

- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ${machine.platform}
- Node ${machine.node}; ${machine.date}; commit ${machine.commit}
- 1-minute load average ${machine.loadAverage.start} at start, ${machine.loadAverage.end} at end${busy}
- each section starts once the CPUs were at most 15 % busy for a second (waiting up to 30 s), so it does not measure the wake of the section before

${markdownTable(rows)}

## How it was measured, and what the profiles show where a target is missed

${notes.join('\n\n')}
`,
  );
  console.log('wrote bench/results.json and bench/RESULTS.md');
}
await cleanupAll();
process.exit(failed ? 1 : 0);
