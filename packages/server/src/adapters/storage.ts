/**
 * Blob storage port, and the embedded default: a local folder, content-addressed by sha256 so equal files
 * (a cache hit, an unchanged file across jobs) are stored once. S3 (s3-storage.ts) sits behind the same
 * port. Besides the files, a project's ZIP is stored under a key derived from its manifest (jobs/zip.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { UrlSigner } from './signing.ts';

export interface StoredBlob {
  key: string;
  sha256: string;
  size: number;
}

export interface BlobStorage {
  /**
   * True when signed URLs lead to the store itself (S3), so the API sends clients there rather than
   * passing the bytes through.
   */
  readonly directDownloads: boolean;
  /** Stores `content` under its sha256, once. */
  put(content: Buffer): Promise<StoredBlob>;
  /** Stores a derived object (a project ZIP, see `isDerivedKey`) under `key`, whole or not at all. */
  putAs(key: string, content: Buffer): Promise<void>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Promise<Readable>;
  exists(key: string): Promise<boolean>;
  /** A URL anyone holding it may fetch until `ttlSeconds` pass; `name` picks the content type. */
  signedUrl(key: string, name: string, ttlSeconds: number): Promise<string>;
  /** Checks the parameters of a URL served by /api/blobs; false when forged or expired. */
  verifySignature(key: string, name: string, expires: number, signature: string): boolean;
  check(): Promise<void>;
  /** Releases connections, at shutdown. */
  close?(): void;
}

/**
 * Storage could not be reached or refused the request (after the client's own retries). `message` is for
 * the caller; `detail` (endpoint, bucket, the underlying error) is for the operator's logs.
 */
export class StorageUnavailableError extends Error {
  readonly code = 'STORAGE_UNAVAILABLE';

  constructor(
    message: string,
    readonly detail: Record<string, unknown> = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'StorageUnavailableError';
  }
}

const KEY = /^[0-9a-f]{64}$/;
const DERIVED_KEY = /^zips\/[0-9a-f]{64}$/;

/** A content key: the sha256 of a stored file. */
export function isBlobKey(key: string): boolean {
  return KEY.test(key);
}

/** A key chosen by the caller for a derived object: `zips/<sha256 of the manifest>`. */
export function isDerivedKey(key: string): boolean {
  return DERIVED_KEY.test(key);
}

export function sha256Hex(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

export class LocalBlobStorage implements BlobStorage {
  readonly directDownloads = false;
  /** Folders known to exist, so a put does not ask the file system every time. */
  private readonly folders = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly signer: UrlSigner,
    private readonly now: () => number = Date.now,
  ) {}

  private pathOf(key: string): string {
    if (isBlobKey(key)) return join(this.root, key.slice(0, 2), key);
    if (isDerivedKey(key)) return join(this.root, key);
    throw new Error(`not a storage key: ${JSON.stringify(key)}`);
  }

  async put(content: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(content);
    const blob = { key: sha256, sha256, size: content.length };
    if (!(await this.exists(sha256))) await this.write(this.pathOf(sha256), content);
    return blob;
  }

  async putAs(key: string, content: Buffer): Promise<void> {
    if (!isDerivedKey(key)) throw new Error(`not a derived key: ${JSON.stringify(key)}`);
    await this.write(this.pathOf(key), content);
  }

  /** Written beside and renamed, so a reader (or a crash) never sees half a file under its key. */
  private async write(file: string, content: Buffer): Promise<void> {
    const folder = dirname(file);
    if (!this.folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      this.folders.add(folder);
    }
    const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, content);
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async stream(key: string): Promise<Readable> {
    const path = this.pathOf(key);
    // Opened before it is handed out, so a missing file is an error here rather than mid-response.
    await access(path);
    return createReadStream(path);
  }

  async exists(key: string): Promise<boolean> {
    return access(this.pathOf(key)).then(
      () => true,
      () => false,
    );
  }

  async signedUrl(key: string, name: string, ttlSeconds: number): Promise<string> {
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
