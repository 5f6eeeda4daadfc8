/**
 * Scores the offline planner on labelled prompt sets (format: ../shared/eval/README.md):
 * entity recall and precision, field recall, type accuracy, time per prompt and load time.
 *   npm run eval:planner [-- --check] [--verbose] [--set path.json]
 * --check exits non-zero when a target is missed on any set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

interface EvalCase {
  id: string;
  prompt: string;
  entities: string[][];
  required: number[];
  fields: Record<string, string[][]>;
  types: Record<string, string[]>;
}

const TARGETS = {
  entityRecall: 0.95,
  entityPrecision: 0.9,
  fieldRecall: 0.9,
  typeAccuracy: 0.95,
  p95Ms: 20,
  loadMs: 1000,
};
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const norm = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
    .replace(/s$/, '');

function sets(): Array<[string, string]> {
  const explicit = args.flatMap((a, i) => (a === '--set' && args[i + 1] ? [args[i + 1] as string] : []));
  if (explicit.length > 0) return explicit.map((p) => [p, resolve(p)]);
  const shared = [
    join(root, '..', 'shared', 'eval', 'prompts.json'),
    join(root, 'shared', 'eval', 'prompts.json'),
  ].find(existsSync);
  const found: Array<[string, string]> = [];
  if (shared) found.push(['shared/eval/prompts.json', shared]);
  else
    console.warn('shared/eval/prompts.json not found beside the repository; scoring the repository set only');
  found.push(['packages/planner/eval/cases.json', join(root, 'packages', 'planner', 'eval', 'cases.json')]);
  return found;
}

const loadStart = performance.now();
const { OfflinePlanner } = await import('@appgen/planner');
const planner = new OfflinePlanner();
await planner.plan('A library where members borrow books.');
const loadMs = performance.now() - loadStart;
// "Once loaded": let the JIT see each code path before timing.
for (const warm of ['Guests book rooms.', 'Online store: products (name, price) belong to categories.'])
  await planner.plan(warm);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};
const pct = (n: number, d: number) => (d === 0 ? 1 : n / d);
let failed = false;

for (const [label, path] of sets()) {
  const cases = JSON.parse(readFileSync(path, 'utf8')) as EvalCase[];
  const t = { required: 0, found: 0, planned: 0, listed: 0, fields: 0, fieldsFound: 0, typed: 0, typedOk: 0 };
  const times: number[] = [];
  for (const c of cases) {
    // The median of a few runs per prompt, so a garbage-collection pause does not count as planning time.
    const runs: number[] = [];
    let spec = (await planner.plan(c.prompt)).spec;
    for (let run = 0; run < 5; run++) {
      const start = performance.now();
      spec = (await planner.plan(c.prompt)).spec;
      runs.push(performance.now() - start);
    }
    times.push(percentile(runs, 50));
    const misses: string[] = [];
    const accepted = (names: string[]) => new Set(names.map(norm));
    const findEntity = (names: string[]) => spec.entities.find((e) => accepted(names).has(norm(e.name)));
    for (const index of c.required) {
      t.required++;
      if (findEntity(c.entities[index] ?? [])) t.found++;
      else misses.push(`missing entity ${(c.entities[index] ?? []).join('|')}`);
    }
    const listed = new Set([...c.entities.flat().map(norm), 'user']);
    for (const entity of spec.entities) {
      t.planned++;
      if (listed.has(norm(entity.name))) t.listed++;
      else misses.push(`extra entity ${entity.name}`);
    }
    const types = new Map(Object.entries(c.types).map(([k, v]) => [norm(k), v]));
    for (const [key, expected] of Object.entries(c.fields)) {
      const entity = findEntity(key.split('|'));
      const references = spec.relations
        .filter((r) => r.from === entity?.name && r.kind !== 'many-to-many')
        .map((r) => r.name);
      for (const names of expected) {
        t.fields++;
        const want = accepted(names);
        const field = entity?.fields.find((f) => want.has(norm(f.name)));
        const reference = references.find((r) => want.has(norm(r)) || want.has(norm(`${r}Id`)));
        if (!field && !reference) {
          misses.push(
            `missing field ${key}.${names.join('|')}${entity ? ` (has ${entity.fields.map((f) => f.name).join(', ')})` : ''}`,
          );
          continue;
        }
        t.fieldsFound++;
        const allowed = field ? types.get(norm(field.name)) : undefined;
        if (field && allowed) {
          t.typed++;
          if (allowed.includes(field.type)) t.typedOk++;
          else misses.push(`type ${key}.${field.name}: ${field.type}, want ${allowed.join('|')}`);
        }
      }
    }
    if (verbose && misses.length > 0) console.log(`  ${c.id}: ${misses.join('; ')}`);
  }
  const rows: Array<[string, number, number, (v: number) => string, boolean]> = [
    [
      'entity recall',
      pct(t.found, t.required),
      TARGETS.entityRecall,
      (v) => `${(v * 100).toFixed(1)} %`,
      true,
    ],
    [
      'entity precision',
      pct(t.listed, t.planned),
      TARGETS.entityPrecision,
      (v) => `${(v * 100).toFixed(1)} %`,
      true,
    ],
    [
      'field recall',
      pct(t.fieldsFound, t.fields),
      TARGETS.fieldRecall,
      (v) => `${(v * 100).toFixed(1)} %`,
      true,
    ],
    [
      'type accuracy',
      pct(t.typedOk, t.typed),
      TARGETS.typeAccuracy,
      (v) => `${(v * 100).toFixed(1)} %`,
      true,
    ],
    ['time per prompt p50', percentile(times, 50), TARGETS.p95Ms, (v) => `${v.toFixed(2)} ms`, false],
    ['time per prompt p95', percentile(times, 95), TARGETS.p95Ms, (v) => `${v.toFixed(2)} ms`, false],
    ['load time', loadMs, TARGETS.loadMs, (v) => `${v.toFixed(0)} ms`, false],
  ];
  console.log(`\n${label} (${cases.length} prompts)`);
  console.log(`  ${'metric'.padEnd(22)}${'value'.padStart(10)}${'target'.padStart(12)}  met`);
  for (const [name, value, target, format, atLeast] of rows) {
    const met = atLeast ? value >= target : value <= target;
    if (!met) failed = true;
    console.log(
      `  ${name.padEnd(22)}${format(value).padStart(10)}${`${atLeast ? '≥' : '≤'} ${format(target)}`.padStart(12)}  ${met ? 'yes' : 'NO'}`,
    );
  }
}
console.log(failed ? '\nSome targets are missed.' : '\nAll targets met.');
if (failed && args.includes('--check')) process.exit(1);
