/**
 * Storage through the API: S3 (s3rver on 127.0.0.1) for a whole job, S3 failing part way or down from the
 * start, and the ZIP kept in local storage.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { presignedContentType } from '../adapters/s3-storage.ts';
import type { BlobStorage } from '../adapters/storage.ts';
import { zipKey } from '../jobs/zip.ts';
import { openTestDb, TEST_DATABASES, type TestDatabase } from '../test-support/databases.ts';
import { S3RVER_CREDENTIALS, startS3Server, type TestS3Server } from '../test-support/s3-server.ts';
import {
  STARTUP_TIMEOUT_MS,
  startTestServer,
  TEST_API_KEY,
  type TestServer,
  waitForJob,
} from '../test-support/test-server.ts';
import { unzip } from '../test-support/unzip.ts';

const alice = { Authorization: `Bearer ${TEST_API_KEY}` };
const PROMPT = 'A gym app: members book classes with trainers; track attendance.';
const sha = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

interface FileEntry {
  path: string;
  size: number;
  sha256: string;
  url: string;
}

function binary(res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

async function expectZipOf(data: Buffer, slug: string, files: FileEntry[]): Promise<void> {
  const entries = await unzip(data);
  expect([...entries.keys()]).toEqual(files.map((file) => `${slug}/${file.path}`));
  for (const file of files) expect(sha(entries.get(`${slug}/${file.path}`)!)).toBe(file.sha256);
}

/** A server on `target` with its own database; closed (server, then database) by the returned dispose. */
async function serverOn(
  target: TestDatabase,
  env: Record<string, string>,
  wrapStorage?: (storage: BlobStorage) => BlobStorage,
) {
  const opened = await openTestDb(target, 'storage');
  const server = await startTestServer(opened.db, env, wrapStorage ? { wrapStorage } : {});
  return {
    server,
    async dispose() {
      await server.dispose();
      await opened.dispose();
    },
  };
}

async function submit(server: TestServer, prompt = PROMPT) {
  const posted = await request(server.app).post('/api/generate').set(alice).send({ prompt });
  expect(posted.status).toBe(202);
  return { jobId: posted.body.jobId as string, job: await waitForJob(server, posted.body.jobId) };
}

/** A failed job shows no result: status says why, every result read is 409, never a 500. */
async function expectNoResult(server: TestServer, jobId: string) {
  const status = await request(server.app).get(`/api/jobs/${jobId}/status`).set(alice);
  expect(status.body).toMatchObject({ status: 'failed', resultUrl: null });
  expect(status.body.error.code).toBe('STORAGE_UNAVAILABLE');
  // Parallel puts share the SDK's retry quota: the first to give up may not have retried.
  expect(status.body.error.message).toMatch(
    /could not be stored: S3 \w+ failed after \d attempts?: ECONNREFUSED/,
  );
  for (const path of ['', '/download', '/files/README.md']) {
    const response = await request(server.app).get(`/api/results/${jobId}${path}`).set(alice);
    expect(response.status, path).toBe(409);
    expect(response.body.error.code).toBe('NOT_READY');
  }
}

async function expectStorageDown(server: TestServer) {
  const health = await request(server.app).get('/api/health');
  expect(health.status).toBe(503);
  expect(health.body.failing).toEqual(['storage']);
  expect(health.body.checks.storage.error).toMatch(/^S3 HeadBucket failed/);
}

describe.each(TEST_DATABASES)('S3 storage through the API on $name', (target) => {
  beforeAll(() => {
    // The SDK's standard credential chain, as in production.
    vi.stubEnv('AWS_ACCESS_KEY_ID', S3RVER_CREDENTIALS.accessKeyId);
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', S3RVER_CREDENTIALS.secretAccessKey);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  describe('with S3 answering', () => {
    let s3: TestS3Server;
    let running: Awaited<ReturnType<typeof serverOn>>;

    beforeAll(async () => {
      // s3rver miscomputes HeadBucket signatures (the health check); presigning is checked in s3-storage.test.ts.
      s3 = await startS3Server({ checkSignatures: false });
      running = await serverOn(target, { ...s3.env, S3_PREFIX: 'results' });
    }, STARTUP_TIMEOUT_MS);
    afterAll(async () => {
      await running?.dispose();
      await s3?.stop();
    });

    it('stores a job in S3: presigned file URLs, the ZIP behind a redirect, health ready', async () => {
      const { server } = running;
      const { jobId, job } = await submit(server);
      expect(job.status).toBe('completed');

      const result = await request(server.app).get(`/api/results/${jobId}`).set(alice);
      expect(result.status).toBe(200);
      const files = result.body.files as FileEntry[];
      const slug = result.body.app.slug as string;
      expect(files.length).toBeGreaterThan(10);
      for (const file of files) {
        const url = new URL(file.url);
        expect(url.origin).toBe(s3.endpoint);
        expect(url.pathname).toBe(`/${s3.bucket}/results/blobs/${file.sha256}`);
        expect(url.searchParams.get('X-Amz-Expires')).toBe('86400');
        const response = await fetch(url);
        expect(response.status, file.path).toBe(200);
        expect(response.headers.get('content-type')).toBe(presignedContentType(file.path));
        expect(sha(Buffer.from(await response.arrayBuffer())), file.path).toBe(file.sha256);
      }
      const raw = await request(server.app).get(`/api/results/${jobId}/files/README.md`).set(alice);
      expect(raw.status).toBe(200);
      expect(sha(raw.text)).toBe(files.find((file) => file.path === 'README.md')!.sha256);

      const download = await request(server.app)
        .get(`/api/results/${jobId}/download`)
        .set(alice)
        .redirects(0);
      expect(download.status).toBe(302);
      expect(download.headers['cache-control']).toBe('no-store');
      const location = new URL(download.headers.location!);
      expect(location.pathname).toBe(`/${s3.bucket}/results/${zipKey(files, slug)}`);
      expect(location.searchParams.get('response-content-disposition')).toBe(
        `attachment; filename="${slug}.zip"`,
      );
      const zip = await fetch(location);
      expect(zip.status).toBe(200);
      expect(zip.headers.get('content-type')).toBe('application/zip');
      await expectZipOf(Buffer.from(await zip.arrayBuffer()), slug, files);
      // Stored once, during the job: the download built nothing.
      expect(s3.puts.filter((key) => key.startsWith('results/zips/'))).toEqual([
        `results/${zipKey(files, slug)}`,
      ]);

      // A cache hit reuses the manifest, and so the stored ZIP.
      const again = await submit(server);
      expect(again.job).toMatchObject({ status: 'completed', cacheHit: true });
      const reused = await request(server.app)
        .get(`/api/results/${again.jobId}/download`)
        .set(alice)
        .redirects(0);
      expect(new URL(reused.headers.location!).pathname).toBe(location.pathname);

      const health = await request(server.app).get('/api/health');
      expect(health.status).toBe(200);
      expect(health.body.checks.storage.ok).toBe(true);

      // S3 gone: the result and its links still answer (presigning needs no request); reading bytes is a 503.
      await s3.stop();
      expect((await request(server.app).get(`/api/results/${jobId}`).set(alice)).status).toBe(200);
      expect((await request(server.app).get(`/api/results/${jobId}/download`).set(alice)).status).toBe(302);
      const unreadable = await request(server.app).get(`/api/results/${jobId}/files/README.md`).set(alice);
      expect(unreadable.status).toBe(503);
      expect(unreadable.body.error.code).toBe('STORAGE_UNAVAILABLE');
      await expectStorageDown(server);
    });
  });

  it(
    'fails the job with STORAGE_UNAVAILABLE when S3 stops after the files, before the ZIP',
    async () => {
      const s3 = await startS3Server({ checkSignatures: false });
      const running = await serverOn(target, s3.env, (storage) =>
        Object.assign(Object.create(storage) as BlobStorage, {
          async putAs(key: string, content: Buffer) {
            await s3.stop();
            return storage.putAs(key, content);
          },
        }),
      );
      try {
        const { server } = running;
        const { jobId, job } = await submit(server);
        expect(job.status).toBe('failed');
        // Every file was stored and recorded; the result still is not visible.
        const files = await server.services.repo.files(jobId);
        expect(files.length).toBeGreaterThan(10);
        expect(new Set(s3.puts)).toEqual(new Set(files.map((file) => `blobs/${file.sha256}`)));
        await expectNoResult(server, jobId);
        await expectStorageDown(server);
      } finally {
        await running.dispose();
        await s3.stop();
      }
    },
    STARTUP_TIMEOUT_MS,
  );

  it(
    'fails the job with STORAGE_UNAVAILABLE when S3 is unreachable, storing nothing',
    async () => {
      const s3 = await startS3Server();
      await s3.stop();
      const running = await serverOn(target, s3.env);
      try {
        const { server } = running;
        const { jobId, job } = await submit(server);
        expect(job.status).toBe('failed');
        expect(await server.services.repo.files(jobId)).toEqual([]);
        await expectNoResult(server, jobId);
        await expectStorageDown(server);
      } finally {
        await running.dispose();
      }
    },
    STARTUP_TIMEOUT_MS,
  );
});

describe.each(TEST_DATABASES)('the ZIP in local storage on $name', (target) => {
  let running: Awaited<ReturnType<typeof serverOn>>;

  beforeAll(async () => {
    running = await serverOn(target, {});
  }, STARTUP_TIMEOUT_MS);
  afterAll(async () => {
    await running?.dispose();
  });

  it('is stored with the job and served from storage; built from the files when missing', async () => {
    const { server } = running;
    const { jobId, job } = await submit(server);
    expect(job.status).toBe('completed');
    const result = await request(server.app).get(`/api/results/${jobId}`).set(alice);
    const files = result.body.files as FileEntry[];
    const slug = result.body.app.slug as string;
    const stored = join(server.dataDir, 'blobs', zipKey(files, slug));
    const bytes = readFileSync(stored);

    const download = () =>
      request(server.app)
        .get(`/api/results/${jobId}/download`)
        .set(alice)
        .buffer(true)
        .parse(binary as never);
    const served = await download();
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('application/zip');
    expect(served.headers['content-disposition']).toBe(`attachment; filename="${slug}.zip"`);
    expect((served.body as Buffer).equals(bytes)).toBe(true);
    await expectZipOf(bytes, slug, files);

    // A result stored before ZIPs were kept: the same bytes, built on demand.
    rmSync(stored);
    const built = await download();
    expect(built.status).toBe(200);
    expect((built.body as Buffer).equals(bytes)).toBe(true);
  });
});
