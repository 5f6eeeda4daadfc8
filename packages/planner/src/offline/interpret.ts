/**
 * Chunks → draft. A small state machine reads each sentence left to right: a subject, then a verb or
 * "with"/"has" that decides whether the phrases after it are fields, related entities or enum values.
 * What a verb means comes from verbs.ts; what a phrase names comes from classify.ts.
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import {
  isActor,
  isAppHead,
  isAttributePhrase,
  isEntityPhrase,
  isMeta,
  isTimeUnit,
  unitOf,
} from './classify.ts';
import type { Draft, DraftEntity, DraftField } from './draft.ts';
import {
  addField,
  addPeriodic,
  enumFieldFromParen,
  handleFieldItem,
  handleObject,
  type Verb,
} from './items.ts';
import {
  COMPOSITION_VERBS,
  DERIVED_VERBS,
  FIELD_VERBS,
  PROGRESS_VERBS,
  REFERENCE_VERBS,
  TRANSACTION_VERBS,
} from './verbs.ts';

/** "enroll in courses", "apply to jobs": a preposition right after the verb leads to its object. */
const PARTICLE_PREPS = new Set(['in', 'to', 'for', 'on', 'at', 'into', 'from']);

export type Mode = 'top' | 'fields' | 'objects' | 'enum' | 'passive';

export interface State {
  draft: Draft;
  top: 'entities' | 'clause';
  mode: Mode;
  subject: DraftEntity | null;
  owner: DraftEntity | null;
  verb: Verb | null;
  prep: string | null;
  last: { np: NounPhrase; entity?: DraftEntity; field?: DraftField; role?: boolean } | null;
  /** Entities in order of mention, for pronouns. */
  mentions: DraftEntity[];
  listClosed: boolean;
  neg: boolean;
  per: { from: DraftEntity; keys: string[] } | null;
  enumField: DraftField | null;
  previousSubject: DraftEntity | null;
  gotObject: boolean;
  isPrefix: boolean;
  /** "a manager, who is also an employee": the entity the next phrase renames. */
  aliasOf: DraftEntity | null;
}

export function newState(draft: Draft): State {
  return {
    draft,
    top: 'clause',
    mode: 'top',
    subject: null,
    owner: null,
    verb: null,
    prep: null,
    last: null,
    mentions: [],
    listClosed: false,
    neg: false,
    per: null,
    enumField: null,
    previousSubject: null,
    gotObject: false,
    isPrefix: false,
    aliasOf: null,
  };
}

export function mention(st: State, entity: DraftEntity): void {
  st.mentions = st.mentions.filter((e) => e !== entity);
  st.mentions.push(entity);
}

/** Interprets one sentence's chunks; `top` says what a bare noun phrase at clause level is. */
export function interpret(st: State, chunks: readonly Chunk[], top: State['top']): void {
  Object.assign(st, {
    aliasOf: null,
    isPrefix: false,
    top,
    mode: 'top',
    subject: null,
    owner: null,
    verb: null,
    prep: null,
    last: null,
    listClosed: false,
    neg: false,
    per: null,
    enumField: null,
  });
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i]!;
    const prev = chunks[i - 1];
    switch (c.t) {
      case 'neg':
        st.neg = true;
        break;
      case 'comma':
        st.neg = false;
        st.prep = null;
        if (st.mode === 'fields' && st.listClosed) endList(st, chunks[i + 1]);
        else if (st.mode === 'objects' || st.mode === 'passive') st.mode = 'top';
        break;
      case 'and':
      case 'or':
        if (st.mode === 'fields' || st.mode === 'objects') st.listClosed = true;
        break;
      case 'colon':
        onColon(st);
        break;
      case 'paren':
        onParen(st, c);
        break;
      case 'prep':
        onPrep(st, c.w);
        break;
      case 'rel':
        if (st.last?.entity && !st.last.role) st.subject = st.last.entity;
        st.mode = 'top';
        st.prep = null;
        break;
      case 'have':
        if (c.neg || st.neg) break;
        if (prev?.t === 'np' && st.last?.entity && !st.last.role) st.subject = st.last.entity;
        st.owner =
          st.subject ??
          st.draft.entities.get(st.draft.joins[st.draft.joins.length - 1] ?? '') ??
          st.previousSubject;
        st.verb = { lemma: 'have', kind: 'fields' };
        st.mode = 'fields';
        st.listClosed = false;
        break;
      case 'be':
        if (st.mode === 'fields' && chunks[i + 1]?.t === 'np') st.isPrefix = true;
        else if (prev?.t === 'rel' && st.last?.entity) st.aliasOf = st.last.entity;
        else if (st.last?.entity && !st.last.role && prev?.t === 'np') st.subject = st.last.entity;
        break;
      case 'verb':
        onVerb(st, c, prev, i === 0);
        break;
      case 'whether':
        i = onWhether(st, chunks, i);
        break;
      case 'pron':
        onPronoun(st, c.w);
        break;
      case 'np':
        onNounPhrase(st, c, chunks, i);
        break;
    }
  }
  st.previousSubject = st.subject ?? st.previousSubject;
}

function endList(st: State, next: Chunk | undefined): void {
  st.mode = 'top';
  st.listClosed = false;
  st.prep = null;
  if (st.top === 'clause' && next?.t === 'np') st.top = 'entities';
}

function onColon(st: State): void {
  const last = st.last;
  if (last?.field) {
    st.enumField = last.field;
    st.mode = 'enum';
  } else if (last?.entity) {
    st.owner = last.entity;
    st.mode = 'fields';
    st.listClosed = false;
  } else {
    st.top = 'entities';
    st.mode = 'top';
  }
}

function onParen(st: State, c: Extract<Chunk, { t: 'paren' }>): void {
  const last = st.last;
  if (!last || st.neg) return;
  if (last.field) {
    last.field.hints.enumValues = c.raw;
    return;
  }
  const entity = last.entity;
  if (!entity) return;
  const attributes = c.entries.filter((e) => isAttributePhrase(e)).length;
  if (attributes * 2 >= c.entries.length) {
    for (const words of c.entries) addField(st, entity, words);
  } else {
    enumFieldFromParen(st, entity, c.raw);
  }
}

function onPrep(st: State, w: string): void {
  st.prep = w;
  if (w === 'with' && !st.neg) {
    const target = st.last?.entity && !st.last.role ? st.last.entity : st.subject;
    if (st.last && isMeta(st.last.np) && !st.last.entity) {
      st.top = 'entities';
      st.mode = 'top';
      return;
    }
    if (target) {
      st.owner = target;
      st.mode = 'fields';
      st.listClosed = false;
      st.prep = null;
    }
  }
  if (w !== 'per') st.per = null;
}

function onVerb(
  st: State,
  c: Extract<Chunk, { t: 'verb' }>,
  prev: Chunk | undefined,
  atStart: boolean,
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
  if (c.passive) {
    if (DERIVED_VERBS.has(c.lemma) && subject && subject.fields.length === 0) subject.derived = true;
    st.verb = { lemma: c.lemma, kind: 'passive' };
    st.mode = 'passive';
    return;
  }
  if (TRANSACTION_VERBS[c.lemma] && subject && !FIELD_VERBS.has(c.lemma))
    st.verb = { lemma: c.lemma, kind: 'transaction' };
  else if (FIELD_VERBS.has(c.lemma)) {
    st.verb = { lemma: c.lemma, kind: 'fields' };
    st.owner =
      subject ?? st.draft.entities.get(st.draft.joins[st.draft.joins.length - 1] ?? '') ?? st.previousSubject;
    st.mode = 'fields';
    return;
  } else if (REFERENCE_VERBS.has(c.lemma)) st.verb = { lemma: c.lemma, kind: 'reference' };
  else if (COMPOSITION_VERBS.has(c.lemma) && prev?.t === 'np')
    st.verb = { lemma: c.lemma, kind: 'composition' };
  else if (PROGRESS_VERBS.has(c.lemma)) st.verb = { lemma: c.lemma, kind: 'progress' };
  else if (TRANSACTION_VERBS[c.lemma]) st.verb = { lemma: c.lemma, kind: 'other' };
  else st.verb = { lemma: c.lemma, kind: ownershipOrOther(c.lemma) };
  st.mode = 'objects';
}

import { OWNERSHIP_VERBS } from './verbs.ts';

const ownershipOrOther = (lemma: string): Verb['kind'] =>
  OWNERSHIP_VERBS.has(lemma) ? 'ownership' : 'other';

function onWhether(st: State, chunks: readonly Chunk[], start: number): number {
  let end = start + 1;
  let words: string[] = [];
  for (; end < chunks.length; end++) {
    const c = chunks[end]!;
    if (c.t === 'comma' || c.t === 'and' || c.t === 'or') break;
    if (c.t === 'np') words = c.words;
    if (c.t === 'verb') words = [c.word];
  }
  const owner = st.owner ?? st.subject;
  if (owner && words.length > 0) {
    const field = addField(st, owner, words);
    if (field) field.hints.boolean = true;
  }
  return end - 1;
}

function onPronoun(st: State, w: string): void {
  if (w === 'they' || w === 'we' || w === 'you' || w === 'i') {
    if (!st.subject && st.previousSubject) st.subject = st.previousSubject;
    if (st.last?.entity) st.last = { ...st.last, role: false };
    return;
  }
  if ((w === 'them' || w === 'it') && st.mode === 'objects' && st.verb) {
    const referent = [...st.mentions].reverse().find((e) => e !== st.subject);
    if (referent) handleObject(st, null, referent);
  }
}

function onNounPhrase(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): void {
  const prep = st.prep;
  st.prep = null;
  if (st.neg) {
    st.last = { np };
    return;
  }
  if (st.aliasOf) {
    const target = st.draft.find(np.words);
    if (target && target !== st.aliasOf) st.draft.alias(st.aliasOf, target);
    st.aliasOf = null;
    if (target) return;
  }
  if (st.isPrefix && st.mode === 'fields' && st.owner) {
    st.isPrefix = false;
    const field = addField(st, st.owner, ['is', ...np.words]);
    st.last = field ? { np, field } : { np };
    return;
  }
  if (
    st.mode === 'objects' &&
    !st.gotObject &&
    prep &&
    PARTICLE_PREPS.has(prep) &&
    st.verb?.kind !== 'reference'
  ) {
    handleObject(st, np, null);
    return;
  }
  if (st.mode === 'enum' && st.enumField) {
    st.enumField.hints.enumValues = [...(st.enumField.hints.enumValues ?? []), np.raw.join(' ')];
    return;
  }
  if (prep === 'as' || prep === 'like') return;
  if (prep === 'per' && isTimeUnit(np) && st.last?.field) {
    st.last.field.words.push('per', np.words[0] ?? '');
    return;
  }
  if (prep === 'in' && unitOf(np) && st.last?.field) {
    st.last.field.words.push(np.words[0] ?? '');
    st.last.field.hints.unit = unitOf(np);
    return;
  }
  if (prep && prep !== 'with' && addPeriodic(st, np, prep)) return;
  if (st.mode === 'fields') {
    handleFieldItem(st, np, chunks, i);
    return;
  }
  if (st.mode === 'objects' || st.mode === 'passive') {
    handleObject(st, np, null);
    return;
  }
  if (isAppHead(np) && st.mentions.length === 0 && st.top === 'clause' && isMeta(np)) {
    st.last = { np };
    return;
  }
  const next = chunks[i + 1];
  const described =
    next?.t === 'paren' ||
    (next?.t === 'prep' && next.w === 'with') ||
    next?.t === 'have' ||
    next?.t === 'colon';
  if (isMeta(np) || (isActor(np) && !described)) {
    st.last = { np };
    return;
  }
  if (isAttributePhrase(np) && !isEntityPhrase(st.draft, np) && !np.plural && st.subject) {
    const field = addField(st, st.subject, np.words);
    st.last = field ? { np, field } : { np };
    return;
  }
  const entity = st.draft.entity(np.words);
  if (!entity) return;
  st.subject = entity;
  mention(st, entity);
  st.last = { np, entity };
}
