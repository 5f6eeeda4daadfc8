/**
 * Generates every sample spec in samples/specs and every sample description in samples/prompts.json
 * (planned by the offline planner), or the spec files given as arguments, for each database, and checks
 * each project the way a user would: npm install, type-check, build, and its own tests on the embedded
 * database (PGlite, SQLite) and on a server (PostgreSQL, MariaDB). PostgreSQL runs every sample; SQLite
 * and MySQL run a representative subset (see verify-databases.ts) unless --full.
 * Prints a table with times per step; exits non-zero on any failure.
 *
 * Every cell uses the React client; a representative subset (together every field type and relation
 * kind) runs again with the Vue client on PostgreSQL. `--frontend vue` runs only Vue cells, every sample.
 *
 *   npm run verify:generated [-- samples/specs/01-one-entity.json …] [-- --only prompt-]
 *     [-- --databases sqlite,mysql] [-- --full] [-- --frontend vue]
 *   VERIFY_DATABASE_URL=postgres://… (default postgres://postgres@127.0.0.1:5432/test)
 *   VERIFY_MYSQL_URL=mysql://… without a database (default mysql://root@127.0.0.1:3306); each project's
 *     run gets a fresh database verify_<name>, dropped afterwards
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { generate } from '@appgen/codegen';
import { OfflinePlanner } from '@appgen/planner';
import {
  type AppSpec,
  COMPLEXITIES,
  type Complexity,
  type Database,
  FRONTENDS,
  type Frontend,
  normalizeSpec,
} from '@appgen/spec';
import { DATABASE_SAMPLES, EMBEDDED, parseDatabases, TEST_SERVERS } from './verify-databases.ts';

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

interface Sample {
  name: string;
  spec: AppSpec;
}

async function verify({ name, spec }: Sample, database: Database): Promise<Outcome> {
  const project = `${name}-${database}`;
  const dir = join(WORK, project);
  const started = performance.now();
  const tree = generate(spec, { ...spec.stack, database });
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
  const outcome: Outcome = { spec: name, database, files: tree.length, generateMs, steps: {}, ok: true };
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

function table(outcomes: Outcome[]): string {
  const header = `| spec | database | files | generate | ${STEP_NAMES.join(' | ')} | result |`;
  const rule = `|${'---|'.repeat(STEP_NAMES.length + 5)}`;
  const rows = outcomes.map((o) => {
    const cells = STEP_NAMES.map((n) => {
      const step = o.steps[n];
      return step ? `${(step.ms / 1000).toFixed(1)} s${step.ok ? '' : ' ✗'}` : '—';
    });
    return `| ${o.spec} | ${o.database} | ${o.files} | ${o.generateMs.toFixed(1)} ms | ${cells.join(' | ')} | ${o.ok ? 'pass' : 'FAIL'} |`;
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

/** The samples verified with the Vue client by default: every field type and relation kind among them. */
const VUE_SAMPLES = ['04-self-relation', '05-every-field-type', '06-reserved-words'];

/** A sample on another frontend, named by it ("vue-05-every-field-type"). */
function onFrontend(sample: Sample, frontend: Frontend): Sample {
  if (frontend === sample.spec.stack.frontend) return sample;
  return {
    name: `${frontend}-${sample.name}`,
    spec: { ...sample.spec, stack: { ...sample.spec.stack, frontend } },
  };
}

/**
 * The sample verified at every complexity level on the default stack (its own level is already a cell),
 * and, with --full, at advanced on every other database and on the Vue client.
 */
const LEVEL_SAMPLE = '02-one-to-many';

/** A sample at another complexity level, named by it ("advanced-02-one-to-many"). */
function atLevel(sample: Sample, complexity: Complexity): Sample {
  return { name: `${complexity}-${sample.name}`, spec: { ...sample.spec, complexity } };
}

function frontendOption(value: string | undefined): Frontend | undefined {
  if (value === undefined) return undefined;
  if ((FRONTENDS as readonly string[]).includes(value)) return value as Frontend;
  throw new Error(`--frontend ${value}: choose one of ${FRONTENDS.join(', ')}`);
}

/** Removes `--name value` (or the flag alone, with `hasValue` false) from argv and answers it. */
function takeOption(argv: string[], name: string, hasValue = true): string | undefined {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  return argv.splice(at, hasValue ? 2 : 1)[hasValue ? 1 : 0];
}

const argv = process.argv.slice(2);
const only = takeOption(argv, '--only');
const full = takeOption(argv, '--full', false) !== undefined;
const databases = parseDatabases(takeOption(argv, '--databases'));
const frontend = frontendOption(takeOption(argv, '--frontend'));
const explicit = argv.length > 0;
const loaded = await loadSamples(argv);
const picked = (sample: Sample) => !only || sample.name.includes(only);
const defaultCells = databases.flatMap((database) =>
  loaded
    .filter((sample) => picked(sample) && (full || explicit || DATABASE_SAMPLES[database](sample.name)))
    .map((sample) => ({ sample, database })),
);
// The frontend is independent of the database: Vue cells run on PostgreSQL.
const vueCells = loaded
  .filter((sample) => picked(sample) && (frontend === 'vue' || full || VUE_SAMPLES.includes(sample.name)))
  .map((sample) => ({ sample: onFrontend(sample, 'vue'), database: 'postgres' as Database }));
const levelSample = loaded.find((sample) => sample.name === LEVEL_SAMPLE);
const levelCells = (levelSample ? COMPLEXITIES.filter((c) => c !== levelSample.spec.complexity) : [])
  .map((complexity) => atLevel(levelSample as Sample, complexity))
  .flatMap((sample) => {
    const advancedElsewhere = full && sample.spec.complexity === 'advanced';
    const onDatabases = databases.filter((database) => database === 'postgres' || advancedElsewhere);
    return [
      ...(frontend === 'vue' ? [] : onDatabases.map((database) => ({ sample, database }))),
      ...(frontend === 'vue' || (advancedElsewhere && frontend !== 'react')
        ? [{ sample: onFrontend(sample, 'vue'), database: 'postgres' as Database }]
        : []),
    ];
  })
  .filter(({ sample }) => picked(sample));
const cells = [
  ...(frontend === 'vue' ? vueCells : frontend === 'react' ? defaultCells : [...defaultCells, ...vueCells]),
  ...levelCells,
];
for (const database of new Set(cells.map((cell) => cell.database))) await TEST_SERVERS[database]?.check();
await mkdir(WORK, { recursive: true });
const outcomes: Outcome[] = [];
for (const { sample, database } of cells) {
  process.stdout.write(`verifying ${sample.name} on ${database} … `);
  const outcome = await verify(sample, database);
  outcomes.push(outcome);
  console.log(outcome.ok ? 'pass' : 'FAIL');
}
console.log(`\n${table(outcomes)}\n`);
await writeFile(join(WORK, 'results.json'), `${JSON.stringify(outcomes, null, 2)}\n`);
const failed = outcomes.filter((o) => !o.ok).length;
console.log(`${outcomes.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
