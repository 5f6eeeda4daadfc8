/**
 * The real appgen server for the browser tests: packages/server started as a child process on embedded
 * defaults (PGlite in a temp data dir), port 0, serving the built web UI from packages/web/dist.
 * Set APPGEN_E2E_URL to test a server that is already running instead.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO_ROOT = join(import.meta.dirname, '..', '..', '..', '..');
const SERVER_MAIN = join(REPO_ROOT, 'packages', 'server', 'src', 'main.ts');
const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
export const WEB_DIST_INDEX = join(REPO_ROOT, 'packages', 'web', 'dist', 'index.html');
const START_TIMEOUT_MS = 90_000;

export interface TestServer {
  url: string;
  stop(): Promise<void>;
}

export async function startTestServer(
  options: { stageDelayMs?: number; env?: Record<string, string> } = {},
): Promise<TestServer> {
  const external = process.env.APPGEN_E2E_URL;
  if (external && !options.env) return { url: external.replace(/\/$/, ''), stop: async () => {} };
  if (!existsSync(WEB_DIST_INDEX)) {
    throw new Error('packages/web/dist is missing: run `npm run build -w @appgen/web` before the e2e tests.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'appgen-e2e-'));
  const child = spawn(TSX, [SERVER_MAIN], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      APPGEN_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      // Slow enough that a test can reload the page while the job runs.
      APPGEN_TEST_STAGE_DELAY_MS: String(options.stageDelayMs ?? 0),
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => stopChild(child).finally(() => rmSync(dataDir, { recursive: true, force: true }));
  try {
    const url = await waitForListening(child);
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Reads the server's JSON log until the line that says where it listens. */
function waitForListening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`server did not start in time:\n${output}`)),
      START_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`server exited with ${code} before listening:\n${output}`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
