/**
 * Clause shapes that name a record without a transaction verb: "each member's rating of each book",
 * "a lesson is one subject taught by …", and a transaction verb whose object was named before
 * ("companies post jobs and candidates apply").
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { isAttributePhrase, isEntityPhrase, isMeta, isTimeUnit } from './classify.ts';
import { addField } from './items.ts';
import { handleObject } from './objects.ts';
import { mention, type State } from './state.ts';

const FACETS = new Set(['profile', 'details', 'detail', 'info', 'information', 'record', 'file', 'data']);
const FACET_NEXT = new Set(['have', 'colon', 'verb', 'paren']);

/** "each member's rating of each book" → Rating(member, book, rating). */
export function possessiveJoin(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): boolean {
  const before = chunks[i - 1];
  const of = chunks[i + 1];
  const target = chunks[i + 2];
  const owner = st.last?.entity;
  if (before?.t !== 'np' || !before.possessive || !owner || st.last?.np !== before) return false;
  // "each mentee's profile has goals …": a facet of a thing describes the thing itself.
  if (np.words.length === 1 && FACETS.has(np.words[0] ?? '') && of && FACET_NEXT.has(of.t)) {
    st.subject = owner;
    st.last = { np, entity: owner };
    return true;
  }
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

/**
 * "orders for crowns, bridges, dentures and implants": three or more plain plural things after "for"
 * are the kinds of the record before them, an enum `type`, not entities. Returns the last index used.
 */
export function kindsAfterFor(st: State, chunks: readonly Chunk[], i: number): number {
  const owner = st.last?.entity;
  const before = chunks[i - 1];
  // "products are business cards, flyers, posters and banners": the same, after a copula.
  const copula = before?.t === 'be' && !before.neg && chunks[i - 2]?.t === 'np';
  if (!owner || st.last?.role || !(copula || (before?.t === 'prep' && before.w === 'for'))) return i - 1;
  const values: string[] = [];
  let attributes = 0;
  let j = i;
  for (; j < chunks.length; j++) {
    const c = chunks[j];
    if (c?.t === 'np') {
      if ((!c.plural && !copula) || c.words.length > 2 || st.draft.find(c.words)) return i - 1;
      if (isAttributePhrase(c)) attributes++;
      values.push(c.raw.join(' '));
      const next = chunks[j + 1];
      if (next?.t !== 'comma' && next?.t !== 'and' && next?.t !== 'or') break;
    } else if (c?.t !== 'comma' && c?.t !== 'and' && c?.t !== 'or') {
      // "…, banners, each with a base price": a trailing comma ends the list.
      if (chunks[j - 1]?.t !== 'comma' || values.length < 3) return i - 1;
      j -= 2;
      break;
    }
  }
  const after = chunks[j + 1];
  if (
    values.length < 3 ||
    attributes * 2 >= values.length ||
    after?.t === 'paren' ||
    after?.t === 'have' ||
    (after?.t === 'prep' && after.w === 'with')
  )
    return i - 1;
  const field = addField(st, owner, ['type']);
  if (field) field.hints.enumValues = values;
  st.prep = null;
  return j;
}

/** "within 2 days", "for up to 7 days": a duration, not a detail to store. */
export const isDuration = (np: NounPhrase) =>
  (/^\d/.test(np.words[0] ?? '') &&
    np.words.length === 2 &&
    isTimeUnit({ ...np, words: np.words.slice(1) })) ||
  // "rent kayaks for a weekend", "for one or more nights": how long, not a thing.
  (np.via === 'for' &&
    np.words.length === 1 &&
    SPANS.has(singular(np.words[0] ?? '')) &&
    np.det !== 'each') ||
  // "a week or more": a bare comparative is never a thing.
  (np.det === null && np.words.length === 1 && /^(?:more|less|longer|fewer)$/.test(np.words[0] ?? ''));
const SPANS = new Set(
  'weekend term period semester season night week day month year fortnight evening morning afternoon'.split(
    ' ',
  ),
);
const singular = (w: string) => w.replace(/s$/, '');

/** "wardens issue fines to vehicles …: amount, …": a colon later in the clause describes the phrase. */
export function colonFollows(chunks: readonly Chunk[], i: number): boolean {
  for (let j = i + 1; j < chunks.length; j++) {
    const t = chunks[j]?.t;
    if (t === 'colon') return true;
    if (t !== 'prep' && t !== 'np' && t !== 'neg' && t !== 'and') return false;
  }
  return false;
}

/** "which dog, date and notes": "which" before a noun that no verb follows is a determiner. */
export const whichNoun = (chunks: readonly Chunk[], i: number) =>
  chunks[i + 1]?.t === 'np' && !['verb', 'have', 'be'].includes(chunks[i + 2]?.t ?? '');

/** "requests about their unit", "meetups at cafes": a referred-to thing, not the record the details describe. */
const REFERRING_PREPS = new Set(['from', 'between']);

/**
 * "referral letters from doctors with a date …", "interviews between a candidate and a recruiter are
 * logged with …": the thing after "from"/"between" is referred to; details that follow belong to the record.
 */
export function sourceOrParty(st: State, np: NounPhrase, prep: string): boolean {
  if (!REFERRING_PREPS.has(prep)) return false;
  const anchor = st.last?.entity && !st.last.role ? st.last.entity : prep === 'between' ? st.subject : null;
  if (!anchor || isAttributePhrase(np) || isMeta(np)) return false;
  const target = st.draft.entity(np.words);
  if (!target || target === anchor) return false;
  st.draft.relate({ kind: 'many-to-one', from: anchor.key, to: target.key });
  st.subject = anchor;
  st.last = { np, entity: target, role: true };
  if (prep === 'between') st.prep = prep;
  mention(st, target);
  return true;
}
