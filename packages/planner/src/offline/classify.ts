/** What a noun phrase names: the app itself, an actor, an entity, an attribute, a unit. */
import { singularize } from '@appgen/spec';
import type { NounPhrase } from './chunk.ts';
import { type Draft, entityWords } from './draft.ts';
import { isKnownEntity } from './knowledge/index.ts';
import { ACTOR_NOUNS, APP_HEADS, FIELD_ADJECTIVES, META_NOUNS, TIME_UNITS, unitType } from './lexicon.ts';
import { looksLikeAttribute } from './types.ts';

const last = (words: readonly string[]) => words[words.length - 1] ?? '';

/** The tools people keep their data in today ("a WhatsApp group", "an Excel sheet"): never the app's data. */
const TOOL_BRANDS = new Set(
  'whatsapp excel facebook google slack notion trello airtable telegram'.split(' '),
);
export const isMeta = (np: NounPhrase) =>
  META_NOUNS.has(last(np.words)) || np.words.some((word) => TOOL_BRANDS.has(word));
export const isAppHead = (np: NounPhrase) => APP_HEADS.has(last(np.words)) || isMeta(np);
export const isActor = (np: NounPhrase) => np.words.length === 1 && ACTOR_NOUNS.has(np.words[0] ?? '');
export const isTimeUnit = (np: NounPhrase) => np.words.length === 1 && TIME_UNITS.has(np.words[0] ?? '');
export const unitOf = (np: NounPhrase) => unitPhrase(np.words);
/** "minutes", "kg", "square metres", "cubic meters": a unit, and the type it implies. */
export function unitPhrase(words: readonly string[]): 'integer' | 'decimal' | undefined {
  if (words.length === 1) return unitType(words[0] ?? '');
  if (words.length === 2 && /^(?:square|sq|cubic|cu)$/.test(words[0] ?? '')) return 'decimal';
  return undefined;
}

const QUANTITY_HEADS = new Set(['max', 'min', 'maximum', 'minimum']);
export const isQuantityPhrase = (words: readonly string[]) =>
  words.length > 1 && QUANTITY_HEADS.has(words[0] ?? '');

/** Field-ish words: "image URL", "is calibrated", "birth date". */
export function isAttributePhrase(np: NounPhrase | readonly string[]): boolean {
  const words = Array.isArray(np) ? np : (np as NounPhrase).words;
  const first = words[0] ?? '';
  if ((first === 'is' || first === 'has') && words.length > 1) return true;
  // "max attendees", "total guests": a quantity of things is a number, not the things.
  if (isQuantityPhrase(words)) return true;
  if (last(words) === 'flag' || last(words) === 'yes/no') return true;
  // "an inventory tag", "an ear tag": one tag with a modifier is an identifier; "topic tags" are things.
  if (words.length > 1 && last(words) === 'tag') return true;
  // "remaining grams", "distance in km": a measure in a unit.
  if (words.length > 1 && unitType(last(words))) return true;
  // "peak temperature in C", "length in feet": whatever the unit, the measure before "in" says what it is.
  const unit = words.lastIndexOf('in');
  if (unit > 0 && unit === words.length - 2 && isAttributePhrase(words.slice(0, unit))) return true;
  return looksLikeAttribute(fieldWords(words)) || looksLikeAttribute(words);
}

/** Whether the phrase names a thing the app stores: known to the knowledge base or already an entity. */
export function isEntityPhrase(draft: Draft, np: NounPhrase): boolean {
  if (isMeta(np) || np.words.length === 0) return false;
  if (draft.find(np.words)) return true;
  return isKnownEntity(entityWords(np.words)) && !isAttributePhrase(np);
}

/** A phrase whose head is an entity and whose modifier is a role: "home team", "destination warehouse". */
export function roleTarget(draft: Draft, np: NounPhrase): string[] | null {
  if (np.words.length < 2 || draft.find(np.words) || isAttributePhrase(np)) return null;
  const words = entityWords(np.words);
  if (isKnownEntity(words) && words.length > 1 && isKnownEntityExact(words)) return null;
  const head = [last(words)];
  return draft.find(head) || isKnownEntity(head) ? head : null;
}

const isKnownEntityExact = (words: readonly string[]) =>
  words.length > 1 && isKnownEntity(words) && !isKnownEntity([last(words)]);

const KEEP_PLURAL = new Set(
  'notes details instructions ingredients allergies symptoms comments directions steps remarks minutes tags specs'.split(
    ' ',
  ),
);

/** Field name words: adjectives and "flag" dropped, plural made singular ("balances" → balance). */
export function fieldWords(words: readonly string[]): string[] {
  let out = words.filter((w) => !FIELD_ADJECTIVES.has(w));
  if (out.length > 1 && last(out) === 'flag') out = out.slice(0, -1);
  if (out.length === 0) out = [...words];
  const end = last(out);
  // "max attendees", "number of seats" keep their plural: they count them.
  const counts = isQuantityPhrase(out) || (out[0] === 'number' && out[1] === 'of');
  if (!KEEP_PLURAL.has(end) && !(out.length > 2 && out[out.length - 2] === 'per') && !counts) {
    out = [...out.slice(0, -1), singularize(end).toLowerCase()];
  }
  return out.slice(-5);
}
