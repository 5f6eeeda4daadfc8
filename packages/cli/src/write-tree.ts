/**
 * Writing a FileTree to disk, inside one directory and nowhere else. Every path is re-checked here even
 * though codegen checks it too: this is the boundary where a bad path would do harm.
 */
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, realpath, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { type FileTree, isSafeRelativePath } from '@appgen/codegen';
import { CliError } from './errors.ts';

export interface WriteResult {
  files: number;
  bytes: number;
}

export interface OutDir {
  /** Absolute path. */
  path: string;
  exists: boolean;
}

/** Checks, before anything is generated or written, that `dir` may be written to. */
export async function checkOutDir(dir: string, force: boolean): Promise<OutDir> {
  const path = resolve(dir);
  let entries: string[];
  try {
    entries = await readdir(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { path, exists: false };
    if (code === 'ENOTDIR')
      throw new CliError('OUT_DIR_NOT_DIRECTORY', `${dir} exists and is not a directory`);
    throw new CliError('WRITE_FAILED', `cannot read ${dir}: ${(error as Error).message}`);
  }
  if (entries.length > 0 && !force) {
    throw new CliError(
      'OUT_DIR_NOT_EMPTY',
      `${dir} is not empty (${entries.length} entries); choose a new directory, or pass --force to write over it`,
    );
  }
  return { path, exists: true };
}

/*
 * The files are written with synchronous calls: a CLI has nothing else to do meanwhile, and a hundred small
 * files written one thread-pool round trip per call took longer than generating them.
 */

/** Creates each missing directory between `root` and the file, refusing to pass through a symbolic link. */
function ensureParents(root: string, segments: string[], known: Set<string>): void {
  let current = root;
  for (const segment of segments) {
    current = join(current, segment);
    if (known.has(current)) continue;
    let stat = lstatSync(current, { throwIfNoEntry: false });
    if (stat === undefined) {
      try {
        mkdirSync(current);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      stat = lstatSync(current);
    }
    if (stat.isSymbolicLink()) {
      throw new CliError('SYMLINK_REFUSED', `refusing to write through the symbolic link ${current}`);
    }
    if (!stat.isDirectory()) throw new CliError('WRITE_FAILED', `${current} exists and is not a directory`);
    known.add(current);
  }
}

/**
 * Writes every file of `tree` under `root` (which must exist), stopping at the first error. Paths that are
 * not safe relative paths, that resolve outside `root`, or that pass through a symbolic link are refused.
 */
export async function writeTree(tree: FileTree, root: string): Promise<WriteResult> {
  const base = await realpath(root);
  const known = new Set<string>([base]);
  let bytes = 0;
  for (const file of tree) {
    if (!isSafeRelativePath(file.path)) {
      throw new CliError('UNSAFE_PATH', `refusing to write the unsafe path ${JSON.stringify(file.path)}`);
    }
    const segments = file.path.split('/');
    const target = resolve(base, ...segments);
    const fromBase = relative(base, target);
    if (fromBase === '' || fromBase.startsWith('..') || isAbsolute(fromBase)) {
      throw new CliError(
        'UNSAFE_PATH',
        `refusing to write ${JSON.stringify(file.path)}: it resolves outside ${root}`,
      );
    }
    try {
      ensureParents(base, segments.slice(0, -1), known);
      const existing = lstatSync(target, { throwIfNoEntry: false });
      if (existing?.isSymbolicLink()) {
        throw new CliError('SYMLINK_REFUSED', `refusing to write through the symbolic link ${target}`);
      }
      const data = Buffer.from(file.content, 'utf8');
      // O_NOFOLLOW closes the gap between the lstat above and the open.
      const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);
      const fd = openSync(target, flags, 0o644);
      try {
        for (let written = 0; written < data.length; )
          written += writeSync(fd, data, written, data.length - written);
      } finally {
        closeSync(fd);
      }
      bytes += data.length;
    } catch (error) {
      if (error instanceof CliError) throw error;
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
        throw new CliError('SYMLINK_REFUSED', `refusing to write through the symbolic link ${target}`);
      }
      throw new CliError('WRITE_FAILED', `could not write ${file.path}: ${(error as Error).message}`);
    }
  }
  return { files: tree.length, bytes };
}

/**
 * Writes the project into `out`. When the directory did not exist, the files go to a staging directory
 * beside it that is renamed into place at the end, so a failure leaves no half-written project behind.
 * When it existed (empty, or --force), files are written in place: a rename would replace the user's
 * directory and whatever else it holds, so a failure stops at the first error and says so.
 */
export async function writeProject(tree: FileTree, out: OutDir): Promise<WriteResult> {
  if (out.exists) {
    try {
      return await writeTree(tree, out.path);
    } catch (error) {
      if (error instanceof CliError) {
        throw new CliError(
          error.code,
          `${error.message}\n${out.path} may now hold part of the project`,
          error.details,
        );
      }
      throw error;
    }
  }
  const parent = dirname(out.path);
  await mkdir(parent, { recursive: true });
  const staging = await mkdtemp(join(parent, `.${basename(out.path)}.appgen-`));
  try {
    const result = await writeTree(tree, staging);
    await rename(staging, out.path).catch((error: Error) => {
      throw new CliError('WRITE_FAILED', `could not move the project into ${out.path}: ${error.message}`);
    });
    return result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
