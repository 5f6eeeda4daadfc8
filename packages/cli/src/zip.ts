/** A FileTree as a ZIP archive, byte-for-byte reproducible: fixed timestamps and modes, entries in path order. */
import { lstat, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type FileTree, isSafeRelativePath } from '@appgen/codegen';
import { ZipFile } from 'yazl';
import { CliError } from './errors.ts';

/** The earliest time a ZIP (DOS) timestamp can hold; any fixed value would do. */
const FIXED_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Builds the archive in memory. `prefix` (e.g. "my-app") puts every entry under one folder. */
export async function zipTree(tree: FileTree, prefix = ''): Promise<Buffer> {
  const zip = new ZipFile();
  const sorted = [...tree].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of sorted) {
    if (!isSafeRelativePath(file.path)) {
      throw new CliError('UNSAFE_PATH', `refusing to zip the unsafe path ${JSON.stringify(file.path)}`);
    }
    zip.addBuffer(Buffer.from(file.content, 'utf8'), prefix ? `${prefix}/${file.path}` : file.path, {
      mtime: FIXED_MTIME,
      mode: 0o100644,
      forceDosTimestamp: true,
    });
  }
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolvePromise, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolvePromise(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  zip.end();
  return done;
}

/** Refuses to replace an existing file unless `force`; checked before anything is written. */
export async function checkZipTarget(file: string, force: boolean): Promise<void> {
  const stat = await lstat(file).catch(() => null);
  if (stat === null) return;
  if (stat.isDirectory()) throw new CliError('ZIP_EXISTS', `--zip ${file} is a directory; give a file name`);
  if (!force)
    throw new CliError(
      'ZIP_EXISTS',
      `${file} already exists; choose another name, or pass --force to replace it`,
    );
}

/** Writes the archive next to its final name and renames it, so a reader never sees half a ZIP. */
export async function writeZip(tree: FileTree, file: string): Promise<number> {
  const data = await zipTree(tree);
  const temp = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(temp, data);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw new CliError('WRITE_FAILED', `could not write ${file}: ${(error as Error).message}`);
  }
  return data.length;
}
