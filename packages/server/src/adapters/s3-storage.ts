/**
 * Blob storage on S3 or an S3-compatible server (MinIO, s3rver): the same content-addressed layout as the
 * local folder, under `<prefix>blobs/<sha256>` and `<prefix>zips/<sha256>`, with presigned GET URLs.
 * Credentials come from the AWS SDK's standard chain (environment, profiles, instance roles); failed
 * requests are retried by the SDK (`maxAttempts`, AWS_MAX_ATTEMPTS) before they surface as
 * StorageUnavailableError.
 */
import type { Readable } from 'node:stream';
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { fileKind } from '../jobs/languages.ts';
import {
  type BlobStorage,
  isBlobKey,
  isDerivedKey,
  StorageUnavailableError,
  type StoredBlob,
  sha256Hex,
} from './storage.ts';

export interface S3StorageOptions {
  bucket: string;
  region: string;
  /** For S3-compatible servers; unset for AWS. */
  endpoint?: string | undefined;
  /**
   * The endpoint browsers reach, when it differs from the one the service uses (MinIO in Docker Compose:
   * `http://minio:9000` inside, `http://localhost:9000` outside). Presigned URLs are signed for it.
   */
  publicEndpoint?: string | undefined;
  forcePathStyle?: boolean;
  /** Key prefix, '' or ending in '/'. */
  prefix?: string;
  /** Overrides of the client's configuration (tests: credentials, maxAttempts). */
  client?: Partial<S3ClientConfig>;
}

/** Matches the health route's budget, so a hung check does not linger after it has been reported. */
const CHECK_TIMEOUT_MS = 2_000;

/** Content types a browser would run; S3 cannot add the sandbox CSP the local route sets, so they show as text. */
const ACTIVE_CONTENT = /^(text\/html|image\/svg\+xml)/;

interface SdkError {
  name?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; attempts?: number };
}

/** Generated names are ASCII (normalised by @appgen/spec); anything else is replaced, not encoded. */
export function contentDisposition(name: string): string {
  const base = name.slice(name.lastIndexOf('/') + 1).replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${base.endsWith('.zip') ? 'attachment' : 'inline'}; filename="${base}"`;
}

export function presignedContentType(name: string): string {
  if (name.endsWith('.zip')) return 'application/zip';
  const type = fileKind(name).contentType;
  return ACTIVE_CONTENT.test(type) ? 'text/plain; charset=utf-8' : type;
}

export class S3BlobStorage implements BlobStorage {
  readonly directDownloads = true;
  private readonly client: S3Client;
  /** Signs the URLs handed to browsers: the same client unless a public endpoint is set. */
  private readonly presigner: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;

  constructor(private readonly options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ?? '';
    const client = (endpoint: string | undefined) =>
      new S3Client({
        region: options.region,
        ...(endpoint ? { endpoint } : {}),
        forcePathStyle: options.forcePathStyle ?? false,
        // The SDK's default checksums (CRC32 headers and trailers) break presigned URLs and many
        // S3-compatible servers; S3 still checks the payload signature.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // Without these a silent endpoint would hold a job forever.
        requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
        ...options.client,
      });
    this.client = client(options.endpoint);
    this.presigner = options.publicEndpoint ? client(options.publicEndpoint) : this.client;
  }

  private objectKey(key: string): string {
    if (isBlobKey(key)) return `${this.prefix}blobs/${key}`;
    if (isDerivedKey(key)) return `${this.prefix}${key}`;
    throw new Error(`not a storage key: ${JSON.stringify(key)}`);
  }

  /** Runs one SDK call; what fails after the SDK's retries becomes StorageUnavailableError. */
  private async call<T>(operation: string, key: string | null, send: () => Promise<T>): Promise<T> {
    try {
      return await send();
    } catch (error) {
      const sdk = (error ?? {}) as SdkError;
      const status = sdk.$metadata?.httpStatusCode;
      const attempts = sdk.$metadata?.attempts ?? 1;
      const reason = `${sdk.code ?? sdk.name ?? 'Error'}${status ? ` (HTTP ${status})` : ''}`;
      throw new StorageUnavailableError(
        `S3 ${operation} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${reason}.`,
        { bucket: this.bucket, endpoint: this.options.endpoint ?? 'aws', key },
        { cause: error },
      );
    }
  }

  async put(content: Buffer): Promise<StoredBlob> {
    const sha256 = sha256Hex(content);
    const blob = { key: sha256, sha256, size: content.length };
    if (!(await this.exists(sha256))) await this.upload(sha256, content, 'application/octet-stream');
    return blob;
  }

  async putAs(key: string, content: Buffer): Promise<void> {
    if (!isDerivedKey(key)) throw new Error(`not a derived key: ${JSON.stringify(key)}`);
    await this.upload(key, content, 'application/zip');
  }

  /** A PUT is atomic in S3: the object is visible whole or not at all. */
  private async upload(key: string, content: Buffer, contentType: string): Promise<void> {
    const Key = this.objectKey(key);
    await this.call('PutObject', key, () =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key,
          Body: content,
          ContentLength: content.length,
          ContentType: contentType,
        }),
      ),
    );
  }

  async get(key: string): Promise<Buffer> {
    const Key = this.objectKey(key);
    return this.call('GetObject', key, async () => {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key }));
      return Buffer.from(await response.Body!.transformToByteArray());
    });
  }

  async stream(key: string): Promise<Readable> {
    const Key = this.objectKey(key);
    const response = await this.call('GetObject', key, () =>
      this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key })),
    );
    return response.Body as Readable;
  }

  async exists(key: string): Promise<boolean> {
    const Key = this.objectKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key }));
      return true;
    } catch (error) {
      const sdk = (error ?? {}) as SdkError;
      if (sdk.name === 'NotFound' || sdk.$metadata?.httpStatusCode === 404) return false;
      return this.call('HeadObject', key, () => Promise.reject(error));
    }
  }

  async signedUrl(key: string, name: string, ttlSeconds: number): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.bucket,
      Key: this.objectKey(key),
      ResponseContentType: presignedContentType(name),
      ResponseContentDisposition: contentDisposition(name),
      // Content-addressed (files) or derived from content (ZIPs): the bytes under a key never change.
      ResponseCacheControl: `private, max-age=${ttlSeconds}, immutable`,
    });
    return this.call('presign', key, () => getSignedUrl(this.presigner, command, { expiresIn: ttlSeconds }));
  }

  /** S3 checks its own signatures; nothing is served by /api/blobs in this mode. */
  verifySignature(): boolean {
    return false;
  }

  async check(): Promise<void> {
    await this.call('HeadBucket', null, () =>
      this.client.send(new HeadBucketCommand({ Bucket: this.bucket }), {
        abortSignal: AbortSignal.timeout(CHECK_TIMEOUT_MS),
      }),
    );
  }

  close(): void {
    this.client.destroy();
    if (this.presigner !== this.client) this.presigner.destroy();
  }
}
