/**
 * Chunks → draft. A small state machine reads each sentence left to right: a subject, then a verb or
 * "with"/"has" that decides whether the phrases after it are fields, related entities or enum values.
 * What a verb means comes from verbs.ts; what a phrase names comes from classify.ts.
 */
import { askedPairs } from './asked-pairs.ts';
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
import {
  colonFollows,
  completeJoin,
  copulaComplement,
  isDuration,
  kindsAfterFor,
  objectlessTransaction,
  possessiveJoin,
  sourceOrParty,
  whichNoun,
} from './clauses.ts';
import type { DraftField } from './draft.ts';
import { endList, onColon, onParen, onPrep, onPronoun, onVerb, onWhether } from './interpret-events.ts';
import { addField, addPeriodic, handleFieldItem } from './items.ts';
import { isPerson } from './knowledge/index.ts';
import { POSSESSIVES } from './lexicon.ts';
import { handleObject } from './objects.ts';
import { perPairRecord } from './relations.ts';
import { isPurpose, namesSetting } from './setting.ts';
import { mention, type State, sentenceStart } from './state.ts';
import { statusLine } from './status-line.ts';
import { isEnumish } from './types.ts';

/** "enroll in courses", "apply to jobs": a preposition right after the verb leads to its object. */
const SETTING_PREPS = new Set(['for', 'at', 'of', 'in']);
const PARTICLE_PREPS = new Set(['in', 'to', 'for', 'on', 'at', 'into', 'from']);

/** Interprets one sentence's chunks; `top` says what a bare noun phrase at clause level is. */
export function interpret(st: State, chunks: readonly Chunk[], top: State['top']): void {
  Object.assign(st, sentenceStart(top));
  const asked = askedPairs(st, chunks);
  for (let i = 0; i < chunks.length; i++) {
    if (asked && i >= asked[0] && i < asked[1]) continue;
    const c = chunks[i]!;
    const prev = chunks[i - 1];
    const after = chunks[i + 1];
    const bareNext = after?.t === 'np' && after.det === null;
    switch (c.t) {
      case 'neg':
        st.neg = true;
        break;
      case 'comma':
        st.neg = false;
        st.prep = null;
        st.per = null;
        if (st.mode === 'fields' && st.listClosed)
          endList(st, chunks[i + 1]?.t === 'and' ? chunks[i + 2] : chunks[i + 1]);
        else if (st.mode === 'objects' || st.mode === 'passive') st.mode = 'top';
        break;
      case 'and':
      case 'or':
        if (st.mode === 'fields' || st.mode === 'objects') st.listClosed = true;
        break;
      case 'colon':
        st.neg = false;
        onColon(st);
        break;
      case 'paren':
        onParen(st, c);
        break;
      case 'prep':
        onPrep(st, c.w, chunks[i + 1]);
        break;
      case 'rel':
        // "a request says which unit, …", "…: which dog, date": in a field list "which" is a determiner.
        if (st.mode === 'fields' && (prev?.t === 'verb' || whichNoun(chunks, i))) break;
        // "and who attended each rehearsal", "track who borrowed which tool": no noun before it, so "who"
        // asks about the people the app keeps.
        if (c.w === 'who' && prev?.t !== 'np' && prev?.t !== 'paren' && chunks[i + 1]?.t === 'verb') {
          const people = st.mentions.find((e) => isPerson(e.words));
          if (people) {
            st.subject = people;
            st.mode = 'top';
            st.prep = null;
            break;
          }
        }
        if (st.last?.entity && !st.last.role) st.subject = st.last.entity;
        st.mode = 'top';
        st.prep = null;
        break;
      case 'have':
        if (c.neg || st.neg) break;
        // "desk number, floor, has monitor": inside a list, a bare "has X" is a yes/no field of the owner.
        if (st.mode === 'fields' && st.owner && (prev?.t === 'comma' || prev?.t === 'and') && bareNext) {
          st.prefix = 'has';
          break;
        }
        // "a project (one per house) has the roof type, …": an aside between a thing and its "has".
        if ((prev?.t === 'np' || prev?.t === 'paren') && st.last?.entity && !st.last.role)
          st.subject = st.last.entity;
        st.owner =
          st.subject ??
          st.draft.entities.get(st.draft.joins[st.draft.joins.length - 1] ?? '') ??
          st.previousSubject;
        st.verb = { lemma: 'have', kind: 'fields' };
        st.mode = 'fields';
        st.listClosed = false;
        break;
      case 'be':
        if (st.mode === 'fields' && chunks[i + 1]?.t === 'np') st.prefix = 'is';
        else if (prev?.t === 'rel' && st.last?.entity) st.aliasOf = st.last.entity;
        else if (st.last?.entity && !st.last.role && prev?.t === 'np') {
          st.subject = st.last.entity;
          st.copula = c.neg ? null : st.last.entity;
        }
        break;
      case 'verb':
        onVerb(st, c, prev, i === 0, chunks[i + 1], chunks[i + 2]);
        break;
      case 'whether':
        i = onWhether(st, chunks, i);
        break;
      case 'pron':
        onPronoun(st, c.w);
        break;
      case 'np': {
        const end = kindsAfterFor(st, chunks, i);
        if (end >= i) i = end;
        else if (!statusLine(st, c, chunks, i)) onNounPhrase(st, c, chunks, i);
        break;
      }
    }
  }
  objectlessTransaction(st);
  st.previousSubject = st.subject ?? st.previousSubject;
}

function onNounPhrase(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): void {
  if (isPurpose(st, np)) {
    st.prep = null;
    return;
  }
  const setting = namesSetting(st, np);
  readNounPhrase(st, np, chunks, i);
  const entity = setting ? st.draft.find(np.words) : undefined;
  if (entity) entity.setting = true;
}

function readNounPhrase(st: State, np: NounPhrase, chunks: readonly Chunk[], i: number): void {
  const prep = st.prep;
  st.prep = null;
  if (prep) np.via = prep;
  const next = chunks[i + 1];
  const described =
    next?.t === 'paren' ||
    (next?.t === 'prep' && next.w === 'with') ||
    next?.t === 'have' ||
    colonFollows(chunks, i);
  if (st.neg || isDuration(np)) {
    st.last = { np };
    return;
  }
  if (st.aliasOf) {
    const target = st.draft.find(np.words);
    if (target && target !== st.aliasOf) st.draft.alias(st.aliasOf, target);
    st.aliasOf = null;
    if (target) return;
  }
  if (st.prefix && st.mode === 'fields' && st.owner) {
    const field = addField(st, st.owner, [st.prefix, ...np.words]);
    st.prefix = null;
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
    handleObject(st, np, null, described);
    return;
  }
  if (st.mode === 'enum' && st.enumField) {
    // "either confirmed or cancelled"
    const value = np.raw.filter((w, k) => k > 0 || !/^(?:either|neither)$/i.test(w)).join(' ');
    st.enumField.hints.enumValues = [...(st.enumField.hints.enumValues ?? []), value];
    return;
  }
  if (completeJoin(st, np, prep)) return;
  const before = chunks[i - 1];
  if (st.examples && (before?.t === 'comma' || before?.t === 'and' || before?.t === 'or')) {
    if (st.examples !== 'skip') addValue(st.examples, np);
    return;
  }
  st.examples = null;
  if (prep === 'as' || prep === 'like') {
    // "types like general, VIP, student": values of the field before.
    st.examples = st.last?.field ?? 'skip';
    if (st.last?.field) addValue(st.last.field, np);
    return;
  }
  const lastField = st.last?.field;
  // "a status of received, preparing or ready": the values of the enum-like field.
  if (lastField && prep === 'of' && isEnumish(lastField.words[lastField.words.length - 1] ?? '')) {
    st.enumField = lastField;
    st.mode = 'enum';
    addValue(lastField, np);
    return;
  }
  if (prep === 'per' && perPairRecord(st, np, chunks, i)) {
    addPeriodic(st, np, prep);
    return;
  }
  // "description of the problem", "photo of the damage": in a list, "of the X" only says what the field is about.
  if (lastField && prep === 'of' && st.mode === 'fields' && np.det && !np.plural && !st.draft.find(np.words))
    return;
  if (lastField && (prep === 'per' || (prep === 'of' && st.mode === 'fields'))) {
    // "date of birth", "price per liter", "target per week": one field.
    const counted = lastField.words[lastField.words.length - 1] === 'number'; // "number of rooms"
    if (isTimeUnit(np) || counted || !isEntityPhrase(st.draft, np)) {
      lastField.words.push(prep, ...np.words);
      return;
    }
  }
  if (prep === 'in' && unitOf(np) && st.last?.field) {
    st.last.field.words.push(...np.words);
    st.last.field.hints.unit = unitOf(np);
    return;
  }
  if (prep && prep !== 'with' && addPeriodic(st, np, prep)) return;
  if (st.mode === 'fields') {
    handleFieldItem(st, np, chunks, i);
    return;
  }
  if (st.mode === 'objects' || st.mode === 'passive') {
    handleObject(st, np, null, described);
    return;
  }
  if (possessiveJoin(st, np, chunks, i) || copulaComplement(st, np)) return;
  // "Sites: name, address": a word that often names the app is a thing when its details are listed.
  const after = chunks[i + 2];
  const detailed = np.plural && next?.t === 'colon' && after?.t === 'np' && isAttributePhrase(after);
  if (isAppHead(np) && st.mentions.length === 0 && st.top === 'clause' && isMeta(np) && !detailed) {
    st.last = { np };
    return;
  }

  if ((isMeta(np) && !st.draft.find(np.words) && !detailed) || (isActor(np) && !described)) {
    st.last = { np };
    return;
  }
  if (isAttributePhrase(np) && !isEntityPhrase(st.draft, np) && !np.plural && st.subject) {
    const field = addField(st, st.subject, np.words);
    st.last = field ? { np, field } : { np };
    return;
  }
  if (prep && sourceOrParty(st, np, prep)) return;
  // "for our gym", "our church needs …": the setting, an entity only if something describes it.
  const setting = !np.plural && (POSSESSIVES.has(np.det ?? '') || (prep !== null && SETTING_PREPS.has(prep)));
  const entity = st.draft.entity(np.words, setting && !described);
  if (!entity) return;
  st.subject = entity;
  mention(st, entity);
  st.last = { np, entity };
}

function addValue(field: DraftField, np: NounPhrase): void {
  field.hints.enumValues = [...(field.hints.enumValues ?? []), np.raw.join(' ')];
}
