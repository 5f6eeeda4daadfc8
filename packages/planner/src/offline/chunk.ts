/**
 * Tokens → chunks: noun phrases, verbs, prepositions, list punctuation and parenthesised lists. Whether
 * an ambiguous word ("book", "rate", "record") is a verb is decided from its neighbours, not a tagger:
 * a verb follows a plural subject, a pronoun, a modal or "and", and is followed by something it acts on.
 */
import {
  BE,
  CONJUNCTIONS,
  DETERMINERS,
  FILLER,
  HAVE,
  MODALS,
  NEGATIONS,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  RELATIVES,
} from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { isPastParticiple, NOUN_LIKE_VERBS, verbLemma } from './verbs.ts';

export interface NounPhrase {
  t: 'np';
  /** Lower-case content words, modifiers first. */
  words: string[];
  /** The words as written, for labels and enum values. */
  raw: string[];
  plural: boolean;
  /** Preceded by "multiple", "many", "several" … */
  many: boolean;
  /** "one", "a", "the" … */
  det: string | null;
  /** "start/end" or "low/medium/high" in the last word. */
  alts: string[] | null;
  possessive: boolean;
}

export type Chunk =
  | NounPhrase
  | { t: 'verb'; lemma: string; passive: boolean; neg: boolean; word: string }
  | { t: 'have'; neg: boolean }
  | { t: 'be'; neg: boolean }
  | { t: 'prep'; w: string }
  | { t: 'rel'; w: string }
  | { t: 'pron'; w: string }
  | { t: 'and' }
  | { t: 'or' }
  | { t: 'comma' }
  | { t: 'colon' }
  | { t: 'neg' }
  | { t: 'whether' }
  | { t: 'paren'; entries: string[][]; raw: string[] };

const IMPERATIVES = new Set(
  'track manage record store keep list log show include add create handle organize organise monitor need support let allow capture'.split(
    ' ',
  ),
);

/** Words after which a verb has an object: "and rate them", "and belong to a company". */
const FUNCTION_WORDS = new Set([
  ...DETERMINERS,
  ...PREPOSITIONS,
  ...PRONOUNS,
  ...QUANTIFIERS,
  'up',
  'out',
  'in',
]);
const PARTICLES: Readonly<Record<string, Record<string, string>>> = {
  sign: { up: 'signup', in: 'log' },
  check: { in: 'checkin', out: 'checkout' },
  log: { in: 'log' },
  pick: { up: 'pickup' },
};

const isPluralWord = (w: string) =>
  /[^s']s$/.test(w) || /(?:ies|ses|xes|ches|shes|people|children|men|data)$/.test(w);

export function chunk(tokens: readonly Token[]): Chunk[] {
  const out: Chunk[] = [];
  let np: NounPhrase | null = null;
  let pendingDet: string | null = null;
  let pendingMany = false;
  let negated = false;
  const flush = () => {
    if (np && np.words.length > 0) out.push(np);
    np = null;
  };
  const prevChunk = () => out[out.length - 1];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.k === 'punct') {
      flush();
      if (token.p === ',') out.push({ t: 'comma' });
      else if (token.p === ':') out.push({ t: 'colon' });
      else if (token.p === '(') {
        const close = tokens.findIndex((t, j) => j > i && t.k === 'punct' && t.p === ')');
        const end = close < 0 ? tokens.length : close;
        out.push(parenList(tokens.slice(i + 1, end)));
        i = end;
      }
      continue;
    }
    const w = token.w;
    const next = tokens[i + 1];
    const nextIsWord = next?.k === 'word' && !CONJUNCTIONS.has(next.w);
    if (DETERMINERS.has(w) && !(w === 'that' && np)) {
      flush();
      pendingDet = w;
      if (POSSESSIVES.has(w)) out.push({ t: 'pron', w });
      continue;
    }
    if (QUANTIFIERS.has(w)) {
      flush();
      pendingMany = w !== 'one' && w !== 'single';
      pendingDet = pendingDet ?? w;
      continue;
    }
    if (w === 'whether') {
      flush();
      out.push({ t: 'whether' });
      continue;
    }
    if (NEGATIONS.has(w)) {
      flush();
      if (w === 'without') out.push({ t: 'prep', w });
      out.push({ t: 'neg' });
      negated = true;
      continue;
    }
    if (CONJUNCTIONS.has(w)) {
      flush();
      out.push(w === 'or' || w === 'nor' ? { t: 'or' } : { t: 'and' });
      continue;
    }
    if (BE.has(w)) {
      flush();
      out.push({ t: 'be', neg: negated });
      continue;
    }
    if (HAVE.has(w)) {
      flush();
      out.push({ t: 'have', neg: negated });
      negated = false;
      continue;
    }
    if (MODALS.has(w)) {
      flush();
      continue;
    }
    if (
      RELATIVES.has(w) &&
      !(w === 'that' && np === null && pendingDet === null && prevChunk()?.t !== 'np')
    ) {
      flush();
      out.push({ t: 'rel', w });
      continue;
    }
    if (PREPOSITIONS.has(w) && !(w === 'like' && np === null)) {
      flush();
      out.push({ t: 'prep', w });
      continue;
    }
    if (PRONOUNS.has(w)) {
      flush();
      out.push({ t: 'pron', w });
      continue;
    }
    const lemma = verbLemma(w);
    if (lemma && isVerbHere(w, lemma, np, pendingDet, prevChunk(), next, nextIsWord, out.length === 0)) {
      flush();
      const prev = prevChunk();
      const particle = next?.k === 'word' ? PARTICLES[lemma]?.[next.w] : undefined;
      if (particle) i++;
      const passive = prev?.t === 'be' && (isPastParticiple(w) || w.endsWith('en'));
      out.push({
        t: 'verb',
        lemma: particle ?? lemma,
        passive: passive || (isPastParticiple(w) && next?.k === 'word' && next.w === 'by'),
        neg: negated,
        word: w,
      });
      negated = false;
      pendingDet = null;
      continue;
    }
    if (w === 'but' || w === 'although' || w === 'though' || w === 'whereas') {
      flush();
      out.push({ t: 'comma' });
      negated = false;
      continue;
    }
    if (FILLER.has(w)) {
      flush();
      continue;
    }
    if (!np) {
      np = {
        t: 'np',
        words: [],
        raw: [],
        plural: false,
        many: pendingMany,
        det: pendingDet,
        alts: null,
        possessive: false,
      };
      pendingDet = null;
      pendingMany = false;
    }
    const phrase: NounPhrase = np;
    phrase.words.push(w);
    phrase.raw.push(token.raw);
    phrase.plural = isPluralWord(w);
    phrase.alts = token.alts;
    if (token.possessive) {
      phrase.possessive = true;
      flush();
    }
  }
  flush();
  return out;
}

function isVerbHere(
  w: string,
  lemma: string,
  np: NounPhrase | null,
  det: string | null,
  prev: Chunk | undefined,
  next: Token | undefined,
  nextIsWord: boolean,
  atStart: boolean,
): boolean {
  if (det && !np) return false;
  const actsOn = nextIsWord || (next?.k === 'punct' && next.p === ':');
  const ambiguous = NOUN_LIKE_VERBS.has(lemma);
  if (w.endsWith('ing') && w !== lemma) return prev?.t === 'be' && !np;
  if (np) {
    const last = np.words[np.words.length - 1] ?? '';
    if (isPluralWord(last) && actsOn)
      return !(isPastParticiple(w) && next?.k === 'word' && !PREPOSITIONS.has(next.w) && ambiguous);
    // "a customer places orders": a third-person verb after a singular subject.
    if (
      w !== lemma &&
      /s$/.test(w) &&
      !isPluralWord(last) &&
      next?.k === 'word' &&
      (DETERMINERS.has(next.w) ||
        QUANTIFIERS.has(next.w) ||
        (isPluralWord(next.w) && !FUNCTION_WORDS.has(next.w)))
    ) {
      return np.det !== null || np.words.length === 1;
    }
    return false;
  }
  if (!prev || atStart) return IMPERATIVES.has(w) && actsOn;
  if (prev.t === 'be') return isPastParticiple(w) || w.endsWith('en');
  if (prev.t === 'comma') return IMPERATIVES.has(w) && actsOn && w === lemma;
  if (prev.t === 'pron' || prev.t === 'rel' || prev.t === 'neg') return actsOn || !ambiguous;
  if (prev.t === 'and' || prev.t === 'or') {
    if (isPastParticiple(w) || (ambiguous && w !== lemma)) return false;
    return next?.k === 'word' && (FUNCTION_WORDS.has(next.w) || /[^s]s$/.test(next.w));
  }
  if (prev.t === 'np' || prev.t === 'paren') return actsOn;
  return false;
}

function parenList(tokens: readonly Token[]): Chunk {
  const entries: string[][] = [];
  const raw: string[] = [];
  let current: string[] = [];
  let currentRaw: string[] = [];
  const push = () => {
    if (current.length) {
      entries.push(current);
      raw.push(currentRaw.join(' '));
    }
    current = [];
    currentRaw = [];
  };
  for (const token of tokens) {
    if (token.k === 'punct') push();
    else if (token.w === 'and' || token.w === 'or') push();
    else if (token.alts && current.length > 0) {
      current.push(token.alts.join('/'));
      currentRaw.push(token.raw);
    } else if (token.alts) {
      push();
      for (const alt of token.raw.split('/')) {
        entries.push([alt.toLowerCase()]);
        raw.push(alt);
      }
    } else {
      current.push(token.w);
      currentRaw.push(token.raw);
    }
  }
  push();
  return { t: 'paren', entries, raw };
}
