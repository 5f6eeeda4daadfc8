/** The in-memory project: every file planned before anything touches disk. */

export interface GeneratedFile {
  /** POSIX path relative to the project root, e.g. "server/src/app.ts". */
  path: string;
  content: string;
}

/** Files sorted by path, so equal input gives byte-equal output. */
export type FileTree = readonly GeneratedFile[];

const SAFE_SEGMENT = /^[A-Za-z0-9_.@-]+$/;

/** True when `path` is relative, uses "/" and has no empty, "." or ".." segments. */
export function isSafeRelativePath(path: string): boolean {
  if (path.length === 0 || path.length > 240 || path.startsWith('/')) return false;
  return path
    .split('/')
    .every((segment) => SAFE_SEGMENT.test(segment) && segment !== '.' && segment !== '..');
}

export class FileTreeBuilder {
  private readonly files = new Map<string, string>();

  add(path: string, content: string): this {
    if (!isSafeRelativePath(path))
      throw new Error(`codegen produced an unsafe path: ${JSON.stringify(path)}`);
    if (this.files.has(path)) throw new Error(`codegen produced ${path} twice`);
    this.files.set(path, content.endsWith('\n') ? content : `${content}\n`);
    return this;
  }

  build(): FileTree {
    return [...this.files.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([path, content]) => ({ path, content }));
  }
}
