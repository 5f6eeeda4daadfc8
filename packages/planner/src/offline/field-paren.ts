/** What a parenthesis right after a field says: its values, unit, range, type or the fields it is made of. */
import type { FieldType } from '@appgen/spec';
import type { Chunk } from './chunk.ts';
import { isAttributePhrase } from './classify.ts';
import type { DraftField } from './draft.ts';
import { addField } from './items.ts';
import { own, unitType } from './lexicon.ts';
import type { State } from './state.ts';
import { inferType, isEnumish } from './types.ts';

type Paren = Extract<Chunk, { t: 'paren' }>;

const BOOLEAN_PAIRS = new Set(['yes no', 'true false', 'y n', 'no yes']);
const BOUND_WORDS = new Set(['min', 'max', 'minimum', 'maximum', 'from', 'to', 'lowest', 'highest']);
/** "collected at (date and time)", "period (month)": the parenthesis names the kind of value, not its values. */
const TYPE_GLOSSES: Readonly<Record<string, FieldType>> = {
  'date time': 'datetime',
  datetime: 'datetime',
  timestamp: 'datetime',
  time: 'datetime',
  date: 'date',
  day: 'date',
  month: 'string',
  year: 'integer',
  number: 'integer',
  integer: 'integer',
  decimal: 'decimal',
  url: 'url',
  link: 'url',
  email: 'email',
};

/** "(like 7B)", "(e.g. …)": examples, not values. */
export const isExamples = (c: Paren) => /^(?:like|eg|e\.g|such|for|i\.e|ie)$/.test(c.entries[0]?.[0] ?? '');

export function fieldParen(st: State, field: DraftField, c: Paren): void {
  const values = c.entries.map((e) => e.join(' '));
  const first = values[0] ?? '';
  const owner = st.owner ?? st.subject;
  const gloss = own(TYPE_GLOSSES, values.join(' ').replace(/\//g, ' '));
  // "(the year the current queen was introduced)": a gloss, not a list of values.
  if (isExamples(c) || (values.length === 1 && (c.entries[0]?.length ?? 0) > 3)) return;
  if (BOOLEAN_PAIRS.has(values.join(' ').replace(/\//g, ' '))) field.hints.boolean = true;
  else if (values.length === 1 && unitType(first)) {
    field.words.push(first);
    field.hints.unit = unitType(first);
  } else if (values.length === 1 && rangeOf(first)) field.hints.range = rangeOf(first) ?? undefined;
  else if (/^(?:free )?text\b/.test(first)) field.hints.text = true;
  else if (gloss) field.hints.as = gloss;
  else if (owner && values.length === 2 && values.every((v) => BOUND_WORDS.has(v))) {
    // "salary range (min and max)" → salaryMin, salaryMax.
    const base = field.words.filter((w) => w !== 'range');
    owner.fields = owner.fields.filter((f) => f !== field);
    for (const bound of values) addField(st, owner, [...base, bound]);
  } else if (owner && isComposite(field, c)) {
    // "age range (min age, max age)", "final score (home goals, away goals)": the parts are the fields,
    // named after the whole only where the owner has a field of that name already ("contact (name, phone)").
    owner.fields = owner.fields.filter((f) => f !== field);
    const taken = (part: string[]) => owner.fields.some((f) => f.words.join(' ') === part.join(' '));
    const whole = inferType(field.words, field.hints);
    for (const entry of c.entries) {
      const part = addField(st, owner, taken(entry) ? [...field.words, ...entry] : entry);
      // "final score (home goals, away goals)": parts of a measure are measures.
      if (part && whole !== 'string' && inferType(part.words, part.hints) === 'string') part.hints.as = whole;
    }
  } else field.hints.enumValues = c.raw;
}

/** Every entry names an attribute, and the field is no enum-like word that would take values. */
const isComposite = (field: DraftField, c: Paren) =>
  c.entries.length >= 2 &&
  c.entries.every((e, i) => !c.values[i] && isAttributePhrase(e)) &&
  !isEnumish(field.words[field.words.length - 1] ?? '');

/** "1-5" → [1, 5]. */
export function rangeOf(word: string): [number, number] | null {
  const match = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(word);
  return match ? [Number(match[1]), Number(match[2])] : null;
}
