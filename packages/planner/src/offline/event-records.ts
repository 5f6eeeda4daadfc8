/**
 * "members contribute monthly (amount, date)", "teachers assess students with a score": details of an act
 * that would otherwise land on a person belong to a record of the act, named after the verb
 * (Contribution, Assessment) and referring to the people it is between.
 */
import type { DraftEntity } from './draft.ts';
import { isKnownEntity, isPerson } from './knowledge/index.ts';
import type { State } from './state.ts';
import { inferType } from './types.ts';

const MARKERS = new Set(['score', 'result', 'grade', 'rating', 'amount', 'quantity', 'outcome', 'mark']);

/** Whether a detail says when, how much or how well something happened: an event's, not a person's. */
export function marksEvent(words: readonly string[]): boolean {
  const type = inferType(words);
  return type === 'date' || type === 'datetime' || MARKERS.has(words[words.length - 1] ?? '');
}

/** How English names the act of a verb: contribute → contribution, assess → assessment, renew → renewal. */
const NOMINALS: ReadonlyArray<readonly [RegExp, string]> = [
  [/ate$/, 'ation'],
  [/ute$/, 'ution'],
  [/(?:ize|ise)$/, 'ization'],
  [/ify$/, 'ification'],
  [/(ect|ict|uct)$/, '$1ion'],
  [/mit$/, 'mission'],
  [/ess$/, 'essment'],
  [/ay$/, 'ayment'],
  [/ure$/, 'urement'],
  [/ove$/, 'oval'],
  [/(ew|aw)$/, '$1al'],
  [/ive$/, 'ival'],
  [/ver$/, 'very'],
];

export function nominalize(lemma: string): string | null {
  if (isKnownEntity([lemma]) && !isPerson([lemma])) return lemma;
  for (const [pattern, ending] of NOMINALS) if (pattern.test(lemma)) return lemma.replace(pattern, ending);
  return null;
}

/** The record of the clause's act, made when its details would describe `target`, a person. */
export function eventRecord(st: State, target: DraftEntity | null | undefined): DraftEntity | null {
  const { verb, subject } = st;
  if (verb?.kind !== 'other' || !subject || !target || !isPerson(target.words)) return null;
  const name = nominalize(verb.lemma);
  const record = name ? st.draft.entity([name]) : null;
  if (!record || record === subject || isPerson(record.words)) return null;
  st.draft.relate({ kind: 'many-to-one', from: record.key, to: subject.key, required: true });
  const object = st.verbObject;
  if (object && object !== subject && object !== record)
    st.draft.relate({ kind: 'many-to-one', from: record.key, to: object.key, required: true });
  st.draft.joins.push(record.key);
  return record;
}
