import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3RVER_CREDENTIALS, startS3Server, type TestS3Server } from '../test-support/s3-server.ts';
import { contentDisposition, S3BlobStorage } from './s3-storage.ts';
import { StorageUnavailableError } from './storage.ts';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

describe('S3BlobStorage on s3rver', () => {
  let s3: TestS3Server;
  let storage: S3BlobStorage;

  beforeAll(async () => {
    // Signatures checked: a presigned URL that s3rver accepts is signed right.
    s3 = await startS3Server({ checkSignatures: true });
    storage = new S3BlobStorage({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      region: 'eu-west-3',
      forcePathStyle: true,
      prefix: 'appgen/',
      client: { credentials: S3RVER_CREDENTIALS },
    });
  });
  afterAll(async () => {
    storage?.close();
    await s3?.stop();
  });

  it('stores content by its sha256 once and reads it back', async () => {
    const first = await storage.put(Buffer.from('hello s3'));
    const again = await storage.put(Buffer.from('hello s3'));
    expect(first).toEqual(again);
    expect(first).toEqual({ key: sha('hello s3'), sha256: sha('hello s3'), size: 8 });
    expect(s3.puts.filter((key) => key === `appgen/blobs/${first.key}`)).toHaveLength(1);
    expect((await storage.get(first.key)).toString()).toBe('hello s3');
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.stream(first.key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('hello s3');
    expect(await storage.exists(first.key)).toBe(true);
    expect(await storage.exists('0'.repeat(64))).toBe(false);
    await expect(storage.get('0'.repeat(64))).rejects.toBeInstanceOf(StorageUnavailableError);
  });

  it('stores a derived object under its key, and refuses keys of any other shape', async () => {
    const key = `zips/${'b'.repeat(64)}`;
    await storage.putAs(key, Buffer.from('PK zip'));
    expect(s3.puts).toContain(`appgen/${key}`);
    expect((await storage.get(key)).toString()).toBe('PK zip');
    await expect(storage.putAs('../escape', Buffer.from('x'))).rejects.toThrow(/not a derived key/);
    await expect(storage.get('blobs/../x')).rejects.toThrow(/not a storage key/);
  });

  it('presigns a GET valid 24 h with the response content type and disposition', async () => {
    const blob = await storage.put(Buffer.from('# Title\n'));
    const url = new URL(await storage.signedUrl(blob.key, 'docs/README.md', 86_400));
    const query = url.searchParams;
    expect(url.origin).toBe(s3.endpoint);
    expect(url.pathname).toBe(`/${s3.bucket}/appgen/blobs/${blob.key}`);
    expect(query.get('X-Amz-Expires')).toBe('86400');
    expect(query.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(query.get('X-Amz-Credential')).toMatch(/^S3RVER\/\d{8}\/eu-west-3\/s3\/aws4_request$/);
    expect(query.get('X-Amz-SignedHeaders')).toBe('host');
    expect(query.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(query.get('response-content-type')).toBe('text/markdown; charset=utf-8');
    expect(query.get('response-content-disposition')).toBe('inline; filename="README.md"');
    // No checksum mode asked of the server (requestChecksumCalculation: 'WHEN_REQUIRED').
    expect([...query.keys()].filter((name) => /checksum/i.test(name))).toEqual([]);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('inline; filename="README.md"');
    expect(response.headers.get('cache-control')).toBe('private, max-age=86400, immutable');
    expect(await response.text()).toBe('# Title\n');

    const tampered = new URL(url);
    tampered.searchParams.set('response-content-type', 'text/html');
    expect((await fetch(tampered)).status).toBe(403);
  });

  it('serves HTML as text and ZIPs as attachments', async () => {
    const html = await storage.put(Buffer.from('<script>alert(1)</script>'));
    const response = await fetch(await storage.signedUrl(html.key, 'web/index.html', 60));
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(contentDisposition('my-app.zip')).toBe('attachment; filename="my-app.zip"');
    expect(contentDisposition('a/naïve "x".md')).toBe('inline; filename="na_ve _x_.md"');
  });

  it('reports an unreachable server as StorageUnavailableError after the retries', async () => {
    const down = await startS3Server();
    await down.stop();
    const unreachable = new S3BlobStorage({
      bucket: down.bucket,
      endpoint: down.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      client: { credentials: S3RVER_CREDENTIALS, maxAttempts: 2 },
    });
    try {
      const error = await unreachable.put(Buffer.from('x')).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect((error as StorageUnavailableError).code).toBe('STORAGE_UNAVAILABLE');
      expect((error as Error).message).toBe('S3 HeadObject failed after 2 attempts: ECONNREFUSED.');
      await expect(unreachable.check()).rejects.toThrow(/S3 HeadBucket failed/);
    } finally {
      unreachable.close();
    }
  });
});

describe('S3BlobStorage with a public endpoint', () => {
  it('signs the URLs it hands to browsers for the public host, and uses the inside one itself', async () => {
    const s3 = await startS3Server({ checkSignatures: true });
    const storage = new S3BlobStorage({
      bucket: s3.bucket,
      endpoint: s3.endpoint,
      publicEndpoint: 'http://localhost:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      client: { credentials: S3RVER_CREDENTIALS },
    });
    try {
      const blob = await storage.put(Buffer.from('public'));
      const url = new URL(await storage.signedUrl(blob.key, 'a.txt', 3600));
      expect(url.host).toBe('localhost:9000');
      expect(url.pathname).toBe(`/${s3.bucket}/blobs/${blob.key}`);
      expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
      expect(s3.puts).toContain(`blobs/${blob.key}`);
    } finally {
      storage.close();
      await s3.stop();
    }
  });
});
