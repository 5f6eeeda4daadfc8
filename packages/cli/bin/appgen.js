#!/usr/bin/env node
// The `appgen` command. It runs dist/appgen.cjs, the CLI bundled by `npm run build -w @appgen/cli` (which
// `npm install` runs), with plain node. When the bundle is missing, or a source it was built from has
// changed since, it runs the TypeScript sources through tsx instead: slower to start, never stale.
// CommonJS (see package.json beside it), like the bundle, so node starts without its ES module loader.
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');

const DIST = join(__dirname, '..', 'dist');

function bundleIsCurrent() {
  try {
    const built = statSync(join(DIST, 'appgen.cjs')).mtimeMs;
    const sources = JSON.parse(readFileSync(join(DIST, 'sources.json'), 'utf8'));
    // Plain concatenation: the kernel resolves the "../" segments, path.join would normalise 150 paths.
    return sources.every((source) => statSync(`${DIST}/${source}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

if (bundleIsCurrent()) {
  require('../dist/appgen.cjs')
    .runCli(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    });
} else {
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import('../src/run.ts');
  });
}
