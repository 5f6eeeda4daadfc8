/** The object of a verb: what a noun phrase after "borrow", "manage" or "record" adds to the draft. */

import type { NounPhrase } from './chunk.ts';
import { fieldWords, isAttributePhrase, isEntityPhrase } from './classify.ts';
import { type DraftEntity, entityWords } from './draft.ts';
import { addField } from './items.ts';
import { isKnownEntity } from './knowledge/index.ts';
import { mention, type State } from './state.ts';
import { isEnumish } from './types.ts';
import { TRANSACTION_VERBS } from './verbs.ts';

/** What one takes as an attempt with a result. */
const TAKEN = new Set(
  'quiz exam test assessment survey course class lesson challenge level module trial certification'.split(
    ' ',
  ),
);

const SETTING_VERBS = new Set(['run', 'own', 'operate', 'manage']);
const CREATE_VERBS = new Set(['leave', 'write', 'post', 'submit', 'file', 'add', 'give']);

/** The object of a verb: a joined record, an owned record, or a field. */
export function handleObject(
  st: State,
  np: NounPhrase | null,
  known: DraftEntity | null,
  described = false,
): void {
  const draft = st.draft;
  const verb = st.verb;
  const subject = st.subject;
  // "I run a small moving company": the user's own business is the setting, not a record.
  if (np && !subject && !known && !np.plural && !described && SETTING_VERBS.has(verb?.lemma ?? '')) {
    st.last = { np, entity: draft.entity(np.words, true) ?? undefined };
    return;
  }
  // "wardens issue fines: amount, …": a described plural object is a thing even when its name is an attribute.
  // "customers leave a review for …": a known record written by the subject is a thing.
  const created =
    np?.plural === false && CREATE_VERBS.has(verb?.lemma ?? '') && isKnownEntity(entityWords(np.words));
  const knownThing = created || (np?.plural === true && (isKnownEntity(entityWords(np.words)) || described));
  if (np && !known && !knownThing && isAttributePhrase(np) && !isEntityPhrase(draft, np)) {
    // "tickets come in types": an enum-like attribute even after a verb the planner has no meaning for.
    if (subject && (verb?.kind !== 'other' || isEnumish(fieldWords(np.words).join(' ')))) {
      const field = addField(st, subject, np.words);
      if (field) st.last = { np, field };
    }
    return;
  }
  if (np && verb?.kind === 'other' && !isEntityPhrase(draft, np) && !(described && np.plural) && !created)
    return;
  // "taught … on a weekday": after a passive verb, a phrase that names no thing is a detail of the subject.
  if (np && !known && verb?.kind === 'passive' && subject && !isEntityPhrase(draft, np) && !np.plural) {
    const field = addField(st, subject, np.words);
    if (field) st.last = { np, field };
    return;
  }
  st.gotObject = true;
  if (
    verb?.kind === 'transaction' &&
    (verb.lemma === 'rate' || verb.lemma === 'review') &&
    np &&
    !draft.find(np.words)
  ) {
    const join = draft.entities.get(draft.joins[draft.joins.length - 1] ?? '');
    if (join) {
      addField(st, join, [verb.lemma === 'rate' ? 'rating' : 'review']);
      return;
    }
  }
  const object = known ?? (np ? draft.entity(np.words) : null);
  if (!object) return;
  mention(st, object);
  st.verbObject = st.verbObject ?? (object !== subject ? object : null);
  st.last = {
    np: np ?? {
      t: 'np',
      words: object.words,
      raw: object.words,
      plural: false,
      many: false,
      det: null,
      alts: null,
      possessive: false,
    },
    entity: object,
  };
  // "we assign volunteers to a ministry": the user's first object is one side of the record, the next the other.
  if (!subject && verb?.kind === 'transaction' && st.user) {
    st.subject = object;
    st.gotObject = false;
    return;
  }
  if (!subject || subject === object) return;
  // "students take quizzes" is an attempt; "members take loans", "she takes each dose" are not.
  if (
    verb?.kind === 'transaction' &&
    verb.lemma === 'take' &&
    !TAKEN.has(object.words[object.words.length - 1] ?? '')
  )
    return;
  if (verb?.kind === 'transaction') {
    // "reviewers score papers" → Review; "judges score projects" → Score.
    const reviewing = TRANSACTION_VERBS[verb.lemma] === 'Score' && subject.words.includes('reviewer');
    const joinName = reviewing ? 'Review' : (TRANSACTION_VERBS[verb.lemma] ?? 'Link');
    const join = draft.entity(
      joinName
        .replace(/([a-z])([A-Z])/g, '$1 $2')
        .toLowerCase()
        .split(' '),
    );
    if (!join || join === subject || join === object) return;
    draft.relate({ kind: 'many-to-one', from: join.key, to: subject.key, required: true });
    draft.relate({ kind: 'many-to-one', from: join.key, to: object.key, required: true });
    draft.joins.push(join.key);
    if (verb.lemma === 'rate' || verb.lemma === 'score' || verb.lemma === 'judge') {
      // "reviewers score each paper 1-10": the range belongs to the score.
      const range = np?.words[np.words.length - 1] ?? '';
      addField(st, join, /^\d+(?:\.\d+)?-\d/.test(range) ? ['score', range] : ['score']);
    }
    // "candidates apply to jobs with a cover letter": details of an entity described earlier belong to the join.
    if (object.fields.length > 0 || known) st.last = { ...st.last, entity: join };
  } else if (verb?.kind === 'ownership') {
    draft.relate({ kind: 'many-to-one', from: object.key, to: subject.key });
  } else if (verb?.kind === 'passive' && isKnownEntity(object.words)) {
    draft.relate({ kind: 'many-to-one', from: subject.key, to: object.key });
  }
}
