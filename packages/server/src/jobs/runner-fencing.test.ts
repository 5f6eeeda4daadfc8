/**
 * A job run twice at once (a worker presumed dead but still running, a queue that lost its state and
 * delivered the job again) completes once: the newer attempt wins, the older one stops at its next write.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, TEST_DATABASES } from '../test-support/databases.ts';
import {
  STARTUP_TIMEOUT_MS,
  startTestServer,
  type TestServer,
  waitForJob,
} from '../test-support/test-server.ts';
import { MAX_ATTEMPTS } from './job-types.ts';

describe.each(TEST_DATABASES)('a job delivered twice on $name', (target) => {
  let server: TestServer;
  let disposeDb: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestDb(target, 'fencing');
    disposeDb = opened.dispose;
    server = await startTestServer(opened.db);
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await server?.dispose();
    await disposeDb?.();
  });

  it('completes once, with one set of files, when two runners overlap', async () => {
    let release!: () => void;
    server.spies.gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const job = await server.services.jobs.submit('alice', {
      prompt: 'Guests book rooms and rate their stays.',
    });
    // The queue's runner is now held in planning; a second delivery starts beside it.
    await expect.poll(async () => (await server.services.repo.get(job.id))?.status).toBe('planning');
    const second = server.services.runner.run(job.id);
    await expect.poll(async () => (await server.services.repo.get(job.id))?.attempts).toBe(2);
    release();
    server.spies.gate = undefined;
    await second;
    await waitForJob(server, job.id);

    const done = await server.services.repo.get(job.id);
    expect(done).toMatchObject({ status: 'completed', attempts: 2 });
    const files = await server.services.repo.files(job.id);
    expect(files).toHaveLength(done?.fileCount ?? -1);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    const events = await server.services.repo.eventsAfter(job.id, 0);
    expect(events.filter((e) => e.type === 'completed')).toHaveLength(1);
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
  });

  it('fails a job interrupted MAX_ATTEMPTS times instead of running it again', async () => {
    const job = await server.services.jobs.submit('alice', {
      prompt: 'A plant nursery: plants have a name.',
    });
    await waitForJob(server, job.id);
    await server.services.db.query(
      `UPDATE jobs SET status = 'generating', attempts = $2, finished_at = NULL WHERE id = $1`,
      [job.id, MAX_ATTEMPTS],
    );
    const plansBefore = server.spies.plans;
    await server.services.runner.run(job.id);
    expect(await server.services.repo.get(job.id)).toMatchObject({
      status: 'failed',
      error: { code: 'RETRIES_EXHAUSTED' },
    });
    expect(server.spies.plans).toBe(plansBefore);
  });
});
