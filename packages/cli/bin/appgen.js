#!/usr/bin/env node
// The `appgen` command. It runs dist/appgen.cjs, the CLI bundled by `npm run build -w @appgen/cli` (which
// `npm install` runs), with plain node. When the bundle is missing, or a source it was built from has
// changed since, it runs the TypeScript sources through tsx instead: slower to start, never stale.
// CommonJS (see package.json beside it), like the bundle, so node starts without its ES module loader.
const { readFileSync, renameSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = join(DIST, 'appgen.cjs');
// V8's compiled code for the bundle, made by the build (see build/bundle.ts). Node 20 has no compile cache
// of its own, and parsing and compiling the bundle's functions cost a cold run more than generating.
const CODE_CACHE = join(DIST, 'appgen.code-cache');

function bundleIsCurrent() {
  try {
    const built = statSync(BUNDLE).mtimeMs;
    const sources = JSON.parse(readFileSync(join(DIST, 'sources.json'), 'utf8'));
    // Plain concatenation: the kernel resolves the "../" segments, path.join would normalise 150 paths.
    return sources.every((source) => statSync(`${DIST}/${source}`).mtimeMs <= built);
  } catch {
    return false;
  }
}

function readCodeCache() {
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

/** Saves V8's code for next time; a read-only install simply runs without it. */
function writeCodeCache(script) {
  try {
    const temporary = `${CODE_CACHE}.${process.pid}`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, CODE_CACHE);
  } catch {}
}

/** Imports for the bundle: modules it leaves out (the server, tsx, the OpenAI SDK), found from here. */
const importLate = (specifier) => import(specifier);

/** Loads the bundle as a CommonJS module compiled with the code cache, and runs the command line. */
function runBundle() {
  const cachedData = readCodeCache();
  // CommonJS's wrapper plus the importer the bundle's late imports call (see build/bundle.ts).
  const wrapped = `(function (exports, require, module, __filename, __dirname, __appgenImport) {${readFileSync(BUNDLE, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  const bundle = new Module(BUNDLE, module);
  bundle.filename = BUNDLE;
  bundle.paths = Module._nodeModulePaths(DIST);
  script
    .runInThisContext()
    .call(bundle.exports, bundle.exports, Module.createRequire(BUNDLE), bundle, BUNDLE, DIST, importLate);
  bundle.loaded = true;
  return bundle.exports.runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
    // Missing (the build was skipped) or rejected (another Node version): made from this run's code.
    if (cachedData === undefined || script.cachedDataRejected) writeCodeCache(script);
  });
}

if (bundleIsCurrent()) {
  runBundle();
} else {
  import('tsx/esm/api').then(({ register }) => {
    register();
    return import('../src/run.ts');
  });
}
