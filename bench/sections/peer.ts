/**
 * The peer: `appgen generate` for a blog (Author, Post, Comment, Tag; two many-to-one, one many-to-many;
 * bench/peer/blog.json) against JHipster's `jhipster jdl` for the same model (bench/peer/blog.jdl) with
 * --skip-install --skip-git. generator-jhipster is installed with npm into a cache folder outside the
 * repository (never a dependency of the project) and reused by later runs.
 */
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { generate } from '@appgen/codegen';
import { normalizeSpec } from '@appgen/spec';
import { bundleCli } from '../../packages/cli/build/bundle.ts';
import { REPO_ROOT } from '../../packages/server/test/support/processes.ts';
import { describeProfile, summarizeProfileDir } from '../lib/cpu-profile.ts';
import { onCleanup } from '../lib/lifecycle.ts';
import type { Row } from '../lib/report.ts';
import type { Section } from '../lib/section.ts';
import { ms, round, summarize } from '../lib/stats.ts';

const JHIPSTER_VERSION = '8.11.0';
const TARGET_RATIO = 100;
// Processes per appgen measurement, median taken: one process start is at the mercy of the machine's noise.
const RUNS = 5;
const PEER_DIR = join(REPO_ROOT, 'bench', 'peer');
const CACHE_DIR = process.env.APPGEN_BENCH_CACHE ?? join(homedir(), '.cache', 'appgen-bench');

/** Runs a command to its end (bounded), killing it and its children on time-out or bench cleanup. */
function run(
  command: string,
  args: string[],
  cwd: string,
  timeoutMs: number,
): Promise<{ code: number | null; ms: number; output: string }> {
  const started = performance.now();
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1', npm_config_update_notifier: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const killGroup = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {}
  };
  const forget = onCleanup(`${command} ${args[0] ?? ''} (pid ${child.pid})`, () => {
    if (child.exitCode === null && child.signalCode === null) killGroup();
  });
  const chunks: string[] = [];
  child.stdout?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => chunks.push(chunk.toString()));
  const timer = setTimeout(killGroup, timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(timer);
      void forget();
      resolve({ code, ms: performance.now() - started, output: chunks.join('') });
    });
    child.on('error', (error) => {
      chunks.push(String(error));
    });
  });
}

/**
 * Where both tools write their projects: a RAM folder when the machine has one. Creating a file on the bench
 * machine's disk (ext4 without a journal) costs 0.1 to 1 ms depending on how many files were deleted in the
 * last minutes (its inode allocator steps over each recently deleted inode), which would measure the disk's
 * history rather than the tools.
 */
function outputRoot(workDir: string): { path: string; inMemory: boolean } {
  try {
    const path = mkdtempSync(join('/dev/shm', 'appgen-bench-peer-'));
    onCleanup('the peer output folder', () => rmSync(path, { recursive: true, force: true }));
    return { path, inMemory: true };
  } catch {
    return { path: workDir, inMemory: false };
  }
}

function countFiles(dir: string): number {
  let count = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countFiles(join(dir, entry.name));
    else count++;
  }
  return count;
}

/** generator-jhipster in the cache folder; installs it when missing. Returns its CLI script. */
async function jhipsterCli(): Promise<{ cli: string; installedNow: boolean; installMs?: number }> {
  const dir = join(CACHE_DIR, `jhipster-${JHIPSTER_VERSION}`);
  const pkg = join(dir, 'node_modules', 'generator-jhipster', 'package.json');
  const cli = join(dir, 'node_modules', 'generator-jhipster', 'dist', 'cli', 'jhipster.cjs');
  const installed = () =>
    existsSync(pkg) &&
    (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version === JHIPSTER_VERSION;
  if (installed() && existsSync(cli)) return { cli, installedNow: false };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  const npm = await run(
    'npm',
    ['install', `generator-jhipster@${JHIPSTER_VERSION}`, '--no-audit', '--no-fund', '--loglevel=error'],
    dir,
    600_000,
  );
  if (npm.code !== 0 || !existsSync(cli))
    throw new Error(`npm install generator-jhipster@${JHIPSTER_VERSION} failed: ${npm.output.slice(-500)}`);
  return { cli, installedNow: true, installMs: npm.ms };
}

export const peerSection: Section = {
  name: 'peer',
  budgetMs: () => 900_000,
  async run(options) {
    const appgenBin = join(REPO_ROOT, 'packages', 'cli', 'bin', 'appgen.js');
    // What `npm install` does on a fresh clone, so the bin runs the bundle of the current sources.
    const bundle = await bundleCli();
    const specFile = join(PEER_DIR, 'blog.json');
    const outputs = outputRoot(options.workDir);
    let appgenFiles = 0;
    const timeAppgen = async (root: string, name: string) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const out = join(root, `${name}-${i}`);
        const res = await run(
          process.execPath,
          [appgenBin, 'generate', '--spec', specFile, '--out', out],
          REPO_ROOT,
          60_000,
        );
        if (res.code !== 0) throw new Error(`appgen generate failed: ${res.output.slice(-500)}`);
        times.push(res.ms);
        appgenFiles = countFiles(out);
      }
      return times;
    };
    const appgenRuns = await timeAppgen(outputs.path, 'peer-appgen');
    const onDiskMs = outputs.inMemory
      ? summarize(await timeAppgen(options.workDir, 'peer-appgen-disk')).p50
      : undefined;
    // Where a cold `appgen generate` spends its time: node starting, then the bin loading the bundle.
    const medianOfRuns = async (args: string[]) => {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) times.push((await run(process.execPath, args, REPO_ROOT, 30_000)).ms);
      return summarize(times).p50;
    };
    const nodeAloneMs = await medianOfRuns(['-e', '0']);
    const versionMs = await medianOfRuns([appgenBin, '--version']);
    const appgenMs = summarize(appgenRuns).p50;
    const { spec } = normalizeSpec(JSON.parse(readFileSync(specFile, 'utf8')));
    for (let i = 0; i < 5; i++) generate(spec);
    const inProcess: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t0 = performance.now();
      generate(normalizeSpec(JSON.parse(readFileSync(specFile, 'utf8'))).spec);
      inProcess.push(performance.now() - t0);
    }
    const inProcessMs = summarize(inProcess).p50;

    const rows: Row[] = [];
    const notes: string[] = [];
    let jhipster: { ms: number; files: number; installMs?: number } | { error: string };
    try {
      const { cli, installMs } = await jhipsterCli();
      const out = join(outputs.path, 'peer-jhipster');
      mkdirSync(out, { recursive: true });
      copyFileSync(join(PEER_DIR, 'blog.jdl'), join(out, 'blog.jdl'));
      const res = await run(
        process.execPath,
        [cli, 'jdl', 'blog.jdl', '--skip-install', '--skip-git', '--no-insight', '--force'],
        out,
        600_000,
      );
      if (res.code !== 0) throw new Error(`jhipster jdl exited ${res.code}: ${res.output.slice(-400)}`);
      jhipster = { ms: res.ms, files: countFiles(out) - 1, installMs };
    } catch (error) {
      jhipster = { error: (error as Error).message.split('\n')[0]!.slice(0, 200) };
    }

    rows.push({
      section: 'peer',
      metric: '`appgen generate` blog (Author, Post, Comment, Tag)',
      value: `${ms(appgenMs)} wall clock (median of ${RUNS} processes; generate in-process ${ms(inProcessMs)}), ${appgenFiles} files`,
    });
    if (onDiskMs !== undefined) {
      rows.push({
        section: 'peer',
        metric: '`appgen generate` blog, written to the disk instead of RAM',
        value: `${ms(onDiskMs)} wall clock (median of ${RUNS} processes)`,
      });
    }
    rows.push({
      section: 'peer',
      metric: '`appgen generate` cold: node alone / + loading the CLI / + generating and writing',
      value: `${ms(nodeAloneMs)} / +${ms(versionMs - nodeAloneMs)} (\`appgen --version\`) / +${ms(appgenMs - versionMs)}`,
    });
    if ('error' in jhipster) {
      rows.push({
        section: 'peer',
        metric: `JHipster ${JHIPSTER_VERSION} \`jhipster jdl\``,
        value: `failed: ${jhipster.error}`,
      });
      rows.push({
        section: 'peer',
        metric: 'JHipster ÷ appgen wall clock',
        value: 'not measured (JHipster failed)',
        target: `≥ ${TARGET_RATIO}×`,
        met: null,
      });
    } else {
      const ratio = jhipster.ms / appgenMs;
      rows.push({
        section: 'peer',
        metric: `JHipster ${JHIPSTER_VERSION} \`jhipster jdl --skip-install --skip-git\``,
        value: `${ms(jhipster.ms)} wall clock, ${jhipster.files} files`,
      });
      rows.push({
        section: 'peer',
        metric: 'JHipster ÷ appgen wall clock (processes)',
        value: `${round(ratio)}× (in-process generate: ${round(jhipster.ms / inProcessMs)}×)`,
        target: `≥ ${TARGET_RATIO}×`,
        met: ratio >= TARGET_RATIO,
      });
      if (ratio < TARGET_RATIO && options.profile) {
        const dir = join(options.workDir, 'profile-peer');
        mkdirSync(dir, { recursive: true });
        await run(
          process.execPath,
          [
            '--cpu-prof',
            `--cpu-prof-dir=${dir}`,
            appgenBin,
            'generate',
            '--spec',
            specFile,
            '--out',
            join(options.workDir, 'peer-appgen-prof'),
          ],
          REPO_ROOT,
          60_000,
        );
        const summary = summarizeProfileDir(dir);
        if (summary)
          notes.push(
            `Missed the peer target; the profile of one \`appgen generate\` process (node alone starts in ${ms(nodeAloneMs)} here):\n${describeProfile(summary, 8)}`,
          );
      }
    }
    notes.unshift(
      `**Peer** — wall clock of whole processes, as a user runs them: \`node packages/cli/bin/appgen.js generate --spec bench/peer/blog.json --out DIR\` (${RUNS} runs, median, each into a new folder${outputs.inMemory ? ' under /dev/shm' : ''}; the bin runs the CLI bundle, ${Math.round(bundle.bytes / 1024)} KB from ${bundle.sources} sources, built first as \`npm install\` builds it; the cold breakdown: \`node -e 0\` and \`appgen --version\`, ${RUNS} runs each, median) vs generator-jhipster ${JHIPSTER_VERSION} (installed with npm in ${CACHE_DIR}, outside the repository; ${'installMs' in jhipster && jhipster.installMs ? `installed in this run in ${round(jhipster.installMs / 1000)} s` : 'reused from an earlier run'}) \`jhipster jdl bench/peer/blog.jdl --skip-install --skip-git --no-insight --force\` in an empty folder${outputs.inMemory ? ' under /dev/shm' : ''}, one run.${outputs.inMemory ? " Both write to RAM because creating a file on this disk costs 0.1 to 1 ms depending on how many files the machine deleted in the last minutes (ext4 without a journal steps over recently deleted inodes): the disk's history, not the tools." : ''} The same model in both: Author, Post, Comment, Tag; Post → Author and Comment → Post many-to-one, Post ↔ Tag many-to-many. appgen writes React + Express + PostgreSQL; JHipster a Spring Boot (Maven) + React monolith. Files counted on disk (the .jdl itself excluded).`,
    );
    return {
      rows,
      notes,
      data: {
        appgenRunsMs: appgenRuns,
        appgenFiles,
        inProcessMs: summarize(inProcess),
        nodeAloneMs,
        versionMs,
        bundle: { bytes: bundle.bytes, sources: bundle.sources },
        jhipster,
      },
    };
  },
};
