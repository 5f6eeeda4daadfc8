import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryCache } from './cache.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';
import { InProcessQueue } from './queue.ts';
import { UrlSigner } from './signing.ts';
import { LocalBlobStorage } from './storage.ts';

const temp = mkdtempSync(join(tmpdir(), 'appgen-adapters-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('data folder lock', () => {
  it('refuses a folder locked by a live process and takes over a stale lock', () => {
    const dir = join(temp, 'db1');
    // The parent of this test process is alive and is not us.
    writeFileSync(`${dir}.lock`, String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    writeFileSync(`${dir}.lock`, '999999999');
    const release = lockDataDir(dir);
    expect(readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    expect(() => lockDataDir(dir)).toThrow(/in use by process/);
    release();
    lockDataDir(dir)();
  });
});

describe('LocalBlobStorage', () => {
  let now = 1_700_000_000_000;
  const storage = new LocalBlobStorage(join(temp, 'blobs'), new UrlSigner('s'.repeat(32)), () => now);

  it('stores content by its sha256 once and reads it back', async () => {
    const first = await storage.put(Buffer.from('hello'));
    const again = await storage.put(Buffer.from('hello'));
    expect(first).toEqual(again);
    expect(first.key).toBe('2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824');
    expect((await storage.get(first.key)).toString()).toBe('hello');
    expect(await storage.exists(first.key)).toBe(true);
    expect(await storage.exists('0'.repeat(64))).toBe(false);
  });

  it('signs URLs that expire and cannot be altered', async () => {
    const key = 'a'.repeat(64);
    const url = new URL(await storage.signedUrl(key, 'src/app.ts', 60), 'http://x');
    const expires = Number(url.searchParams.get('expires'));
    const sig = url.searchParams.get('sig')!;
    expect(url.pathname).toBe(`/api/blobs/${key}`);
    expect(storage.verifySignature(key, 'src/app.ts', expires, sig)).toBe(true);
    expect(storage.verifySignature(key, 'src/other.ts', expires, sig)).toBe(false);
    expect(storage.verifySignature(key, 'src/app.ts', expires + 1, sig)).toBe(false);
    expect(storage.verifySignature(key, 'src/app.ts', expires, `${sig}x`)).toBe(false);
    now += 61_000;
    expect(storage.verifySignature(key, 'src/app.ts', expires, sig)).toBe(false);
  });
});

describe('MemoryCache', () => {
  it('expires entries after their TTL', async () => {
    const cache = new MemoryCache();
    await cache.set('a', { n: 1 }, 20);
    expect(await cache.get('a')).toEqual({ n: 1 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await cache.get('a')).toBeUndefined();
    await cache.set('b', 2, 1000);
    await cache.delete('b');
    expect(await cache.get('b')).toBeUndefined();
  });
});

describe('InProcessQueue', () => {
  it('runs at most `concurrency` jobs at once, each id once while queued', async () => {
    const queue = new InProcessQueue(2);
    let running = 0;
    let peak = 0;
    const seen: string[] = [];
    queue.process(async (id) => {
      running++;
      peak = Math.max(peak, running);
      seen.push(id);
      await new Promise((resolve) => setTimeout(resolve, 10));
      running--;
    });
    for (const id of ['a', 'b', 'c', 'a', 'd']) await queue.enqueue(id);
    expect(await queue.depth()).toBe(4);
    expect(await queue.close(1000)).toBe(true);
    expect(peak).toBe(2);
    expect(seen).toEqual(['a', 'b']);
  });
});
