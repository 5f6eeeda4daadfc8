/** What one noun phrase adds to the draft, given the verb or preposition in front of it. */
import { singularize } from '@appgen/spec';
import type { Chunk, NounPhrase } from './chunk.ts';
import { isPluralWord } from './chunk-rules.ts';
import { fieldWords, isAttributePhrase, isEntityPhrase, roleTarget, unitPhrase } from './classify.ts';
import { detailEntity } from './details.ts';
import type { DraftEntity, DraftField } from './draft.ts';
import { isKnownEntity } from './knowledge/index.ts';
import { own } from './lexicon.ts';
import { mention, type State } from './state.ts';

export { addPeriodic } from './relations.ts';

import { rangeOf } from './field-paren.ts';
import { namesRecord } from './recorded.ts';
import { isEnumish, looksLikeAttribute } from './types.ts';

export interface Verb {
  lemma: string;
  kind:
    | 'fields'
    | 'transaction'
    | 'ownership'
    | 'reference'
    | 'composition'
    | 'progress'
    | 'passive'
    | 'other';
}

/** Nouns that are shared between many records rather than owned by one. */
const SHARED = new Set(
  'tag label skill genre topic interest ingredient keyword category feature amenity language'.split(' '),
);

/** Second halves of pairs a list names once: "nap start & end" → nap start, nap end. */
const PAIRED: Readonly<Record<string, string>> = {
  end: 'start',
  max: 'min',
  maximum: 'minimum',
  out: 'in',
  close: 'open',
  closing: 'opening',
  away: 'home',
  departure: 'arrival',
  dropoff: 'pickup',
};
const PAIR_WORDS = new Set([...Object.keys(PAIRED), ...Object.values(PAIRED)]);

/**
 * A list entry ending in slashed words: "budget min/max" and "clock in/out" are two fields; "position
 * QB/RB/WR" and "status for sale/pending/sold" an enum named by the words up to its enum-like word.
 */
function addSlashedField(
  st: State,
  owner: DraftEntity,
  before: readonly string[],
  alts: string[],
): DraftField | null {
  if (alts.length === 2 && alts.every((alt) => PAIR_WORDS.has(alt))) {
    const fields = alts.map((alt) => addField(st, owner, [...before, alt]));
    return fields[0] ?? null;
  }
  const named = before.findIndex((word) => isEnumish(word));
  if (alts.length === 2 && YES_NO.has(alts.join('/'))) {
    const field = addField(st, owner, before);
    if (field) field.hints.boolean = true;
    return field;
  }
  if (named < 0 && alts.length < 3 && namesFields(alts)) {
    const fields = alts.map((alt) => addField(st, owner, [...before, alt]));
    return fields[0] ?? null;
  }
  const name = named >= 0 ? before.slice(0, named + 1) : before;
  const lead = named >= 0 ? before.slice(named + 1) : [];
  const field = addField(st, owner, name);
  if (field) field.hints.enumValues = [[...lead, alts[0]].join(' '), ...alts.slice(1)];
  return field;
}

const BOOLEAN_TYPE_WORDS = new Set(['boolean', 'bool', 'checkbox', 'toggle']);
const YES_NO = new Set(['yes/no', 'y/n', 'true/false', 'no/yes']);
/** "phone/email", "min/max": alternatives that name fields of their own, not values ("normal/abnormal"). */
const namesFields = (alts: readonly string[]) =>
  alts.every((alt) => PAIR_WORDS.has(alt) || looksLikeAttribute([alt]) || isKnownEntity([alt]));

/** "start, end" in a list: the times, as most apps name them. */
function pairedWords(owner: DraftEntity, words: string[]): string[] {
  const word = words[0] ?? '';
  const partner = own(PAIRED, word);
  const previousField = owner.fields[owner.fields.length - 1];
  const previous = previousField?.words;
  if (words.length > 1) {
    // "start and end date": the lone first half takes the head of the second (start date).
    if (
      partner &&
      previousField &&
      previous?.[0] === partner &&
      (previous.length === 1 || previous[1] === 'time')
    )
      previousField.words = [partner, ...words.slice(1)];
    return words;
  }
  if (partner && previous && previous.length > 1 && previous[previous.length - 1] === partner)
    return [...previous.slice(0, -1), word];
  return word === 'start' || word === 'end' ? [word, 'time'] : words;
}

export function addField(st: State, owner: DraftEntity, rawWords: readonly string[]): DraftField | null {
  const slashed = rawWords[rawWords.length - 1] ?? '';
  if (rawWords.length > 1 && slashed.includes('/') && slashed !== 'yes/no')
    return addSlashedField(st, owner, rawWords.slice(0, -1), slashed.split('/').filter(Boolean));
  const range = rangeOf(rawWords[rawWords.length - 1] ?? '');
  let raw = range ? rawWords.slice(0, -1) : rawWords;
  // "volume in litres" inside a list: the unit stays in the name.
  const at = raw.lastIndexOf('in');
  const unit = at > 0 ? unitPhrase(raw.slice(at + 1)) : undefined;
  if (unit) raw = [...raw.slice(0, at), ...raw.slice(at + 1)];
  // "length in feet" is lengthFeet: a unit keeps the form it was written in.
  const words = pairedWords(
    owner,
    unit ? [...fieldWords(raw.slice(0, -1)), raw[raw.length - 1] ?? ''] : fieldWords(raw),
  );
  if (words.length === 0 || !/[a-z]/.test(words.join(''))) return null;
  // "plus one boolean", "vip checkbox": the type, named after the field.
  const typeWord = words.length > 1 && BOOLEAN_TYPE_WORDS.has(words[words.length - 1] ?? '');
  if (typeWord) words.pop();
  const yesNo = words[words.length - 1] === 'yes/no';
  if (yesNo) words.pop();
  if (words.length === 0) return null;
  const field: DraftField = {
    words,
    hints: yesNo ? { boolean: true } : {},
    optional: rawWords.includes('optional'),
  };
  if (rawWords[rawWords.length - 1] === 'flag') field.hints.boolean = true;
  if (typeWord) field.hints.boolean = true;
  if (isPluralWord(rawWords[rawWords.length - 1] ?? '')) field.hints.several = true;
  if (range) field.hints.range = range;
  if (unit) field.hints.unit = unit;
  st.draft.addField(owner, field);
  return owner.fields.find((f) => f.words.join(' ') === words.join(' ')) ?? field;
}

export function enumFieldFromParen(st: State, entity: DraftEntity, values: string[]): void {
  const field = addField(st, entity, ['type']);
  if (field) field.hints.enumValues = values;
}

const HAS_VERBS = new Set(['have', 'include', 'contain', 'hold']);
const ENTITY_PREPS = new Set(['with', 'per', 'for', 'between', 'against', 'to']);
/** "(brand; colour; price)": a parenthesis that lists attributes describes a thing. */
export const describesThing = (next: Chunk | undefined) =>
  next?.t === 'paren' &&
  next.entries.length >= 2 &&
  next.entries.filter((e, i) => next.values[i] || isAttributePhrase(e)).length * 2 > next.entries.length;
const introducesEntity = (next: Chunk | undefined) =>
  next !== undefined &&
  ((next.t === 'prep' && ENTITY_PREPS.has(next.w)) ||
    next.t === 'rel' ||
    next.t === 'have' ||
    next.t === 'colon' ||
    next.t === 'verb' ||
    describesThing(next));

const STANDALONE = new Set(['name', 'title', 'email', 'phone', 'description', 'notes', 'address']);
const sharesHead = (np: NounPhrase, next: Chunk | undefined, after: Chunk | undefined) =>
  np.words.length === 1 &&
  np.det === null &&
  !np.plural &&
  !STANDALONE.has(np.words[0] ?? '') &&
  next?.t === 'and' &&
  after?.t === 'np' &&
  after.det === null &&
  after.plural &&
  after.words.length === 2;

const ORDERS = new Set('order invoice quote estimate receipt sale shipment bill'.split(' '));
/** "purchase orders with the items and quantities": the items of an order are its lines (PurchaseOrderItem). */
const isOrderLine = (owner: DraftEntity, words: readonly string[]) =>
  ORDERS.has(owner.words[owner.words.length - 1] ?? '') &&
  words.length === 1 &&
  /^(?:items?|lines?)$/.test(words[0] ?? '');

/** A phrase in a list of fields: a field, a reference, a child collection, or the next entity of a list. */
export function handleFieldItem(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): void {
  const draft = st.draft;
  const owner = st.owner;
  const next = chunks[i + 1];
  if (!owner) return;
  const first = np.words[0] ?? '';
  if (
    np.words.length === 1 &&
    /^sub-?./.test(first) &&
    singularize(first.replace(/^sub-?/, '')).toLowerCase() === owner.words.join('')
  ) {
    draft.relate({ kind: 'many-to-one', from: owner.key, to: owner.key, name: ['parent'] });
    st.last = { np, entity: owner, role: true };
    return;
  }
  // "the source and destination warehouse": a bare role word shares the next phrase's entity.
  const after = chunks[i + 2];
  if (np.words.length === 1 && next?.t === 'and' && after?.t === 'np' && !isEntityPhrase(draft, np)) {
    const head = roleTarget(draft, after);
    if (head) {
      const target = draft.entity(head);
      if (target)
        draft.relate({ kind: 'many-to-one', from: owner.key, to: target.key, name: [...np.words, ...head] });
      return;
    }
  }
  // "start and end dates", "opening and closing times": a bare modifier shares the next phrase's head.
  if (sharesHead(np, next, after)) {
    const tail = after as NounPhrase;
    addField(st, owner, [first, ...tail.words.slice(1)]);
    tail.plural = false;
    return;
  }
  const each = np.det === 'each' || np.det === 'every';
  // "…: a reservation has the number of tickets": a thing with its own "has" clause starts a new subject.
  const hasClause = next?.t === 'have' && np.det !== null && isEntityPhrase(draft, np);
  if (
    (np.plural || each || hasClause) &&
    ((!isAttributePhrase(np) && introducesEntity(next)) || namesRecord(st, np, next, introducesEntity)) &&
    !(next?.t === 'verb' && st.verb?.kind === 'fields')
  ) {
    const entity = draft.entity(np.words);
    if (!entity) return;
    if (st.verb && HAS_VERBS.has(st.verb.lemma) && entity !== owner) {
      const shared = np.many || SHARED.has(entity.words[entity.words.length - 1] ?? '');
      draft.relate(
        shared
          ? { kind: 'many-to-many', from: owner.key, to: entity.key }
          : { kind: 'many-to-one', from: entity.key, to: owner.key, required: true },
      );
    }
    Object.assign(st, { subject: entity, mode: 'top', listClosed: false, owner: null });
    st.verbObject = entity;
    st.last = { np, entity };
    mention(st, entity);
    return;
  }
  if (
    next?.t === 'paren' &&
    next.entries.filter((e) => isAttributePhrase(e)).length * 2 < next.entries.length &&
    !np.plural
  ) {
    const field = addField(st, owner, np.words);
    st.last = field ? { np, field } : { np };
    return;
  }
  const head = roleTarget(draft, np);
  if (head && !isAttributePhrase(np)) {
    const target = detailEntity(draft, head);
    if (target) draft.relate({ kind: 'many-to-one', from: owner.key, to: target.key, name: np.words });
    st.last = { np, entity: target ?? undefined, role: true };
    return;
  }
  // "each field can have many plantings": many of an unknown thing are still things.
  const many = np.many && np.plural && !isAttributePhrase(np);
  if (many || (isEntityPhrase(draft, np) && !(isAttributePhrase(np) && !draft.find(np.words)))) {
    const line = isOrderLine(owner, np.words);
    const target =
      np.plural || np.many
        ? draft.entity(line ? [...owner.words, 'item'] : np.words)
        : detailEntity(draft, np.words);
    if (!target || target === owner) return;
    if (np.plural || np.many) {
      const shared = !line && (np.many || SHARED.has(target.words[target.words.length - 1] ?? ''));
      if (shared) draft.relate({ kind: 'many-to-many', from: owner.key, to: target.key });
      else draft.relate({ kind: 'many-to-one', from: target.key, to: owner.key, required: true });
    } else {
      draft.relate({ kind: 'many-to-one', from: owner.key, to: target.key });
    }
    st.last = { np, entity: target };
    mention(st, target);
    return;
  }
  const shared = np.modifierAlts;
  if (shared && !np.alts) {
    // "start/end time" → start time, end time.
    for (const alt of shared.alts) addField(st, owner, np.words.with(shared.at, alt));
    st.last = { np };
    return;
  }
  const field = addField(st, owner, np.words);
  if (field && np.alts && np.alts.length > 1) splitAlternatives(st, owner, field, np);
  st.last = field ? { np, field } : { np };
}

/** "priority low/medium/high" gives enum values; "start/end" gives two fields. */
function splitAlternatives(st: State, owner: DraftEntity, field: DraftField, np: NounPhrase): void {
  const alts = np.alts ?? [];
  const before = np.words.slice(0, -1);
  if (before.length > 0 && YES_NO.has(alts.join('/'))) {
    field.words = fieldWords(before);
    field.hints.boolean = true;
    return;
  }
  // "voice part soprano/alto/tenor/bass": three or more alternatives are values, not fields.
  if (
    before.length > 0 &&
    (isEnumish(before[before.length - 1] ?? '') || alts.length >= 3 || !namesFields(alts))
  ) {
    field.words = before;
    field.hints.enumValues = alts;
    return;
  }
  owner.fields = owner.fields.filter((f) => f !== field);
  for (const alt of alts) addField(st, owner, [...before, alt]);
}
