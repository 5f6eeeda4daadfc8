/** References after a preposition: "per product per warehouse", "between teams", "belongs to", "taught by". */
import { pluralize } from '@appgen/spec';
import type { Chunk, NounPhrase } from './chunk.ts';
import { isPluralWord } from './chunk-rules.ts';
import { fieldWords, isAttributePhrase, isEntityPhrase, isTimeUnit, roleTarget, unitOf } from './classify.ts';
import type { DraftEntity } from './draft.ts';
import { addField } from './items.ts';
import { isPerson } from './knowledge/index.ts';
import { own, TIME_UNITS } from './lexicon.ts';
import { mention, type State } from './state.ts';
import { isEnumish } from './types.ts';

/** Prepositions after which a known entity is a reference: "talks in rooms during time slots". */
const PLACE_PREPS = new Set('in at during on for from inside within under via to by of against'.split(' '));

/** A measure kept "per day" is dated; per week or month it names the period. */
const PERIOD_FIELDS: Readonly<Record<string, string>> = { day: 'date', night: 'date', visit: 'date' };

/**
 * "workers log hours per job site per day", "milk yield per cow per milking": a measure kept per pair
 * of things is a record of its own (a time entry, a milk yield) that refers to each thing and is dated
 * by the period; the clause's subject, when it is one ("workers log …"), is the one who keeps it.
 */
export function perPairRecord(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): boolean {
  const field = st.last?.field;
  const per = chunks[i + 1];
  const second = chunks[i + 2];
  if (!field || per?.t !== 'prep' || per.w !== 'per' || second?.t !== 'np') return false;
  if (unitOf(np) || unitOf(second) || (isTimeUnit(np) && isTimeUnit(second))) return false;
  // "present yes/no per musician per rehearsal": a yes/no or a choice is a detail, not a measure to keep.
  if (field.hints.boolean || field.hints.enumValues || st.per) return false;
  const owner = [...st.draft.entities.values()].find((e) => e.fields.includes(field));
  // "workers log hours per …", "I record milk yield per …": someone keeps the measure. A thing's own
  // measure ("attendance – present per musician per rehearsal") stays its field.
  const kept = st.verb?.kind === 'fields' && st.verb.lemma !== 'have';
  if (!kept && !(owner && isPerson(owner.words))) return false;
  const head = field.words[field.words.length - 1] ?? '';
  const timed = TIME_UNITS.has(head);
  const record = st.draft.entity(timed ? ['time', 'entry'] : field.words);
  if (!record || record === owner) return false;
  if (owner) {
    owner.fields = owner.fields.filter((f) => f !== field);
    if (owner === st.subject)
      st.draft.relate({ kind: 'many-to-one', from: record.key, to: owner.key, required: true });
  }
  if (timed) st.draft.addField(record, { ...field, words: [isPluralWord(head) ? head : pluralize(head)] });
  record.counted = true;
  st.per = { from: record, keys: [], dated: true };
  st.last = { np, entity: record };
  mention(st, record);
  return true;
}

/** "per product per warehouse", "reservations by lab members", "talks in rooms": references after a preposition. */
export function addPeriodic(st: State, np: NounPhrase, prep: string): boolean {
  const draft = st.draft;
  const anchor = st.last?.entity && !st.last.role ? st.last.entity : st.subject;
  if (prep === 'per') {
    const from = st.per?.from ?? anchor;
    if (!from || unitOf(np)) return false;
    // "invoices per client per month": a period is not a thing to store, but it dates a measure's record.
    if (isTimeUnit(np)) {
      const unit = (np.words[0] ?? '').replace(/s$/, '');
      if (st.per?.dated)
        st.draft.addField(from, { words: [own(PERIOD_FIELDS, unit) ?? unit], hints: {}, optional: false });
      return true;
    }
    const target = draft.entity(np.words);
    if (!target || target === from) return false;
    draft.relate({ kind: 'many-to-one', from: from.key, to: target.key, required: true });
    const keys = [...(st.per?.keys ?? []), target.key];
    st.per = { from, keys, dated: st.per?.dated };
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
