/** Turns the result's flat file list into a folder tree: folders first, then files, each sorted by name. */
import type { ResultFile } from '../../lib/api/types.ts';

export interface FolderNode {
  kind: 'folder';
  name: string;
  path: string;
  children: TreeNode[];
}

export interface FileNode {
  kind: 'file';
  name: string;
  path: string;
  file: ResultFile;
}

export type TreeNode = FolderNode | FileNode;

export function buildFileTree(files: readonly ResultFile[]): FolderNode {
  const root: FolderNode = { kind: 'folder', name: '', path: '', children: [] };
  for (const file of files) {
    const parts = file.path.split('/').filter(Boolean);
    let folder = root;
    parts.slice(0, -1).forEach((part, index) => {
      const path = parts.slice(0, index + 1).join('/');
      let next = folder.children.find(
        (child): child is FolderNode => child.kind === 'folder' && child.name === part,
      );
      if (!next) {
        next = { kind: 'folder', name: part, path, children: [] };
        folder.children.push(next);
      }
      folder = next;
    });
    folder.children.push({ kind: 'file', name: parts.at(-1) ?? file.path, path: file.path, file });
  }
  sortTree(root);
  return root;
}

function sortTree(folder: FolderNode): void {
  folder.children.sort((a, b) =>
    a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1,
  );
  for (const child of folder.children) if (child.kind === 'folder') sortTree(child);
}

/** The file to show first: the README if there is one, else the first file. */
export function defaultFilePath(files: readonly ResultFile[]): string | null {
  return (files.find((file) => file.path.toLowerCase() === 'readme.md') ?? files[0])?.path ?? null;
}
