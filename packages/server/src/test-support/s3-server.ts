/**
 * An S3-compatible server (s3rver) on 127.0.0.1 for tests, with one bucket in a temp folder. It fails the
 * test when it cannot start. s3rver's credentials are S3RVER/S3RVER; it checks signatures except where
 * told not to (its HeadBucket check is wrong: it signs "/bucket/" where clients sign "/bucket").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';

export const S3RVER_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export interface TestS3Server {
  endpoint: string;
  bucket: string;
  /** Object keys written by PUT, in order. */
  puts: string[];
  /** The server's environment for appgen (credentials go in AWS_* separately). */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startS3Server(
  options: { bucket?: string; checkSignatures?: boolean } = {},
): Promise<TestS3Server> {
  const bucket = options.bucket ?? 'appgen-test';
  const directory = mkdtempSync(join(tmpdir(), 'appgen-s3rver-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    allowMismatchedSignatures: options.checkSignatures === false,
    configureBuckets: [{ name: bucket }],
  });
  const puts: string[] = [];
  server.on('event', (event) => {
    for (const record of event.Records) {
      if (record.eventName.startsWith('ObjectCreated')) puts.push(decodeURIComponent(record.s3.object.key));
    }
  });
  const address = await server.run();
  const endpoint = `http://127.0.0.1:${address.port}`;
  let stopped = false;
  return {
    endpoint,
    bucket,
    puts,
    env: { S3_BUCKET: bucket, S3_ENDPOINT: endpoint, S3_FORCE_PATH_STYLE: 'true', S3_REGION: 'us-east-1' },
    async stop() {
      if (stopped) return;
      stopped = true;
      // Clients keep connections alive; close would wait for them.
      server.httpServer?.closeAllConnections();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
