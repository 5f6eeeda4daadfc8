/**
 * Bundles the CLI into dist/appgen.js, which bin/appgen.js runs with plain node: one file instead of tsx
 * compiling ~200 TypeScript modules (and zod's ~100) at every start. `npm install` runs this (the root
 * `prepare` script); so does the test setup, so tests run the bundle users run.
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
    entryPoints: ['src/run.ts'],
    outfile: 'dist/appgen.js',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    external: LOADED_LATE.flatMap((name) => [name, `${name}/*`]),
    // Bundled CommonJS packages (yazl) call require() for node built-ins, which ESM does not have.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
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
  return { file: `${DIST_DIR}appgen.js`, bytes, sources: sources.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { file, bytes, sources } = await bundleCli();
  console.log(
    `bundled ${sources} sources into ${relative(process.cwd(), file)} (${Math.round(bytes / 1024)} KB)`,
  );
}
