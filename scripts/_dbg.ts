import { OfflinePlanner } from '@appgen/planner';
const p = new OfflinePlanner();
for (const prompt of process.argv.slice(2)) {
  const { spec } = await p.plan(prompt);
  console.log('>>', prompt.slice(0, 80));
  for (const e of spec.entities) console.log('  ', e.name, e.fields.map((f) => `${f.name}:${f.type}${f.enumValues?.length ? `[${f.enumValues.join('|')}]` : ''}`).join(', '));
  console.log('   rel', spec.relations.map((r) => `${r.from}->${r.to}`).join(' '));
}
