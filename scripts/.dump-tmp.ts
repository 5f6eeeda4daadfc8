import { readFileSync } from 'node:fs';
import { planOffline } from '@appgen/planner';
const [file, ...ids] = process.argv.slice(2);
const cases = JSON.parse(readFileSync(file!, 'utf8'));
for (const c of cases) {
  if (ids.length && !ids.includes(c.id)) continue;
  console.log(`== ${c.id}: ${c.prompt}`);
  const { input } = planOffline(c.prompt);
  for (const e of input.entities) console.log(`  ${e.name}: ${(e.fields ?? []).map((f: any) => `${f.name}:${f.type}`).join(', ')}`);
  for (const r of input.relations ?? []) console.log(`  ~ ${r.from} -> ${r.to} ${r.kind} ${r.name ?? ''}`);
}
