/** What a generated file is, from its name: a language label for the manifest and a content type for raw reads. */

interface FileKind {
  language: string;
  contentType: string;
}

const TEXT = 'text/plain; charset=utf-8';

const BY_EXTENSION: Record<string, FileKind> = {
  ts: { language: 'typescript', contentType: TEXT },
  tsx: { language: 'tsx', contentType: TEXT },
  js: { language: 'javascript', contentType: 'text/javascript; charset=utf-8' },
  mjs: { language: 'javascript', contentType: 'text/javascript; charset=utf-8' },
  cjs: { language: 'javascript', contentType: 'text/javascript; charset=utf-8' },
  json: { language: 'json', contentType: 'application/json; charset=utf-8' },
  md: { language: 'markdown', contentType: 'text/markdown; charset=utf-8' },
  html: { language: 'html', contentType: 'text/html; charset=utf-8' },
  css: { language: 'css', contentType: 'text/css; charset=utf-8' },
  sql: { language: 'sql', contentType: 'application/sql; charset=utf-8' },
  yml: { language: 'yaml', contentType: 'application/yaml; charset=utf-8' },
  yaml: { language: 'yaml', contentType: 'application/yaml; charset=utf-8' },
  svg: { language: 'svg', contentType: 'image/svg+xml; charset=utf-8' },
  conf: { language: 'nginx', contentType: TEXT },
};

const BY_NAME: Record<string, FileKind> = {
  Dockerfile: { language: 'dockerfile', contentType: TEXT },
  '.gitignore': { language: 'ignore', contentType: TEXT },
  '.dockerignore': { language: 'ignore', contentType: TEXT },
};

export function fileKind(path: string): FileKind {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const byName = BY_NAME[name];
  if (byName) return byName;
  const dot = name.lastIndexOf('.');
  return (dot > 0 && BY_EXTENSION[name.slice(dot + 1)]) || { language: 'text', contentType: TEXT };
}
