/**
 * "which parent drives on which day", "which employee has which company laptop": a clause that asks
 * which thing goes with which other thing keeps a record of each pairing (an assignment, or the
 * record the verb makes), referring to both things and dated when one of them is a day or date.
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { isAttributePhrase, isMeta, isTimeUnit } from './classify.ts';
import type { DraftEntity } from './draft.ts';
import { mention, type State } from './state.ts';
import { TRANSACTION_VERBS } from './verbs.ts';

const ASKING = new Set(['which', 'whose']);
const DATES = new Set(['date', 'day', 'week', 'month', 'weekday', 'evening', 'night', 'season', 'year']);

const isDate = (np: NounPhrase) => DATES.has(np.words[np.words.length - 1] ?? '') || isTimeUnit(np);

interface Asked {
  phrases: NounPhrase[];
  verb: string | null;
  /** Where the asking clause starts and ends (exclusive) among the sentence's chunks. */
  start: number;
  end: number;
}

/** The noun phrases asked about ("which X") in a clause, with the verb between the first two. */
function askedPhrases(chunks: readonly Chunk[]): Asked {
  const asked: Asked = { phrases: [], verb: null, start: -1, end: chunks.length };
  for (let i = 0; i < chunks.length; i++) {
    const c = chunks[i];
    const next = chunks[i + 1];
    if (c?.t === 'rel' && ASKING.has(c.w) && next?.t === 'np') {
      if (asked.phrases.length === 0) asked.start = i;
      asked.phrases.push(next);
    } else if (asked.phrases.length > 0 && (c?.t === 'comma' || c?.t === 'colon')) {
      asked.end = i;
      break;
    } else if (asked.phrases.length === 1 && c?.t === 'verb' && !asked.verb) asked.verb = c.lemma;
    else if (asked.phrases.length === 1 && c?.t === 'have' && !asked.verb) asked.verb = 'have';
  }
  return asked;
}

/** Reads an asking clause into its record; returns the chunk range it used, for the reader to skip. */
export function askedPairs(st: State, chunks: readonly Chunk[]): [number, number] | null {
  const { phrases, verb, start, end } = askedPhrases(chunks);
  if (phrases.length < 2 || !verb) return null;
  const things = phrases.filter((np) => !isDate(np) && !isMeta(np) && !isAttributePhrase(np));
  if (things.length < 2 && !(things.length === 1 && phrases.some(isDate))) return null;
  const name = (TRANSACTION_VERBS[verb] ?? 'Assignment').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  const record = st.draft.entity(name.split(' '));
  if (!record) return null;
  const targets = things
    .map((np) => st.draft.entity(np.words))
    .filter((e): e is DraftEntity => e !== null && e !== record);
  for (const target of targets)
    st.draft.relate({ kind: 'many-to-one', from: record.key, to: target.key, required: true });
  if (phrases.some(isDate)) st.draft.addField(record, { words: ['date'], hints: {}, optional: false });
  record.counted = true;
  // Its usual fields are not what the prompt means by an assignment ("which parent drives on which day").
  if (!TRANSACTION_VERBS[verb]) record.shaped = true;
  for (const target of targets) mention(st, target);
  mention(st, record);
  return [start, end];
}
