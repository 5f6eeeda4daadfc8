import { describe, expect, it } from 'vitest';
import { MemoryCache } from '../adapters/cache.ts';
import type { Job } from './job-types.ts';
import type { JobRepository } from './repository.ts';
import { RESULT_MAX_AGE_MS, ResultIndex } from './result-index.ts';

const NOW = Date.parse('2026-12-01T12:00:00Z');

function job(id: string, patch: Partial<Job> = {}): Job {
  return {
    id,
    promptHash: 'h',
    status: 'completed',
    cacheHit: false,
    plannerReason: null,
    finishedAt: new Date(NOW - 60_000),
    ...patch,
  } as Job;
}

/** A repository stub that counts the index searches the cache should save. */
function repoWith(rows: Job[]) {
  const calls = { get: 0, search: 0 };
  const repo = {
    async get(id: string) {
      calls.get++;
      return rows.find((row) => row.id === id) ?? null;
    },
    async findCompletedByHash(hash: string) {
      calls.search++;
      return rows.find((row) => row.promptHash === hash && row.status === 'completed') ?? null;
    },
  } as unknown as JobRepository;
  return { repo, calls };
}

describe('ResultIndex', () => {
  it('searches once, then finds the result by id from the cache', async () => {
    const { repo, calls } = repoWith([job('j1')]);
    const index = new ResultIndex(new MemoryCache(), repo, () => NOW);
    expect((await index.find('h'))?.id).toBe('j1');
    expect((await index.find('h'))?.id).toBe('j1');
    expect(calls).toEqual({ search: 1, get: 1 });
  });

  it('never trusts a cached id the database no longer backs: expired, changed, or a fallback plan', async () => {
    const rows = [job('j1')];
    const { repo, calls } = repoWith(rows);
    const cache = new MemoryCache();
    const index = new ResultIndex(cache, repo, () => NOW);
    await index.remember(rows[0]!);
    rows[0] = job('j1', { finishedAt: new Date(NOW - RESULT_MAX_AGE_MS - 1) });
    expect(await index.find('h')).toMatchObject({ id: 'j1' }); // the search's own answer, not the cache's
    expect(calls.search).toBe(1);
    expect(await cache.get('result:h')).toBeUndefined();
  });

  it('does not remember results that must not be reused', async () => {
    const cache = new MemoryCache();
    const index = new ResultIndex(cache, repoWith([]).repo, () => NOW);
    await index.remember(job('a', { plannerReason: 'The LLM failed; planned offline instead.' }));
    await index.remember(job('b', { cacheHit: true }));
    await index.remember(job('c', { status: 'failed' }));
    expect(await cache.get('result:h')).toBeUndefined();
  });
});
