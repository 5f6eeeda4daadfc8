import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { runAppgen } from '../../test/run-cli.ts';

it('appgen migrate applies the service migrations once, then finds nothing to do', async () => {
  const cwd = await mkdtemp(join(tmpdir(), 'appgen-migrate-'));
  // The child inherits this process's environment: make sure it uses the embedded database.
  const databaseUrl = process.env.DATABASE_URL;
  delete process.env.DATABASE_URL;
  try {
    const first = await runAppgen(['migrate', '--data-dir', join(cwd, 'data')], cwd);
    expect(first.stderr).toBe('');
    expect(first.stdout).toBe('applied 001_jobs.sql\n');
    const second = await runAppgen(['migrate', '--data-dir', join(cwd, 'data')], cwd);
    expect(second.stdout).toBe('database is up to date\n');
    const bad = await runAppgen(['serve', '--port', 'eighty'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('PORT');
  } finally {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    await rm(cwd, { recursive: true, force: true });
  }
}, 120_000);
