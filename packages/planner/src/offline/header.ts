/**
 * The app's own name: "Online store: …", "habit tracker - …", "Sports league manager." or the
 * noun phrase in "Dental clinic scheduling with patients …". Its words are never entities unless
 * nothing else is ("movie watchlist" → Movie).
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { isAppHead, isAttributePhrase } from './classify.ts';
import { entityWords } from './draft.ts';
import { isKnownExact } from './knowledge/index.ts';

export interface Header {
  /** Words as written, for the app name. */
  raw: string[];
  /** Lower-case words of the noun phrases in the header. */
  words: string[];
  /** Index of the first chunk after the header. */
  rest: number;
  /** Whether the rest is a list of entities ("Online store: products …"). */
  listFollows: boolean;
}

const CLAUSE = new Set<Chunk['t']>(['verb', 'have', 'be', 'paren', 'rel']);
/** The chunks of a plain list: its items and what separates them ("which" asks for one). */
const LIST_CHUNKS = new Set<Chunk['t']>(['np', 'comma', 'and', 'or', 'rel']);

export function findHeader(
  chunks: readonly Chunk[],
  onlySentence: boolean,
  sentenceCount: number,
): Header | null {
  const nps = (list: readonly Chunk[]) => list.filter((c): c is NounPhrase => c.t === 'np');
  const colon = chunks.findIndex((c) => c.t === 'colon');
  if (colon > 0 && !chunks.slice(0, colon).some((c) => CLAUSE.has(c.t))) {
    const head = nps(chunks.slice(0, colon));
    // "Athletes: name, date of birth, …", "Tutoring sessions for my students: subject, date, …" list a
    // thing's fields; they do not name the app.
    const between = chunks.slice(1, colon).filter((c) => c.t !== 'pron');
    const audience =
      between.length % 2 === 0 && between.every((c, i) => c.t === (i % 2 === 0 ? 'prep' : 'np'));
    const only = chunks[0]?.t === 'np' && (colon === 1 || audience) ? head[0] : undefined;
    const after = chunks[colon + 1];
    // "Walks: which dog, the date and time, the price": mostly attributes, though one names a thing.
    const stop = chunks.findIndex((c, i) => i > colon && !LIST_CHUNKS.has(c.t));
    const listed = nps(chunks.slice(colon + 1, stop < 0 ? undefined : stop));
    const attributes = listed.filter((np) => isAttributePhrase(np)).length;
    const thing =
      only?.plural &&
      !isAppHead(only) &&
      ((after?.t === 'np' && isAttributePhrase(after)) ||
        (listed.length >= 2 && attributes * 2 > listed.length));
    if (!thing && head.length > 0 && head.reduce((n, np) => n + np.words.length, 0) <= 8) {
      return {
        raw: head.flatMap((np) => np.raw),
        words: head.flatMap((np) => np.words),
        rest: colon + 1,
        listFollows: true,
      };
    }
  }
  const first = chunks[0];
  if (first?.t !== 'np' || !isAppHead(first)) {
    // A first sentence that is only a short noun phrase ("Sports league manager.") names the app.
    if (
      sentenceCount > 1 &&
      first?.t === 'np' &&
      chunks.length === 1 &&
      first.words.length <= 5 &&
      !onlySentence
    ) {
      return { raw: first.raw, words: first.words, rest: 1, listFollows: false };
    }
    return sentenceCount > 1 && !onlySentence ? titleCompound(chunks) : null;
  }
  // "Laboratory sample tracking (LIMS-lite)": an aside in the name.
  let rest = chunks[1]?.t === 'paren' ? 2 : 1;
  // "… for a hardware lab": the audience belongs to the name.
  while (
    chunks[rest]?.t === 'prep' &&
    (chunks[rest] as { w: string }).w !== 'with' &&
    chunks[rest + 1]?.t === 'np'
  )
    rest += 2;
  const next = chunks[rest];
  if (rest === chunks.length) return { raw: first.raw, words: first.words, rest, listFollows: false };
  if (next?.t === 'prep' && (next.w === 'with' || next.w === 'for')) {
    return { raw: first.raw, words: first.words, rest: rest + 1, listFollows: true };
  }
  // "Job board where companies post jobs": the clause after the name describes the app.
  if (next?.t === 'rel' && (next.w === 'where' || next.w === 'that' || next.w === 'which')) {
    return { raw: first.raw, words: first.words, rest: rest + 1, listFollows: false };
  }
  return null;
}

const TITLE_CHUNKS = new Set<Chunk['t']>(['np', 'prep', 'pron', 'and']);

/**
 * "Kennel boarding for dogs.", "Car wash loyalty + job tracking.": a first sentence with no verb, before
 * the description proper, is a title. Its leading compounds name the business or activity; the things
 * it stores are named again in the sentences after it. What follows a preposition ("for dogs") is still read.
 */
function titleCompound(chunks: readonly Chunk[]): Header | null {
  if (!chunks.every((c) => TITLE_CHUNKS.has(c.t))) return null;
  let rest = 0;
  const lead: NounPhrase[] = [];
  for (const c of chunks) {
    if (c.t === 'np' && c.words.length >= 2 && c.det === null) lead.push(c);
    else if (c.t !== 'and' || lead.length === 0) break;
    rest++;
  }
  if (lead.length === 0 || chunks[rest - 1]?.t === 'and') return null;
  // "Expense reports for employees.": a known compound record is the thing itself, not a business.
  if (lead.some((np) => isKnownExact(entityWords(np.words).slice(-2)))) return null;
  return {
    raw: lead.flatMap((np) => np.raw),
    words: lead.flatMap((np) => np.words),
    rest,
    listFollows: false,
  };
}
