import { describe, expect, it } from 'vitest';
import type { ResultFile } from '../../lib/api/types.ts';
import { buildFileTree, defaultFilePath } from './build-file-tree.ts';

const file = (path: string): ResultFile => ({ path, size: 1, sha256: '', language: 'text', url: '' });

describe('buildFileTree', () => {
  it('nests files in folders, folders first, each sorted by name', () => {
    const root = buildFileTree([
      file('server/src/app.ts'),
      file('README.md'),
      file('client/index.html'),
      file('server/package.json'),
    ]);
    expect(root.children.map((node) => `${node.kind}:${node.name}`)).toEqual([
      'folder:client',
      'folder:server',
      'file:README.md',
    ]);
    const server = root.children[1];
    expect(server?.kind === 'folder' && server.children.map((node) => node.path)).toEqual([
      'server/src',
      'server/package.json',
    ]);
  });

  it('opens the README first', () => {
    expect(defaultFilePath([file('a.ts'), file('README.md')])).toBe('README.md');
    expect(defaultFilePath([])).toBeNull();
  });
});
