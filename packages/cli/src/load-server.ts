/**
 * The generation service for `serve`, `worker` and `migrate`. @appgen/server is TypeScript run through
 * tsx; the bundled CLI (dist/appgen.cjs) registers tsx only here, so `generate` and `plan` never load it.
 */
export async function loadServer(): Promise<typeof import('@appgen/server')> {
  // Running from the sources means bin/appgen.js has registered tsx already.
  if (!import.meta.url.endsWith('.ts')) {
    const { register } = await import('tsx/esm/api');
    register();
  }
  return import('@appgen/server');
}
