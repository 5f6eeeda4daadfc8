/**
 * A job's project as a ZIP, every entry under one top folder named after the app. Entries are opened one
 * at a time as the archive is written, in path order with fixed timestamps and modes, so the same manifest
 * always gives the same archive — which is why the stored ZIP can be keyed by its manifest (`zipKey`):
 * a reused result (cache hit, follower) has the same manifest and so finds the same ZIP.
 */
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { sha256Hex } from '../adapters/storage.ts';
import type { JobFile } from './job-types.ts';

const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

type ManifestEntry = Pick<JobFile, 'path' | 'size' | 'sha256'>;

const byPath = <T extends { path: string }>(files: readonly T[]): T[] =>
  [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

export function zipProject<T extends ManifestEntry>(
  files: readonly T[],
  open: (file: T) => Promise<Readable> | Readable,
  folder: string,
): Readable {
  const zip = new ZipFile();
  for (const file of byPath(files)) {
    zip.addReadStreamLazy(
      `${folder}/${file.path}`,
      { mtime: FIXED_MTIME, mode: 0o100644, size: file.size, forceDosTimestamp: true },
      (callback) => {
        Promise.resolve()
          .then(() => open(file))
          .then(
            (stream) => callback(null, stream),
            (error: Error) => callback(error, null as never),
          );
      },
    );
  }
  zip.end();
  return zip.outputStream as Readable;
}

/** The storage key of the ZIP of `files` under `folder`; v1 names this archive layout. */
export function zipKey(files: readonly ManifestEntry[], folder: string): string {
  const lines = byPath(files).map((file) => `${file.path}\t${file.sha256}\n`);
  return `zips/${sha256Hex(`appgen-zip/v1\n${folder}\n${lines.join('')}`)}`;
}
