/**
 * Noun phrases that name no record: the organisation running the app ("our youth orchestra", "claims
 * handling for a small insurer", "my family runs a dairy farm") and a purpose ("an order for pickup").
 */
import type { NounPhrase } from './chunk.ts';
import { isKnownEntity } from './knowledge/index.ts';
import { POSSESSIVES } from './lexicon.ts';
import type { State } from './state.ts';

/** Verbs whose singular object is the user's own organisation: "we run a bakery", "I lead a scout troop". */
const SETTING_VERBS = new Set(['run', 'own', 'operate', 'manage', 'lead']);

/** Whether the phrase names the setting: possessed, after "for", or the first object of a setting verb. */
export const namesSetting = (st: State, np: NounPhrase) =>
  !np.plural &&
  (POSSESSIVES.has(np.det ?? '') ||
    st.prep === 'for' ||
    (st.mode === 'objects' && SETTING_VERBS.has(st.verb?.lemma ?? '') && !st.gotObject));

/**
 * "an order for pickup", "dogs up for adoption": a bare singular noun after "for" is a purpose. A known
 * record ("bikes for repair") is still the record, and "a flag for abnormal" names the flag.
 */
export const isPurpose = (st: State, np: NounPhrase) =>
  st.prep === 'for' &&
  np.det === null &&
  !np.plural &&
  np.words.length === 1 &&
  !st.last?.field &&
  !st.draft.find(np.words) &&
  !isKnownEntity(np.words);
