/** What the structural chunks of a sentence do to the reading state: verbs, colons, lists, pronouns. */
import type { Chunk } from './chunk.ts';
import { isAttributePhrase, isEntityPhrase, isMeta, isQuantityPhrase } from './classify.ts';
import { isDuration } from './clauses.ts';
import type { DraftEntity } from './draft.ts';
import { entityWords } from './draft.ts';
import { eventRecord, marksEvent } from './event-records.ts';
import { fieldParen, isExamples } from './field-paren.ts';
import { addField, enumFieldFromParen, type Verb } from './items.ts';
import { isKnownEntity } from './knowledge/index.ts';
import { POSSESSIVES } from './lexicon.ts';
import { handleObject } from './objects.ts';
import type { State } from './state.ts';
import {
  COMPOSITION_VERBS,
  DERIVED_VERBS,
  FIELD_VERBS,
  OWNERSHIP_VERBS,
  PROGRESS_VERBS,
  REFERENCE_VERBS,
  TRANSACTION_VERBS,
} from './verbs.ts';

export function onColon(st: State): void {
  const last = st.last;
  if (last?.field) {
    st.enumField = last.field;
    st.mode = 'enum';
  } else if (st.verbObject || last?.entity) {
    // "batches brewed from a recipe: …": the colon describes the clause's subject, not a role it refers to.
    // "Tutoring sessions for my students: subject, date …": the details are the sessions', not the audience's.
    const audience = last?.np.via === 'for' && POSSESSIVES.has(last.np.det ?? '') && !st.verbObject;
    const named = audience ? st.mentions[st.mentions.length - 2] : undefined;
    const owner = last?.role && !st.verbObject && st.subject ? st.subject : (named ?? last?.entity);
    // "guests book beds for a night: arrival date, …": after a transaction the details are the record's.
    const join = lastJoin(st);
    const spanned = last?.np.via === 'for' || (last !== null && isDuration(last.np));
    const record = st.verb?.kind === 'transaction' && spanned ? join : undefined;
    // "events belong to a group: title, starts at, …": what refers to something is what is described.
    const referring = st.verb?.kind === 'reference' && st.subject ? st.subject : undefined;
    st.owner = record ?? referring ?? st.verbObject ?? owner ?? null;
    st.heading = st.owner;
    st.mode = 'fields';
    st.listClosed = false;
  } else {
    st.top = 'entities';
    st.mode = 'top';
  }
}

export function onParen(st: State, c: Extract<Chunk, { t: 'paren' }>): void {
  const last = st.last;
  if (!last || st.neg) return;
  if (last.field) {
    fieldParen(st, last.field, c);
    return;
  }
  if (isExamples(c)) return;
  let entity = last.entity;
  if (!entity) return;
  // "litters from a pair (birth date, pups count)", "rooms, devices in rooms (name, kind)": a thing described
  // or named already is not introduced again; the parenthesis describes the records before the preposition.
  const before = st.mentions[st.mentions.length - 2];
  const known = entity.fields.length >= 2 || (st.mentionCounts.get(entity) ?? 0) > 1;
  if (last.np.via && known && before && before !== entity && before.fields.length === 0) entity = before;
  // "members contribute monthly (amount, date)": a contribution's details, not a member's.
  if (c.entries.some(marksEvent)) entity = eventRecord(st, entity) ?? entity;
  const attributes = c.entries.filter((e, i) => c.values[i] || isAttributePhrase(e)).length;
  // "(name, email, company, …)": a list that starts with a name describes the thing.
  const named = LEAD_FIELDS.has((c.entries[0] ?? []).join(' '));
  // Values are never dates or measures: two attributes make it a list of details.
  if (attributes * 2 >= c.entries.length || attributes >= 2 || named) {
    c.entries.forEach((words, i) => {
      const field = addField(st, entity, words);
      const values = c.values[i];
      if (field && values)
        fieldParen(st, field, { t: 'paren', entries: values.map((v) => [v]), raw: values, values: [] });
    });
  } else if (c.entries.every((e) => e.length <= 3)) {
    // Values are short; "(one per house, some customers have two houses)" is an aside.
    enumFieldFromParen(st, entity, c.raw);
  }
}

const SIGN_UP_VERBS = new Set(['join', 'register', 'signup', 'enroll', 'enrol', 'subscribe']);
const lastJoin = (st: State) => st.draft.entities.get(st.draft.joins[st.draft.joins.length - 1] ?? '');
const REFERRING_PREPS = new Set(['about', 'at', 'on', 'from', 'to', 'for']);
const LEAD_FIELDS = new Set(['name', 'title', 'full name', 'first name', 'label']);

export function onPrep(st: State, w: string, next?: Chunk): void {
  st.prep = w;
  if (w === 'with' && !st.neg) {
    // "requests about their unit with …", "meetups at cafes, each with …": the details describe the object.
    // "rent items for a period with a start date": details after a "for" phrase are the transaction's.
    const join = st.verb?.kind === 'transaction' && st.last?.np.via === 'for' ? lastJoin(st) : undefined;
    const referred = REFERRING_PREPS.has(st.last?.np.via ?? '') ? (join ?? st.verbObject) : null;
    const target = referred ?? (st.last?.entity && !st.last.role ? st.last.entity : st.subject);
    if (st.last && isMeta(st.last.np) && !st.last.entity) {
      st.top = 'entities';
      st.mode = 'top';
      return;
    }
    // "teachers assess students with a score and a date": the assessment's details.
    const record = next?.t === 'np' && marksEvent(next.words) ? eventRecord(st, target) : null;
    if (record ?? target) {
      st.owner = record ?? target;
      st.mode = 'fields';
      st.listClosed = false;
      st.prep = null;
    }
  }
  if (w !== 'per') st.per = null;
}

export function onVerb(
  st: State,
  c: Extract<Chunk, { t: 'verb' }>,
  prev: Chunk | undefined,
  atStart: boolean,
  next?: Chunk,
  after?: Chunk,
): void {
  if (c.neg || st.neg) {
    st.mode = 'top';
    return;
  }
  if (prev?.t === 'np' && st.last?.entity && !st.last.role) st.subject = st.last.entity;
  else if (atStart) st.subject = null;
  const subject = st.subject;
  st.listClosed = false;
  st.prep = null;
  st.gotObject = false;
  const priorObject = st.verbObject;
  st.verbObject = null;
  st.copula = null;
  if (c.passive) {
    if (DERIVED_VERBS.has(c.lemma) && subject && subject.fields.length === 0) subject.derived = true;
    st.verb = { lemma: c.lemma, kind: 'passive' };
    st.mode = 'passive';
    return;
  }
  // "I'd like to mark …": liking to do something is wanting it, not a Like.
  // "I'd like purchase orders with …": what the user would like is what the app should keep.
  const byUser = prev?.t === 'pron' && (prev.w === 'i' || prev.w === 'we');
  const wanting =
    (c.lemma === 'like' || c.lemma === 'love') && ((next?.t === 'prep' && next.w === 'to') || byUser);
  if (TRANSACTION_VERBS[c.lemma] && (subject || st.user) && !FIELD_VERBS.has(c.lemma) && !wanting) {
    st.verb = { lemma: c.lemma, kind: 'transaction' };
    // "agents reply with comments": a transaction with no object still leaves a record, with these details.
    // "pay with class passes": only details after "with" ("comments", "a note") make the record; a thing is used.
    const details = after?.t === 'np' && isAttributePhrase(after);
    if (subject && next?.t === 'prep' && next.w === 'with' && details) {
      // "members join with name, email and a deposit": signing up gives the member's own details.
      if (SIGN_UP_VERBS.has(c.lemma)) {
        st.verb = { lemma: c.lemma, kind: 'fields' };
        st.owner = subject;
        st.mode = 'fields';
        return;
      }
      detailsOnlyRecord(st, c.lemma, subject, priorObject);
      return;
    }
  } else if (FIELD_VERBS.has(c.lemma)) {
    st.verb = { lemma: c.lemma, kind: 'fields' };
    const join = lastJoin(st);
    // "game masters run the sessions and log escape time": the details are the sessions'.
    const chained = prev?.t === 'and' && subject && subject !== priorObject ? priorObject : null;
    // "members borrow books; we record the due date": "we" is the user, the details are the record's.
    const user = prev?.t === 'pron' && (prev.w === 'we' || prev.w === 'i') ? join : null;
    // "for each move record estimated hours": the details are the move's.
    const each =
      prev?.t === 'np' && prev.via === 'for' && (prev.det === 'each' || prev.det === 'every')
        ? (st.draft.find(prev.words) ?? st.draft.entity(prev.words))
        : null;
    // "Kiln log for our pottery studio. Record each firing …": the setting keeps no details of its own.
    const previous = st.previousSubject?.weak ? null : st.previousSubject;
    // "I'd also like to record recitals", "log each delivery": with nobody named keeping them, the things
    // the user keeps are records.
    // "Track authors and genres": plural things the knowledge base stores as records are records here too,
    // though a book has an author field; "track due dates and late fees" stays details.
    const things =
      !subject &&
      next?.t === 'np' &&
      (next.plural || next.det === 'each' || next.det === 'every') &&
      (!isAttributePhrase(next) ||
        (next.plural && next.det === null && isKnownEntity(entityWords(next.words))));
    st.owner = each ?? chained ?? user ?? subject ?? (things ? null : (join ?? previous));
    st.mode = 'fields';
    // "I track clients, projects per client, …": with no owner the objects are the things to store.
    if (!st.owner) {
      st.mode = 'top';
      st.top = 'entities';
    }
    return;
  } else if (REFERENCE_VERBS.has(c.lemma)) st.verb = { lemma: c.lemma, kind: 'reference' };
  else if (COMPOSITION_VERBS.has(c.lemma) && prev?.t === 'np')
    st.verb = { lemma: c.lemma, kind: 'composition' };
  else if (PROGRESS_VERBS.has(c.lemma) && prev?.t === 'rel' && st.last?.field) {
    // "a status that moves through submitted → in review → approved": the steps are its values.
    st.enumField = st.last.field;
    st.mode = 'enum';
    return;
  } else if (PROGRESS_VERBS.has(c.lemma)) st.verb = { lemma: c.lemma, kind: 'progress' };
  else if (TRANSACTION_VERBS[c.lemma]) st.verb = { lemma: c.lemma, kind: 'other' };
  else st.verb = { lemma: c.lemma, kind: ownershipOrOther(c.lemma) };
  st.mode = 'objects';
}

const ownershipOrOther = (lemma: string): Verb['kind'] =>
  OWNERSHIP_VERBS.has(lemma) ? 'ownership' : 'other';

export function onWhether(st: State, chunks: readonly Chunk[], start: number): number {
  let end = start + 1;
  let words: string[] = [];
  let done: string | null = null;
  let verbPrep: string | null = null;
  for (; end < chunks.length; end++) {
    const c = chunks[end]!;
    if (c.t === 'comma' || c.t === 'and' || c.t === 'or') break;
    // "whether it was reported to the authorities" → reportedToAuthorities: the preposition keeps the order.
    if (c.t === 'prep' && done && words[0] === done && words.length === 1) verbPrep = c.w;
    if (c.t === 'np' && verbPrep) {
      words = [...words, verbPrep, ...c.words];
      done = null;
      end++;
      break;
    }
    if (c.t === 'np') {
      const participle = c.words.find((w) => PAST.test(w) || Object.values(PARTICIPLES).includes(w));
      const rest = c.words.filter((w) => w !== participle && !CONTRACTED.test(w));
      if (participle && words.length === 0) done = participle;
      if (rest.length > 0) words = rest;
    }
    if (c.t === 'verb') {
      words = [c.word];
      // "whether they've paid the dues" → duesPaid, "whether I saw the queen" → queenSeen.
      done = PAST.test(c.word) ? c.word : c.word !== c.lemma ? (PARTICIPLES[c.lemma] ?? null) : null;
    }
  }
  if (done && words[0] !== done) words = [...words, done];
  const owner = st.owner ?? st.subject;
  if (owner && words.length > 0) {
    const field = addField(st, owner, words);
    if (field) field.hints.boolean = true;
  }
  return end - 1;
}

export function onPronoun(st: State, w: string): void {
  if (w === 'they' || w === 'we' || w === 'you' || w === 'i') {
    // "they" is the thing just named; "I" and "we" are the app's user, who keeps no details of their own.
    if (!st.subject && st.previousSubject && w === 'they') st.subject = st.previousSubject;
    if (!st.subject && (w === 'we' || w === 'i')) st.user = true;
    if (st.last?.entity) st.last = { ...st.last, role: false };
    return;
  }
  if ((w === 'them' || w === 'it') && st.mode === 'objects' && st.verb) {
    const referent = [...st.mentions].reverse().find((e) => e !== st.subject);
    if (referent) handleObject(st, null, referent);
  }
}

/** Irregular participles the phrase "whether … has been …" uses. */
const PARTICIPLES: Readonly<Record<string, string>> = {
  pay: 'paid',
  send: 'sent',
  see: 'seen',
  give: 'given',
  take: 'taken',
  do: 'done',
  make: 'made',
};
const PAST = /^\p{L}{3,}ed$/u;
const CONTRACTED = /^(?:they|we|i|you|he|she|it)(?:ve|d|re|s)$/;
/** After "…, and" in a field list: the list goes on while attributes follow, else the clause does. */
export function endList(st: State, next: Chunk | undefined): void {
  // "party size, date and time, and a status": the list goes on while attributes follow.
  if (
    next?.t === 'np' &&
    (isQuantityPhrase(next.words) ||
      (isAttributePhrase(next) && !isEntityPhrase(st.draft, next) && !isKnownEntity(entityWords(next.words))))
  ) {
    st.listClosed = false;
    return;
  }
  st.mode = 'top';
  st.listClosed = false;
  st.prep = null;
  if (st.top === 'clause' && next?.t === 'np') st.top = 'entities';
}

/** The record an object-less transaction leaves ("reply with comments" → Reply), tied to its subject. */
function detailsOnlyRecord(st: State, lemma: string, subject: DraftEntity, about: DraftEntity | null): void {
  const name = (TRANSACTION_VERBS[lemma] ?? '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const record = st.draft.entity(name.split(' '));
  if (!record || record === subject) return;
  st.draft.relate({ kind: 'many-to-one', from: record.key, to: subject.key, required: true });
  // "customers open tickets, agents reply with comments": the reply is about the thing just named.
  const target = about ?? st.mentions.filter((e) => e !== subject && e !== record).pop();
  if (target) st.draft.relate({ kind: 'many-to-one', from: record.key, to: target.key, required: true });
  st.draft.joins.push(record.key);
  st.subject = record;
  st.last = {
    np: {
      t: 'np',
      words: record.words,
      raw: record.words,
      plural: false,
      many: false,
      det: null,
      alts: null,
      possessive: false,
    },
    entity: record,
  };
  st.mode = 'objects';
}
