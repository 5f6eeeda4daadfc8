/** References after a preposition: "per product per warehouse", "between teams", "belongs to", "taught by". */
import type { NounPhrase } from './chunk.ts';
import { fieldWords, isAttributePhrase, isEntityPhrase, isTimeUnit, roleTarget, unitOf } from './classify.ts';
import type { DraftEntity } from './draft.ts';
import { addField } from './items.ts';
import { mention, type State } from './state.ts';
import { isEnumish } from './types.ts';

/** Prepositions after which a known entity is a reference: "talks in rooms during time slots". */
const PLACE_PREPS = new Set('in at during on for from inside within under via to by of against'.split(' '));

/** "per product per warehouse", "reservations by lab members", "talks in rooms": references after a preposition. */
export function addPeriodic(st: State, np: NounPhrase, prep: string): boolean {
  const draft = st.draft;
  const anchor = st.last?.entity && !st.last.role ? st.last.entity : st.subject;
  if (prep === 'per') {
    const from = st.per?.from ?? anchor;
    if (!from || unitOf(np)) return false;
    // "invoices per client per month": a period is not a thing to store.
    if (isTimeUnit(np)) return true;
    const target = draft.entity(np.words);
    if (!target || target === from) return false;
    draft.relate({ kind: 'many-to-one', from: from.key, to: target.key, required: true });
    const keys = [...(st.per?.keys ?? []), target.key];
    st.per = { from, keys };
    if (keys.length >= 2 && !from.uniqueTogether.some((k) => k.join() === keys.join()))
      from.uniqueTogether.push(keys);
    mention(st, target);
    return true;
  }
  if (prep === 'between' && anchor) {
    const head = roleTarget(draft, np);
    const target = head ? draft.entity(head) : isEntityPhrase(draft, np) ? draft.entity(np.words) : null;
    if (!target) return false;
    draft.relate({
      kind: 'many-to-one',
      from: anchor.key,
      to: target.key,
      name: head ? np.words : undefined,
      required: true,
    });
    st.prep = 'between';
    st.last = { np, entity: target, role: true };
    return true;
  }
  const verb = st.verb;
  const subject = st.subject;
  if (verb?.kind === 'reference' && prep === 'to' && subject) {
    const target = draft.entity(np.words);
    if (!target) return false;
    draft.relate({
      kind: 'many-to-one',
      from: subject.key,
      to: target.key,
      name: target === subject ? ['parent'] : undefined,
    });
    st.last = { np, entity: target };
    mention(st, target);
    st.mode = 'top';
    return true;
  }
  if (verb?.kind === 'composition' && prep === 'of' && subject) {
    const target = draft.entity(np.words);
    if (!target) return false;
    draft.relate({ kind: 'many-to-one', from: target.key, to: subject.key, required: true });
    st.last = { np, entity: target };
    mention(st, target);
    return true;
  }
  if (verb?.kind === 'progress' && isEnumish(fieldWords(np.words).join(' ')) && subject) {
    const field = addField(st, subject, np.words);
    st.last = field ? { np, field } : { np };
    return true;
  }
  if (
    (prep === 'by' || (verb?.kind === 'passive' && prep === 'to')) &&
    (verb?.kind === 'passive' ? subject : anchor)
  ) {
    const from = (verb?.kind === 'passive' ? subject : anchor) as DraftEntity;
    if (verb?.kind === 'other' && !isEntityPhrase(draft, np)) return false;
    if (isAttributePhrase(np) && !isEntityPhrase(draft, np)) return false;
    const target = draft.entity(np.words);
    if (!target || target === from) return false;
    draft.relate({ kind: 'many-to-one', from: from.key, to: target.key });
    st.last = { np, entity: target, role: verb?.kind === 'passive' };
    mention(st, target);
    return true;
  }
  if (PLACE_PREPS.has(prep) && anchor && st.mode !== 'fields' && isEntityPhrase(draft, np) && !unitOf(np)) {
    const target = draft.entity(np.words);
    if (!target || target === anchor) return false;
    draft.relate({ kind: 'many-to-one', from: anchor.key, to: target.key });
    st.last = { np, entity: target, role: true };
    mention(st, target);
    return true;
  }
  return false;
}
