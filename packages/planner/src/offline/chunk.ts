/**
 * Tokens → chunks: noun phrases, verbs, prepositions, list punctuation and parenthesised lists. Whether
 * an ambiguous word ("book", "rate", "record") is a verb is decided from its neighbours, not a tagger:
 * a verb follows a plural subject, a pronoun, a modal or "and", and is followed by something it acts on.
 */

import {
  closesFieldName,
  FIELD_PREPS,
  isNounish,
  isPluralWord,
  isVerbHere,
  PARTICLE_WORDS,
  PARTICLES,
} from './chunk-rules.ts';
import type { Chunk, NounPhrase } from './chunk-types.ts';
import {
  BE,
  CONJUNCTIONS,
  DETERMINERS,
  FILLER,
  HAVE,
  isAdverb,
  MODALS,
  NEGATIONS,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  RELATIVES,
} from './lexicon.ts';
import { parenList } from './paren.ts';
import type { Token } from './tokenize.ts';
import { isPastParticiple, verbLemma } from './verbs.ts';

export type { Chunk, NounPhrase } from './chunk-types.ts';

/** "a list of adults", "a log of every game night", "a record of each visit": the container names no thing. */
const CONTAINERS = new Set(
  'list lists collection collections log logs record records history register diary journal catalogue catalog archive'.split(
    ' ',
  ),
);

/** Words that start an object noun phrase; a noun phrase is never directly followed by one. */
const OBJECT_DETS = new Set('a an the every each their his her our my your its'.split(' '));

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
    // "a plus-one yes/no", "start/end": a slashed token is a name or its values, never "no" or "and".
    if (token.alts && !token.alts.every((a) => CONJUNCTIONS.has(a))) {
      // "present yes/no": the word read as a verb was the name of the yes/no field.
      const verb = prevChunk();
      if (!np && verb?.t === 'verb' && !verb.passive && token.alts.join('/') === 'yes/no') {
        out.pop();
        addWord({ k: 'word', w: verb.word, raw: verb.word, alts: null, possessive: false });
      }
      addWord(token);
      continue;
    }
    const nextIsWord = next?.k === 'word' && !CONJUNCTIONS.has(next.w);
    if (DETERMINERS.has(w) && !(w === 'that' && np)) {
      flush();
      pendingDet = w;
      if (POSSESSIVES.has(w)) out.push({ t: 'pron', w });
      continue;
    }
    // "a list of authorised adults": a container word says how many, not what.
    const container = !np && CONTAINERS.has(w) && next?.k === 'word' && next.w === 'of';
    if (QUANTIFIERS.has(w) || container) {
      flush();
      pendingMany = w !== 'one' && w !== 'single';
      pendingDet = pendingDet ?? w;
      if (container) i++;
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
    if (MODALS.has(w) || (isAdverb(w) && !(np && FIELD_PREPS.has(next?.k === 'word' ? next.w : '')))) {
      flush();
      continue;
    }
    if (
      RELATIVES.has(w) &&
      !(
        w === 'that' &&
        np === null &&
        pendingDet === null &&
        prevChunk()?.t !== 'np' &&
        prevChunk()?.t !== 'paren'
      )
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
    const after = tokens[i + 2];
    if (
      next?.k === 'word' &&
      FIELD_PREPS.has(next.w) &&
      (!after || after.k === 'punct' || CONJUNCTIONS.has(after.w)) &&
      (isPastParticiple(w) || !verbLemma(w))
    ) {
      // "issued at", "valid from", "received by": one field name.
      addWord(token);
      addWord(next);
      i++;
      continue;
    }
    // "which stall on which date": after "which" a word that is as often a noun names the thing asked about.
    const asked = before0(i)?.w === 'which' || before0(i)?.w === 'whose';
    let lemma = asked && isNounish(verbLemma(w) ?? w) ? null : verbLemma(w);
    if (
      lemma === 'keep' &&
      next?.k === 'word' &&
      next.w === 'track' &&
      after?.k === 'word' &&
      after.w === 'of'
    ) {
      lemma = 'track';
      i += 2;
      out.push({ t: 'verb', lemma, passive: false, neg: negated, word: 'track' });
      negated = false;
      pendingDet = null;
      continue;
    }
    // "staff record every pickup", "customers drop off their bikes": a noun phrase never runs into a determiner.
    const objectNext = (t: Token | undefined) => t?.k === 'word' && OBJECT_DETS.has(t.w);
    // "which student performed which piece": a past form before "which" is the verb asking about it.
    const askedNext = next?.k === 'word' && next.w === 'which' && w !== lemma && isPastParticiple(w);
    const objectFollows =
      np !== null &&
      !w.endsWith('ing') &&
      (objectNext(next) ||
        askedNext ||
        (next?.k === 'word' && PARTICLE_WORDS.has(next.w) && objectNext(after)));
    // "start and end dates", "opening and closing times": a modifier sharing the next noun, not a verb.
    const pair = out[out.length - 2];
    const sharedHead =
      prevChunk()?.t === 'and' &&
      pair?.t === 'np' &&
      pair.det === null &&
      !pair.plural &&
      pair.words.length === 1 &&
      next?.k === 'word' &&
      isPluralWord(next.w) &&
      (after === undefined || after.k === 'punct' || after.w === 'and');
    // "clients can leave a review": the base form right after a modal is its verb.
    const before = tokens[i - 1];
    const modal = before?.k === 'word' && MODALS.has(before.w) && w === lemma && nextIsWord;
    if (
      lemma &&
      !sharedHead &&
      (objectFollows ||
        modal ||
        wantsTo(out, np) ||
        isVerbHere(
          w,
          lemma,
          np,
          pendingDet,
          prevChunk(),
          next,
          nextIsWord,
          out.length === 0,
          out.some((c) => c.t === 'verb' && !c.passive),
        ))
    ) {
      // "batches brewed from a recipe": a participle right after its noun is a reduced passive clause.
      const reduced =
        np !== null &&
        isPastParticiple(w) &&
        next?.k === 'word' &&
        PREPOSITIONS.has(next.w) &&
        next.w !== 'of';
      flush();
      const prev = prevChunk();
      const particle = next?.k === 'word' ? PARTICLES[lemma]?.[next.w] : undefined;
      if (particle) i++;
      const passive = prev?.t === 'be' && (isPastParticiple(w) || w.endsWith('en'));
      out.push({
        t: 'verb',
        lemma: particle ?? lemma,
        passive: passive || reduced || (isPastParticiple(w) && next?.k === 'word' && next.w === 'by'),
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
    if ((FILLER.has(w) || PARTICLE_WORDS.has(w)) && !closesFieldName(np, w, next)) {
      flush();
      continue;
    }
    addWord(token);
    if (token.possessive) flush();
  }
  flush();
  return out;

  function before0(at: number): { w: string } | undefined {
    const token = tokens[at - 1];
    return token?.k === 'word' ? token : undefined;
  }

  function addWord(token: Extract<Token, { k: 'word' }>): void {
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
    if (phrase.alts && !token.alts) phrase.modifierAlts = { at: phrase.words.length - 1, alts: phrase.alts };
    phrase.words.push(token.w);
    phrase.raw.push(token.raw);
    phrase.plural = isPluralWord(token.w);
    phrase.alts = token.alts;
    if (token.possessive) phrase.possessive = true;
  }
}

const WANTING = new Set(['want', 'like', 'need', 'wish', 'love', 'hope', 'try']);
/** "I'd like to mark a walk as paid", "we need to know when": after "want to" comes a verb, nounish or not. */
const wantsTo = (out: readonly Chunk[], np: NounPhrase | null) => {
  const to = out[out.length - 1];
  const verb = out[out.length - 2];
  return np === null && to?.t === 'prep' && to.w === 'to' && verb?.t === 'verb' && WANTING.has(verb.lemma);
};
