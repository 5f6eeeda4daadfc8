/** Bundles the CLI before the tests, so the tests that run bin/appgen.js run the bundle a user runs. */
import { bundleCli } from '../build/bundle.ts';

export async function setup(): Promise<void> {
  await bundleCli();
}
