/**
 * Writing a FileTree to disk, inside one directory and nowhere else. Every path is re-checked here even
 * though codegen checks it too: this is the boundary where a bad path would do harm.
 */
import { constants } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, realpath, rename, rm, writeFile } from 'node:fs/promises';
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
 * Creating a file costs this kind of disk far more than generating it (about 1 ms each on the bench machine,
 * mostly kernel time), so directories are made one depth at a time and files written several at once through
 * the thread pool: the kernel's work then runs on every core.
 */
const WRITES_IN_FLIGHT = 16;
// O_NOFOLLOW refuses a symbolic link at the last path segment, atomically; where the platform has none
// (Windows), each file is checked with lstat first.
const WRITE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | (constants.O_NOFOLLOW ?? 0);

/** Every directory the files need, relative to the root, grouped by depth (parents first). */
function directoriesByDepth(paths: string[]): string[][] {
  const levels: Set<string>[] = [];
  for (const path of paths) {
    const segments = path.split('/');
    for (let depth = 1; depth < segments.length; depth++) {
      const level = levels[depth - 1] ?? new Set<string>();
      levels[depth - 1] = level;
      level.add(segments.slice(0, depth).join('/'));
    }
  }
  return levels.map((level) => [...level]);
}

/** Creates a directory, or accepts an existing one, refusing a symbolic link or a file in its place. */
async function ensureDirectory(path: string): Promise<void> {
  try {
    await mkdir(path);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const stat = await lstat(path);
  if (stat.isSymbolicLink()) {
    throw new CliError('SYMLINK_REFUSED', `refusing to write through the symbolic link ${path}`);
  }
  if (!stat.isDirectory()) throw new CliError('WRITE_FAILED', `${path} exists and is not a directory`);
}

async function writeOneFile(target: string, content: string): Promise<void> {
  if (!constants.O_NOFOLLOW) {
    const existing = await lstat(target).catch(() => undefined);
    if (existing?.isSymbolicLink()) {
      throw new CliError('SYMLINK_REFUSED', `refusing to write through the symbolic link ${target}`);
    }
  }
  await writeFile(target, content, { flag: WRITE_FLAGS, mode: 0o644 });
}

/** Runs `task` over `items`, at most `limit` at once; rejects with the first failure once all have settled. */
async function forEachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (next < items.length && failure === undefined) {
      const item = items[next++] as T;
      await task(item).catch((error: unknown) => {
        failure ??= { error };
      });
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}

function writeError(error: unknown, path: string, target: string): CliError {
  if (error instanceof CliError) return error;
  if ((error as NodeJS.ErrnoException).code === 'ELOOP') {
    return new CliError('SYMLINK_REFUSED', `refusing to write through the symbolic link ${target}`);
  }
  return new CliError('WRITE_FAILED', `could not write ${path}: ${(error as Error).message}`);
}

/** A file's absolute path under `base`, or an UNSAFE_PATH error. */
function targetPath(base: string, path: string, root: string): string {
  if (!isSafeRelativePath(path)) {
    throw new CliError('UNSAFE_PATH', `refusing to write the unsafe path ${JSON.stringify(path)}`);
  }
  const target = resolve(base, ...path.split('/'));
  const fromBase = relative(base, target);
  if (fromBase === '' || fromBase.startsWith('..') || isAbsolute(fromBase)) {
    throw new CliError(
      'UNSAFE_PATH',
      `refusing to write ${JSON.stringify(path)}: it resolves outside ${root}`,
    );
  }
  return target;
}

/**
 * Writes every file of `tree` under `root` (which must exist); on an error, what was started finishes and
 * nothing more is begun. Every path is checked before anything is written: paths that are not safe relative
 * paths or resolve outside `root` are refused, as is any path through a symbolic link.
 */
export async function writeTree(tree: FileTree, root: string): Promise<WriteResult> {
  const base = await realpath(root);
  const targets = tree.map((file) => targetPath(base, file.path, root));
  let bytes = 0;
  for (const level of directoriesByDepth(tree.map((file) => file.path))) {
    await Promise.all(
      level.map((dir) =>
        ensureDirectory(join(base, ...dir.split('/'))).catch((error: unknown) => {
          throw writeError(error, dir, join(base, dir));
        }),
      ),
    );
  }
  await forEachLimited(
    tree.map((file, index) => ({ file, target: targets[index] as string })),
    WRITES_IN_FLIGHT,
    async ({ file, target }) => {
      await writeOneFile(target, file.content).catch((error: unknown) => {
        throw writeError(error, file.path, target);
      });
      bytes += Buffer.byteLength(file.content, 'utf8');
    },
  );
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
