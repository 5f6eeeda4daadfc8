/**
 * Generates sample projects and checks each the way a user would: npm install, type-check, build, and its
 * own tests on the embedded database (PGlite, SQLite) and on a server (PostgreSQL, MariaDB). The samples
 * are every spec in samples/specs and every description in samples/prompts.json (planned by the offline
 * planner), or the spec files given as arguments; the stacks are every frontend × backend × database.
 * Which cells run (see verify-cells.ts):
 *
 *   default     CI's set: every sample on React + Express + PostgreSQL, a representative subset on SQLite,
 *               MySQL, Vue and Fastify, and every other stack once, on a sample description
 *   --matrix    every stack on every sample description (2 frontends × 2 backends × 3 databases)
 *   --full      every sample on every stack
 *   FILE …      the given spec files on every database (React + Express unless --frontend/--backend,
 *               every stack with --matrix or --full)
 *
 * narrowed by --frontend react|vue, --backend express|fastify, --databases sqlite,mysql and --only TEXT
 * (samples whose name contains it). Prints a table with seconds per step; exits non-zero on any failure.
 *
 *   npm run verify:generated [-- --matrix] [-- --backend fastify] [-- samples/specs/01-one-entity.json …]
 *   VERIFY_DATABASE_URL=postgres://… (default postgres://postgres@127.0.0.1:5432/test)
 *   VERIFY_MYSQL_URL=mysql://… without a database (default mysql://root@127.0.0.1:3306); each project's
 *     run gets a fresh database verify_<name>, dropped afterwards
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { generate } from '@appgen/codegen';
import { OfflinePlanner } from '@appgen/planner';
import { BACKENDS, type Database, FRONTENDS, normalizeSpec, type Stack } from '@appgen/spec';
import { type Cell, type Mode, parseChoice, type Sample, selectCells } from './verify-cells.ts';
import { EMBEDDED, parseDatabases, TEST_SERVERS } from './verify-databases.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp', 'verify');
const STEP_NAMES = ['install', 'typecheck', 'build', 'test:embedded', 'test:server'] as const;

interface Step {
  name: string;
  command: string[];
  cwd: string;
  env?: Record<string, string>;
}

interface Outcome {
  spec: string;
  frontend: Stack['frontend'];
  backend: Stack['backend'];
  database: Database;
  files: number;
  generateMs: number;
  steps: Record<string, { ok: boolean; ms: number }>;
  ok: boolean;
}

function run(step: Step, logFile: string): Promise<{ ok: boolean; ms: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const [command, ...args] = step.command as [string, ...string[]];
    const child = spawn(command, args, {
      cwd: step.cwd,
      env: { ...process.env, CI: 'true', NO_COLOR: '1', DATABASE_URL: '', ...step.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', async (code) => {
      const ms = performance.now() - started;
      const text = Buffer.concat(output).toString('utf8');
      await writeFile(logFile, `$ ${step.command.join(' ')}\n${text}`);
      if (code !== 0)
        console.error(
          `\n--- ${step.name} failed (exit ${code}); last lines of ${logFile}:\n${text.split('\n').slice(-40).join('\n')}`,
        );
      done({ ok: code === 0, ms });
    });
  });
}

async function verify({ sample: { name, spec }, stack }: Cell): Promise<Outcome> {
  const { frontend, backend, database } = stack;
  const project = `${name}-${frontend}-${backend}-${database}`;
  const dir = join(WORK, project);
  const started = performance.now();
  const tree = generate(spec, stack);
  const generateMs = performance.now() - started;
  await rm(dir, { recursive: true, force: true });
  for (const file of tree) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  const server = TEST_SERVERS[database];
  const steps: Step[] = [
    { name: 'install', command: ['npm', 'install', '--prefer-offline', '--no-audit', '--no-fund'], cwd: dir },
    { name: 'typecheck', command: ['npm', 'run', 'typecheck', '-w', 'server', '-w', 'client'], cwd: dir },
    { name: 'build', command: ['npm', 'run', 'build'], cwd: dir },
  ];
  // The embedded run also type-checks the client; a server-only project does that in its server run.
  if (EMBEDDED.has(database)) steps.push({ name: 'test:embedded', command: ['npm', 'test'], cwd: dir });
  if (server) {
    const command = EMBEDDED.has(database) ? ['npm', 'test', '-w', 'server'] : ['npm', 'test'];
    steps.push({ name: 'test:server', command, cwd: dir });
  }
  const outcome: Outcome = {
    spec: name,
    frontend,
    backend,
    database,
    files: tree.length,
    generateMs,
    steps: {},
    ok: true,
  };
  try {
    for (const step of steps) {
      if (step.name === 'test:server' && server) step.env = await server.open(project);
      const result = await run(step, join(dir, `verify-${step.name.replace(':', '-')}.log`));
      outcome.steps[step.name] = result;
      if (!result.ok) {
        outcome.ok = false;
        break;
      }
    }
  } finally {
    await server?.close(project);
  }
  return outcome;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function table(outcomes: Outcome[]): string {
  const header = `| spec | frontend | backend | database | files | generate | ${STEP_NAMES.join(' | ')} | total | result |`;
  const rule = `|${'---|'.repeat(STEP_NAMES.length + 8)}`;
  const rows = outcomes.map((o) => {
    const cells = STEP_NAMES.map((n) => {
      const step = o.steps[n];
      return step ? `${seconds(step.ms)}${step.ok ? '' : ' ✗'}` : '—';
    });
    const total = Object.values(o.steps).reduce((sum, step) => sum + step.ms, 0);
    return `| ${o.spec} | ${o.frontend} | ${o.backend} | ${o.database} | ${o.files} | ${o.generateMs.toFixed(1)} ms | ${cells.join(' | ')} | ${seconds(total)} | ${o.ok ? 'pass' : 'FAIL'} |`;
  });
  return [header, rule, ...rows].join('\n');
}

async function fromSpecFile(path: string): Promise<Sample> {
  return {
    name: basename(path, '.json'),
    spec: normalizeSpec(JSON.parse(await readFile(path, 'utf8'))).spec,
  };
}

async function loadSamples(args: string[]): Promise<Sample[]> {
  if (args.length > 0) return Promise.all(args.map((arg) => fromSpecFile(resolve(arg))));
  const specDir = join(ROOT, 'samples', 'specs');
  const files = (await readdir(specDir)).filter((f) => f.endsWith('.json')).sort();
  const samples = await Promise.all(files.map((f) => fromSpecFile(join(specDir, f))));
  const prompts = JSON.parse(await readFile(join(ROOT, 'samples', 'prompts.json'), 'utf8')) as Record<
    string,
    string
  >;
  const planner = new OfflinePlanner();
  for (const [name, prompt] of Object.entries(prompts)) {
    samples.push({ name: `prompt-${name}`, spec: (await planner.plan(prompt)).spec });
  }
  return samples;
}

/** Removes `--name value` (or the flag alone, with `hasValue` false) from argv and answers it. */
function takeOption(argv: string[], name: string, hasValue = true): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  return argv.splice(at, hasValue ? 2 : 1)[hasValue ? 1 : 0];
}

const argv = process.argv.slice(2);
const takeFlag = (name: string) => takeOption(argv, name, false) !== undefined;
const full = takeFlag('--full');
const matrix = takeFlag('--matrix');
const mode: Mode = full ? 'full' : matrix ? 'matrix' : 'default';
const selection = {
  mode,
  only: takeOption(argv, '--only'),
  databases: parseDatabases(takeOption(argv, '--databases')),
  frontends: parseChoice('frontend', takeOption(argv, '--frontend'), FRONTENDS),
  backends: parseChoice('backend', takeOption(argv, '--backend'), BACKENDS),
  explicit: argv.length > 0,
};
const cells = selectCells(await loadSamples(argv), selection);
for (const database of new Set(cells.map((cell) => cell.stack.database)))
  await TEST_SERVERS[database]?.check();
await mkdir(WORK, { recursive: true });
console.log(`${cells.length} projects to verify (${mode} set)`);
const started = performance.now();
const outcomes: Outcome[] = [];
for (const cell of cells) {
  const { frontend, backend, database } = cell.stack;
  process.stdout.write(`verifying ${cell.sample.name} on ${frontend} + ${backend} + ${database} … `);
  const outcome = await verify(cell);
  outcomes.push(outcome);
  console.log(
    `${outcome.ok ? 'pass' : 'FAIL'} (${seconds(Object.values(outcome.steps).reduce((sum, s) => sum + s.ms, 0))})`,
  );
  // Written after every project, so a long run that is stopped still leaves its timings.
  await writeFile(join(WORK, 'results.json'), `${JSON.stringify(outcomes, null, 2)}\n`);
}
console.log(`\n${table(outcomes)}\n`);
const failed = outcomes.filter((o) => !o.ok).length;
console.log(`verified in ${((performance.now() - started) / 60_000).toFixed(1)} min`);
console.log(`${outcomes.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
