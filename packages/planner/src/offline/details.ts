/**
 * Things named only as one detail of another ("speakers: name, bio, company", "clients: name, emergency
 * contact"): an affiliation or a contact is what the owner is told, not a record the app keeps, unless
 * the prompt names it again or describes it.
 */
import type { Draft, DraftEntity } from './draft.ts';

/** Heads of details that are a name or a contact on the owner rather than a record of their own. */
const DETAIL_HEADS = new Set(
  'company employer organisation organization affiliation contact person'.split(' '),
);

/** The entity a field-list phrase names; a new one is marked as named only as a detail. */
export function detailEntity(draft: Draft, words: readonly string[]): DraftEntity | null {
  const existing = draft.find(words);
  if (existing) return existing;
  const created = draft.entity(words);
  if (created) created.detailOnly = true;
  return created;
}

/** Turns detail-only entities with a detail head and nothing of their own back into fields of their owners. */
export function foldDetails(draft: Draft): void {
  for (const entity of [...draft.entities.values()]) {
    const head = entity.words[entity.words.length - 1] ?? '';
    if (!entity.detailOnly || entity.fields.length > 0 || !DETAIL_HEADS.has(head)) continue;
    const touching = draft.relations.filter((r) => r.from === entity.key || r.to === entity.key);
    if (touching.some((r) => r.to !== entity.key || r.kind !== 'many-to-one')) continue;
    for (const relation of touching) {
      const owner = draft.entities.get(relation.from);
      if (owner) draft.addField(owner, { words: relation.name ?? entity.words, hints: {}, optional: true });
      draft.relations.splice(draft.relations.indexOf(relation), 1);
    }
    draft.entities.delete(entity.key);
  }
}
