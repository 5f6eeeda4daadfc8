/**
 * Restart recovery with the real process: `appgen serve` on a temp data folder, a job slowed by the
 * test-only stage delay, kill -9 mid-job, start again: the job completes (on its second attempt).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_DATABASES } from './test-support/databases.ts';

const BIN = fileURLToPath(new URL('../../cli/bin/appgen.js', import.meta.url));
const KEY = 'restart-key-0123456789abcdef';
const auth = { Authorization: `Bearer ${KEY}` };

interface Started {
  child: ChildProcess;
  url: string;
}

function startServer(dataDir: string, databaseUrl: string | undefined): Promise<Started> {
  const child = spawn(
    process.execPath,
    [BIN, 'serve', '--port', '0', '--host', '127.0.0.1', '--data-dir', dataDir],
    {
      env: {
        ...process.env,
        APPGEN_API_KEYS: `${KEY}=restarter`,
        APPGEN_TEST_STAGE_DELAY_MS: '1500',
        LOG_LEVEL: 'info',
        DATABASE_URL: databaseUrl ?? '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1]! });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

async function status(url: string, jobId: string): Promise<{ status: string; attempts: number }> {
  const response = await fetch(`${url}/api/jobs/${jobId}/status`, { headers: auth });
  return (await response.json()) as { status: string; attempts: number };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

describe.each(TEST_DATABASES)('restart recovery on $name', (target) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'appgen-restart-'));
  const children: ChildProcess[] = [];
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};

  afterAll(async () => {
    for (const child of children) await killed(child);
    await dropDatabase();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('completes a job whose server was killed mid-job', async () => {
    if (target.url) {
      // The server takes no schema option, so it gets a database of its own.
      const name = `appgen_restart_${randomBytes(4).toString('hex')}`;
      const admin = new pg.Client({ connectionString: target.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(target.url);
      url.pathname = `/${name}`;
      databaseUrl = url.toString();
      dropDatabase = async () => {
        const client = new pg.Client({ connectionString: target.url });
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      };
    }
    const first = await startServer(dataDir, databaseUrl);
    children.push(first.child);
    const posted = await fetch(`${first.url}/api/generate`, {
      method: 'POST',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ prompt: 'A clinic: patients book appointments with doctors.' }),
    });
    expect(posted.status).toBe(202);
    const { jobId } = (await posted.json()) as { jobId: string };
    await until('the job to start', async () => {
      const current = await status(first.url, jobId);
      return current.status === 'planning' || current.status === 'generating' ? current : undefined;
    });
    await killed(first.child);

    const second = await startServer(dataDir, databaseUrl);
    children.push(second.child);
    const done = await until('the job to finish', async () => {
      const current = await status(second.url, jobId);
      return ['completed', 'failed', 'cancelled'].includes(current.status) ? current : undefined;
    });
    expect(done).toMatchObject({ status: 'completed', attempts: 2 });
    const result = await fetch(`${second.url}/api/results/${jobId}`, { headers: auth });
    expect(result.status).toBe(200);
    const body = (await result.json()) as { files: unknown[]; metadata: { fileCount: number } };
    expect(body.files.length).toBe(body.metadata.fileCount);
    second.child.kill('SIGTERM');
  }, 180_000);
});
