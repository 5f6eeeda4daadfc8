/**
 * Whether a plural attribute-like noun after a field verb is a record of its own: "we log goals (scorer,
 * minute)", "staff record refunds against a hire", "record payments to vendors with amount and date".
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { isAttributePhrase } from './classify.ts';
import { entityWords } from './draft.ts';
import { isKnownEntity } from './knowledge/index.ts';
import { unitType } from './lexicon.ts';
import type { State } from './state.ts';

/** Verbs whose plural object is a list of events the app keeps, not one value. */
const RECORDING_VERBS = new Set(['record', 'log']);
/** Prepositions after which the recorded things are tied to another record. */
const TIED_PREPS = new Set(['against', 'to', 'with']);

/** "(scorer, minute)": after a recording verb any list of two or more details describes the records. */
const listsDetails = (next: Chunk | undefined) => next?.t === 'paren' && next.entries.length >= 2;

/** An attribute-like phrase that still names a record. */
export function namesRecord(
  st: State,
  np: NounPhrase,
  next: Chunk | undefined,
  introduces: (next: Chunk | undefined) => boolean,
): boolean {
  // "bins with a code": a known thing followed by its details.
  // "record rent payments per lease": a known record tied to another one.
  const unit = unitType(np.words[np.words.length - 1] ?? '');
  const tied =
    next?.t === 'prep' &&
    (next.w === 'with' || (np.plural && !unit && (TIED_PREPS.has(next.w) || next.w === 'per')));
  if (isKnownEntity(entityWords(np.words)) && tied) return true;
  if (isAttributePhrase(np) && !introduces(next)) return false;
  if (!np.plural || !RECORDING_VERBS.has(st.verb?.lemma ?? '')) return false;
  return listsDetails(next) || (next?.t === 'prep' && TIED_PREPS.has(next.w));
}
