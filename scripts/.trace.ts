import { planOffline } from '../packages/planner/src/offline/planner.ts';
const r = planOffline(process.argv[2] ?? '');
for (const e of r.input.entities) console.log(e.name, (e.fields ?? []).map((f) => `${f.name}:${f.type}`).join(', '));
for (const rel of r.input.relations ?? []) console.log('  rel', rel.kind, rel.from, rel.name ?? '', '->', rel.to);
