import { OfflinePlanner } from '@appgen/planner';
const p = new OfflinePlanner();
const prompts = process.argv.slice(2);
for (const prompt of prompts) {
  const r = await p.plan(prompt);
  console.log('##', prompt, '→', r.spec.app.name, r.spec.complexity, r.spec.features.join(','));
  for (const e of r.spec.entities) console.log('  ', e.name, e.fields.map((f) => `${f.name}:${f.type}${f.enumValues.length ? `(${f.enumValues.join('|')})` : ''}`).join(', '), e.uniqueTogether.length ? JSON.stringify(e.uniqueTogether) : '');
  for (const rel of r.spec.relations) console.log('   rel', rel.kind, `${rel.from}.${rel.name} -> ${rel.to}`);
  if (r.warnings.length) console.log('   warn', r.warnings.join(' | '));
}
