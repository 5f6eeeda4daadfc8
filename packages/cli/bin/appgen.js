#!/usr/bin/env node
// The `appgen` command. It runs dist/appgen.js, the CLI bundled by `npm run build -w @appgen/cli` (which
// `npm install` runs), with plain node. When the bundle is missing, or a source it was built from has
// changed since, it runs the TypeScript sources through tsx instead: slower to start, never stale.
import { readFileSync, statSync } from 'node:fs';

const DIST = new URL('../dist/', import.meta.url);

function bundleIsCurrent() {
  try {
    const built = statSync(new URL('appgen.js', DIST)).mtimeMs;
    const sources = JSON.parse(readFileSync(new URL('sources.json', DIST), 'utf8'));
    return sources.every((source) => statSync(new URL(source, DIST)).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (bundleIsCurrent()) {
  await import('../dist/appgen.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/run.ts');
}
