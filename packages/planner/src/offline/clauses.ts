/**
 * Clause shapes that name a record without a transaction verb: "each member's rating of each book",
 * "a lesson is one subject taught by …", and a transaction verb whose object was named before
 * ("companies post jobs and candidates apply").
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { isAttributePhrase, isEntityPhrase } from './classify.ts';
import { mention, type State } from './interpret.ts';
import { addField, handleObject } from './items.ts';

/** "each member's rating of each book" → Rating(member, book, rating). */
export function possessiveJoin(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): boolean {
  const before = chunks[i - 1];
  const of = chunks[i + 1];
  const target = chunks[i + 2];
  const owner = st.last?.entity;
  if (before?.t !== 'np' || !before.possessive || !owner || st.last?.np !== before) return false;
  if (of?.t !== 'prep' || of.w !== 'of' || target?.t !== 'np' || np.plural) return false;
  if (!isAttributePhrase(np) || isEntityPhrase(st.draft, np)) return false;
  const join = st.draft.entity(np.words);
  if (!join || join === owner) return false;
  addField(st, join, np.words);
  st.draft.relate({ kind: 'many-to-one', from: join.key, to: owner.key, required: true });
  st.joinOf = join;
  st.last = { np, entity: join };
  mention(st, join);
  return true;
}

export function completeJoin(st: State, np: NounPhrase, prep: string | null): boolean {
  const join = st.joinOf;
  if (!join || prep !== 'of') return false;
  st.joinOf = null;
  const target = st.draft.entity(np.words);
  if (!target || target === join) return false;
  st.draft.relate({ kind: 'many-to-one', from: join.key, to: target.key, required: true });
  mention(st, target);
  const field = join.fields[0];
  st.last = field ? { np, field } : { np, entity: join, role: true };
  return true;
}

/** "a lesson is one subject …": the subject refers to the complement and stays the subject. */
export function copulaComplement(st: State, np: NounPhrase): boolean {
  const subject = st.copula;
  st.copula = null;
  if (!subject || np.plural || !['a', 'an', 'one'].includes(np.det ?? '')) return false;
  if (isAttributePhrase(np) && !isEntityPhrase(st.draft, np)) return false;
  const target = st.draft.entity(np.words);
  if (!target || target === subject) return false;
  st.draft.relate({ kind: 'many-to-one', from: subject.key, to: target.key, required: true });
  st.subject = subject;
  st.last = { np, entity: target, role: true };
  mention(st, target);
  return true;
}

/** "… and candidates apply.": a transaction verb with no object joins the thing named last. */
export function objectlessTransaction(st: State): void {
  if (st.verb?.kind !== 'transaction' || st.gotObject || !st.subject || st.mode !== 'objects') return;
  const subject = st.subject;
  const referent = [...st.mentions].reverse().find((e) => e !== subject);
  if (referent) handleObject(st, null, referent);
}
