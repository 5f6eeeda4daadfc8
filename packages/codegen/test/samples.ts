import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AppSpec, normalizeSpec } from '@appgen/spec';

const SAMPLES = join(import.meta.dirname, '..', '..', '..', 'samples', 'specs');

/** The repository's sample specs, normalised, by file stem. */
export function sampleSpecs(): Array<[name: string, spec: AppSpec]> {
  return readdirSync(SAMPLES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [
      file.replace(/\.json$/, ''),
      normalizeSpec(JSON.parse(readFileSync(join(SAMPLES, file), 'utf8'))).spec,
    ]);
}
