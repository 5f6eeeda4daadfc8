/**
 * Bundles the CLI into dist/appgen.cjs, which bin/appgen.js runs with plain node: one file instead of tsx
 * compiling ~200 TypeScript modules (and zod's ~100) at every start. CommonJS, because node starts a
 * CommonJS entry without its ES module loader, which is measurably faster for a command that runs once.
 * `npm install` runs this (the root `prepare` script); so does the test setup, so tests run the bundle
 * users run.
 *
 * Left out of the bundle and loaded only by the commands that use them: @appgen/server (TypeScript
 * run through tsx, for serve, worker and migrate), tsx itself, and the OpenAI SDK (LLM planning).
 * dist/sources.json lists the sources the bundle was built from, so the bin can tell a stale bundle.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLI_DIR = fileURLToPath(new URL('../', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
const LOADED_LATE = ['@appgen/server', 'tsx', 'openai'];
/** `import("<a module loaded late>")` as esbuild writes it; the bundle calls the bin's importer instead. */
const LATE_IMPORT = /\bimport\(("(?:@appgen\/server|tsx|openai)(?:\/[\w./-]+)?")\)/g;

/**
 * The bin compiles the bundle itself (with V8's code cache), and code compiled that way cannot run
 * `import()` on Node 20 without an experimental flag; so the bundle's few dynamic imports call a function
 * the bin passes in, which imports from the bin's own module.
 */
function routeLateImports(code: string): string {
  const routed = code.replace(LATE_IMPORT, '__appgenImport($1)');
  const left = routed.match(/\bimport\("[^"]*"\)/g);
  if (routed === code || left) throw new Error(`unexpected dynamic imports in the bundle: ${left ?? 'none'}`);
  return routed;
}

export async function bundleCli(): Promise<{ file: string; bytes: number; sources: number }> {
  const result = await build({
    absWorkingDir: CLI_DIR,
    entryPoints: ['src/main.ts'],
    outfile: 'dist/appgen.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20.19',
    external: LOADED_LATE.flatMap((name) => [name, `${name}/*`]),
    // import.meta.url (main.ts finds package.json by it) is the bundle's own URL.
    define: { 'import.meta.url': '__bundleUrl' },
    banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
    // Less text for node to read and parse at every start; identifiers keep their names for stack traces.
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle');
  mkdirSync(DIST_DIR, { recursive: true });
  const code = routeLateImports(output.text);
  writeFileSync(`${DIST_DIR}appgen.cjs`, code);
  const sources = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .map((input) => relative(DIST_DIR, `${CLI_DIR}${input}`));
  writeFileSync(`${DIST_DIR}sources.json`, `${JSON.stringify(sources)}\n`);
  warmCodeCache();
  return { file: `${DIST_DIR}appgen.cjs`, bytes: Buffer.byteLength(code), sources: sources.length };
}

/**
 * Runs one generation from a description through the bin, which saves V8's code for the bundle as it
 * stands after a real run (dist/appgen.code-cache): the functions `generate` and `plan` need are then
 * compiled already on a user's first run.
 */
function warmCodeCache(): void {
  rmSync(`${DIST_DIR}appgen.code-cache`, { force: true });
  const out = mkdtempSync(join(tmpdir(), 'appgen-warm-'));
  try {
    const description = 'A library: members borrow books; books have a title, an author and a category.';
    const run = spawnSync(
      process.execPath,
      [`${CLI_DIR}bin/appgen.js`, 'generate', '--force', '--out', out, description],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`the bundled CLI failed its first run:\n${run.stderr}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes, sources } = await bundleCli();
  console.log(
    `bundled ${sources} sources into ${relative(process.cwd(), file)} (${Math.round(bytes / 1024)} KB)`,
  );
}
