/**
 * Generates every sample spec in samples/specs and every sample description in samples/prompts.json
 * (planned by the offline planner), or the spec files given as arguments, and checks each project the
 * way a user would: npm install, type-check, build, and its own tests on PGlite and on PostgreSQL.
 * Prints a table with times per step; exits non-zero on any failure.
 *
 * Every sample runs on the default stack; a representative subset (together every field type and
 * relation kind) runs again with the Vue client. `--frontend vue` runs only Vue cells, for every sample.
 *
 *   npm run verify:generated [-- samples/specs/01-one-entity.json …] [-- --only prompt-] [-- --frontend vue]
 *   VERIFY_DATABASE_URL=postgres://… (default postgres://postgres@127.0.0.1:5432/test)
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { generate } from '@appgen/codegen';
import { OfflinePlanner } from '@appgen/planner';
import { type AppSpec, FRONTENDS, type Frontend, normalizeSpec } from '@appgen/spec';
import pg from 'pg';

const ROOT = resolve(import.meta.dirname, '..');
const WORK = join(ROOT, '.tmp', 'verify');
const DATABASE_URL = process.env.VERIFY_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Step {
  name: string;
  command: string[];
  cwd: string;
  env?: Record<string, string>;
}

interface Outcome {
  spec: string;
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

async function checkPostgres(): Promise<void> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${DATABASE_URL} (${(error as Error).message}). Start it or set VERIFY_DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

interface Sample {
  name: string;
  spec: AppSpec;
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

async function verify({ name, spec }: Sample): Promise<Outcome> {
  const dir = join(WORK, name);
  const started = performance.now();
  const tree = generate(spec);
  const generateMs = performance.now() - started;
  await rm(dir, { recursive: true, force: true });
  for (const file of tree) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
  const steps: Step[] = [
    { name: 'install', command: ['npm', 'install', '--prefer-offline', '--no-audit', '--no-fund'], cwd: dir },
    { name: 'typecheck', command: ['npm', 'run', 'typecheck', '-w', 'server', '-w', 'client'], cwd: dir },
    { name: 'build', command: ['npm', 'run', 'build'], cwd: dir },
    { name: 'test:pglite', command: ['npm', 'test'], cwd: dir },
    { name: 'test:postgres', command: ['npm', 'test', '-w', 'server'], cwd: dir, env: { DATABASE_URL } },
  ];
  const outcome: Outcome = { spec: name, files: tree.length, generateMs, steps: {}, ok: true };
  for (const step of steps) {
    const result = await run(step, join(dir, `verify-${step.name.replace(':', '-')}.log`));
    outcome.steps[step.name] = result;
    if (!result.ok) {
      outcome.ok = false;
      break;
    }
  }
  return outcome;
}

function table(outcomes: Outcome[]): string {
  const names = ['install', 'typecheck', 'build', 'test:pglite', 'test:postgres'];
  const header = `| spec | files | generate | ${names.join(' | ')} | result |`;
  const rule = `|${'---|'.repeat(names.length + 4)}`;
  const rows = outcomes.map((o) => {
    const cells = names.map((n) => {
      const step = o.steps[n];
      return step ? `${(step.ms / 1000).toFixed(1)} s${step.ok ? '' : ' ✗'}` : '—';
    });
    return `| ${o.spec} | ${o.files} | ${o.generateMs.toFixed(1)} ms | ${cells.join(' | ')} | ${o.ok ? 'pass' : 'FAIL'} |`;
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

function frontendOption(value: string | undefined): Frontend | undefined {
  if (value === undefined) return undefined;
  if ((FRONTENDS as readonly string[]).includes(value)) return value as Frontend;
  throw new Error(`--frontend ${value}: choose one of ${FRONTENDS.join(', ')}`);
}

const argv = process.argv.slice(2);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv.splice(onlyAt, 2)[1] : undefined;
const frontendAt = argv.indexOf('--frontend');
const frontend = frontendOption(frontendAt >= 0 ? argv.splice(frontendAt, 2)[1] : undefined);
const loaded = await loadSamples(argv);
const cells = frontend
  ? loaded.map((sample) => onFrontend(sample, frontend))
  : [...loaded, ...loaded.filter((s) => VUE_SAMPLES.includes(s.name)).map((s) => onFrontend(s, 'vue'))];
const samples = cells.filter((sample) => !only || sample.name.includes(only));
await checkPostgres();
await mkdir(WORK, { recursive: true });
const outcomes: Outcome[] = [];
for (const sample of samples) {
  process.stdout.write(`verifying ${sample.name} … `);
  const outcome = await verify(sample);
  outcomes.push(outcome);
  console.log(outcome.ok ? 'pass' : 'FAIL');
}
console.log(`\n${table(outcomes)}\n`);
await writeFile(join(WORK, 'results.json'), `${JSON.stringify(outcomes, null, 2)}\n`);
const failed = outcomes.filter((o) => !o.ok).length;
console.log(`${outcomes.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
