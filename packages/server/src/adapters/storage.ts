/**
 * Blob storage port, and the embedded default: a local folder, content-addressed by sha256 so equal files
 * (a cache hit, an unchanged file across jobs) are stored once. S3 comes later behind the same interface.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { UrlSigner } from './signing.ts';

export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
}

export interface BlobStorage {
  put(content: Buffer): Promise<StoredBlob>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  exists(key: string): Promise<boolean>;
  /** A URL anyone holding it may fetch until `ttlSeconds` pass; `name` picks the content type. */
  signedUrl(key: string, name: string, ttlSeconds: number): string;
  /** Checks a signed URL's parameters; false when forged or expired. */
  verifySignature(key: string, name: string, expires: number, signature: string): boolean;
  check(): Promise<void>;
}

const KEY = /^[0-9a-f]{64}$/;

export function isBlobKey(key: string): boolean {
  return KEY.test(key);
}

export class LocalBlobStorage implements BlobStorage {
  /** Shard folders known to exist, so a put does not ask the file system every time. */
  private readonly shards = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly signer: UrlSigner,
    private readonly now: () => number = Date.now,
  ) {}

  private pathOf(key: string): string {
    if (!isBlobKey(key)) throw new Error(`not a blob key: ${JSON.stringify(key)}`);
    return join(this.root, key.slice(0, 2), key);
  }

  async put(content: Buffer): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const blob = { key: sha256, sha256, size: content.length };
    const file = this.pathOf(sha256);
    if (await this.exists(sha256)) return blob;
    const shard = sha256.slice(0, 2);
    if (!this.shards.has(shard)) {
      await mkdir(join(this.root, shard), { recursive: true });
      this.shards.add(shard);
    }
    // Written beside and renamed, so a reader (or a crash) never sees half a blob under its key.
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, content);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    return blob;
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  stream(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async exists(key: string): Promise<boolean> {
    return access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  signedUrl(key: string, name: string, ttlSeconds: number): string {
    const expires = Math.floor(this.now() / 1000) + ttlSeconds;
    const sig = this.signer.sign(`${key}\n${name}\n${expires}`);
    const query = new URLSearchParams({ name, expires: String(expires), sig });
    return `/api/blobs/${key}?${query}`;
  }

  verifySignature(key: string, name: string, expires: number, signature: string): boolean {
    if (!Number.isInteger(expires) || expires * 1000 < this.now()) return false;
    return this.signer.verify(`${key}\n${name}\n${expires}`, signature);
  }

  async check(): Promise<void> {
    await mkdir(this.root, { recursive: true });
    await stat(this.root);
  }
}
