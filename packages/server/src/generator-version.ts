/**
 * The generator version that goes into every prompt hash: the planner's and code generator's package
 * versions plus a hash of their sources, so a changed template never serves a stale cached result,
 * even when nobody bumped a version.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGES = ['spec', 'planner', 'codegen'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let computed: string | undefined;

export function generatorVersion(): string {
  if (computed) return computed;
  const packagesDir = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256');
  const versions: string[] = [];
  for (const name of PACKAGES) {
    const root = join(packagesDir, name);
    versions.push(
      (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version,
    );
    for (const file of sourceFiles(join(root, 'src')))
      hash.update(file.slice(root.length)).update(readFileSync(file));
  }
  computed = `codegen@${versions[2]}+${hash.digest('hex').slice(0, 12)}`;
  return computed;
}
