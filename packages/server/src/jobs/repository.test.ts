import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDb, type Db } from '../adapters/db.ts';
import type { JobEvent } from '../adapters/events.ts';
import { migrate } from '../adapters/migrate.ts';
import { dropSchema, openTestDb, TEST_DATABASES, uniqueSchema } from '../test-support/databases.ts';
import { JobRepository } from './repository.ts';

const options = {
  complexity: null,
  stack: { frontend: 'react', backend: 'express', database: 'postgres' },
} as const;

describe.each(TEST_DATABASES)('migrations and repository on $name', (target) => {
  let db: Db;
  let dispose: () => Promise<void>;
  const published: JobEvent[] = [];
  let repo: JobRepository;

  beforeAll(async () => {
    ({ db, dispose } = await openTestDb(target, 'repo'));
    repo = new JobRepository(db, (_job, events) => published.push(...events));
  }, 60_000);
  afterAll(() => dispose());

  it('applies migrations once', async () => {
    expect(await migrate(db)).toEqual(['001_jobs.sql']);
    expect(await migrate(db)).toEqual([]);
  });

  it('numbers events per job inside the status change, and refuses stale transitions', async () => {
    const job = await repo.create(
      { id: 'j1', owner: 'alice', prompt: 'p', promptHash: 'h1', options, generatorVersion: 'v' },
      [{ type: 'status', data: { status: 'queued' } }],
    );
    expect(job.status).toBe('queued');
    const planning = await repo.transition('j1', ['queued'], { status: 'planning', startedAt: 'now' }, [
      { type: 'status', data: { status: 'planning' } },
      { type: 'progress', data: { progress: 5 } },
    ]);
    expect(planning?.startedAt).toBeInstanceOf(Date);
    expect(await repo.transition('j1', ['queued'], { status: 'failed' }, [])).toBeNull();
    const files = [{ path: 'a.ts', size: 1, sha256: 'x', storageKey: 'x', language: 'typescript' }];
    await repo.transition(
      'j1',
      ['planning'],
      { status: 'completed', finishedAt: 'now', timings: { planning: 3 } },
      [{ type: 'completed', data: {} }],
      files,
    );
    expect((await repo.eventsAfter('j1', 0)).map((e) => [e.seq, e.type])).toEqual([
      [1, 'status'],
      [2, 'status'],
      [3, 'progress'],
      [4, 'completed'],
    ]);
    expect((await repo.eventsAfter('j1', 2)).map((e) => e.seq)).toEqual([3, 4]);
    expect(published.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(await repo.files('j1')).toEqual(files);
    expect((await repo.findCompletedByHash('h1', 60_000))?.timings).toEqual({ planning: 3 });
    expect(await repo.getOwned('j1', 'bob')).toBeNull();
  });

  it('lists an owner’s jobs newest first, page by page', async () => {
    for (const id of ['k1', 'k2', 'k3']) {
      await repo.create(
        { id, owner: 'carol', prompt: id, promptHash: id, options, generatorVersion: 'v' },
        [],
      );
    }
    const first = await repo.listByOwner('carol', 2);
    expect(first.map((j) => j.id)).toEqual(['k3', 'k2']);
    const last = first.at(-1)!;
    const next = await repo.listByOwner('carol', 2, { createdAt: last.createdAt.toISOString(), id: last.id });
    expect(next.map((j) => j.id)).toEqual(['k1']);
  });
});

describe.runIf(TEST_DATABASES.some((t) => t.name === 'postgres'))('migrations on PostgreSQL', () => {
  it('two migrators starting at once apply each file exactly once', async () => {
    const url = TEST_DATABASES.find((t) => t.name === 'postgres')!.url!;
    const schema = uniqueSchema('migrate');
    const [a, b] = await Promise.all([
      connectDb({ databaseUrl: url, schema, poolSize: 2 }),
      connectDb({ databaseUrl: url, schema, poolSize: 2 }),
    ]);
    try {
      const results = await Promise.all([migrate(a), migrate(b)]);
      expect(results.flat()).toEqual(['001_jobs.sql']);
      const rows = await a.query<{ n: number }>('SELECT count(*)::integer AS n FROM schema_migrations');
      expect(rows[0]!.n).toBe(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
      await dropSchema(url, schema);
    }
  });
});
