import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from './errors.ts';
import { checkOutDir, writeProject, writeTree } from './write-tree.ts';

let root: string;
let outside: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'appgen-write-'));
  outside = await mkdtemp(join(tmpdir(), 'appgen-outside-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function expectCode(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CliError);
  expect((error as CliError).code).toBe(code);
}

describe('writeTree', () => {
  it('writes nested files and counts bytes', async () => {
    const result = await writeTree(
      [
        { path: 'a/b/c.txt', content: 'héllo\n' },
        { path: 'a/d.txt', content: 'x\n' },
      ],
      root,
    );
    expect(result).toEqual({ files: 2, bytes: 9 });
    expect(await readFile(join(root, 'a/b/c.txt'), 'utf8')).toBe('héllo\n');
  });

  it.each(['../x', '/etc/passwd', 'a/../../x', 'a//b', './a', 'a\\..\\x', 'C:/x', ''])(
    'refuses the path %j',
    async (path) => {
      await expectCode(writeTree([{ path, content: 'x' }], root), 'UNSAFE_PATH');
      expect(await readdir(outside)).toEqual([]);
    },
  );

  it('refuses to write through a symlinked directory that leads outside', async () => {
    await symlink(outside, join(root, 'escape'));
    await expectCode(writeTree([{ path: 'escape/x.txt', content: 'x' }], root), 'SYMLINK_REFUSED');
    expect(await readdir(outside)).toEqual([]);
  });

  it('refuses to overwrite a file that is a symlink to outside', async () => {
    await writeFile(join(outside, 'target.txt'), 'original');
    await mkdir(join(root, 'a'));
    await symlink(join(outside, 'target.txt'), join(root, 'a', 'file.txt'));
    await expectCode(writeTree([{ path: 'a/file.txt', content: 'x' }], root), 'SYMLINK_REFUSED');
    expect(await readFile(join(outside, 'target.txt'), 'utf8')).toBe('original');
  });
});

describe('writeProject', () => {
  it('leaves nothing behind when a new directory cannot be completed', async () => {
    const out = await checkOutDir(join(root, 'project'), false);
    expect(out.exists).toBe(false);
    const tree = [
      { path: 'ok.txt', content: 'x' },
      { path: '../bad.txt', content: 'x' },
    ];
    await expectCode(writeProject(tree, out), 'UNSAFE_PATH');
    expect(await readdir(root)).toEqual([]);
  });

  it('refuses a non-empty directory without force', async () => {
    await writeFile(join(root, 'x'), 'x');
    await expectCode(checkOutDir(root, false), 'OUT_DIR_NOT_EMPTY');
    await expect(checkOutDir(root, true)).resolves.toEqual({ path: root, exists: true });
    await expectCode(checkOutDir(join(root, 'x'), true), 'OUT_DIR_NOT_DIRECTORY');
  });
});
