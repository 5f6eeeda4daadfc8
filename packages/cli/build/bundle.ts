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
import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const CLI_DIR = fileURLToPath(new URL('../', import.meta.url));
const DIST_DIR = fileURLToPath(new URL('../dist/', import.meta.url));
const LOADED_LATE = ['@appgen/server', 'tsx', 'openai'];

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
    logLevel: 'warning',
  });
  const sources = Object.keys(result.metafile.inputs)
    .filter((input) => !input.includes('node_modules/'))
    .map((input) => relative(DIST_DIR, `${CLI_DIR}${input}`));
  mkdirSync(DIST_DIR, { recursive: true });
  writeFileSync(`${DIST_DIR}sources.json`, `${JSON.stringify(sources)}\n`);
  const bytes = Object.values(result.metafile.outputs)[0]?.bytes ?? 0;
  return { file: `${DIST_DIR}appgen.cjs`, bytes, sources: sources.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes, sources } = await bundleCli();
  console.log(
    `bundled ${sources} sources into ${relative(process.cwd(), file)} (${Math.round(bytes / 1024)} KB)`,
  );
}
