/**
 * A job's project as a ZIP stream, every entry under one top folder named after the app. Entries are
 * read from storage one at a time as the archive is written (nothing is held in memory), in path order
 * with fixed timestamps and modes, so the same project always gives the same archive.
 */
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import type { BlobStorage } from '../adapters/storage.ts';
import type { JobFile } from './job-types.ts';

const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

export function zipProject(files: readonly JobFile[], storage: BlobStorage, folder: string): Readable {
  const zip = new ZipFile();
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    zip.addReadStreamLazy(
      `${folder}/${file.path}`,
      { mtime: FIXED_MTIME, mode: 0o100644, size: file.size, forceDosTimestamp: true },
      (callback) => callback(null, storage.stream(file.storageKey)),
    );
  }
  zip.end();
  return zip.outputStream as Readable;
}
