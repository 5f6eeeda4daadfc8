/** The cache key of a generation: the normalised prompt, the options and the generator version. */
import { createHash } from 'node:crypto';
import type { JobOptions } from './job-types.ts';

export function promptHash(prompt: string, options: JobOptions, generatorVersion: string): string {
  // Fixed key order, so equal requests hash equally however their JSON was written.
  const canonical = JSON.stringify([
    prompt,
    options.complexity,
    options.stack.frontend,
    options.stack.backend,
    options.stack.database,
    generatorVersion,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}
