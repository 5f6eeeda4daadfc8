/**
 * Whether a word is a verb where it stands, decided from its neighbours rather than a tagger: a verb
 * follows a plural subject, a pronoun, a modal or "and", and is followed by something it acts on or by
 * a preposition. Words that are nouns as often as verbs ("book", "rate") need stronger evidence.
 */
import type { Chunk, NounPhrase } from './chunk.ts';
import { isKnownEntity } from './knowledge/index.ts';
import {
  CONJUNCTIONS,
  DETERMINERS,
  FILLER,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  RELATIVES,
} from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { looksLikeAttribute } from './types.ts';
import { isModelVerb, isPastParticiple, NOUN_LIKE_VERBS } from './verbs.ts';

export const IMPERATIVES = new Set(
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
const GERUND_PREPS = new Set(['by', 'after', 'before', 'when']);
/** "-ing" words that are adjectives before a noun ("tracked by remaining grams"). */
const ADJECTIVAL_ING = new Set(
  'remaining existing upcoming outstanding pending missing matching following incoming outgoing ongoing recurring'.split(
    ' ',
  ),
);
/** Nouns that take a plural verb. */
const COLLECTIVE_SUBJECTS = new Set('staff personnel faculty crew police'.split(' '));
const QUANTIFIED = new Set(['each', 'every']);
/** Objects that only follow a verb: "the instructor rates it". */
const OBJECT_PRONOUNS = new Set('it them him her us me'.split(' '));
/** Phrasal-verb particles: never part of a noun phrase ("up for adoption", "out on loan"). */
export const PARTICLE_WORDS = new Set('up out off down away back'.split(' '));
export const PARTICLES: Readonly<Record<string, Record<string, string>>> = {
  sign: { up: 'signup', in: 'log' },
  check: { in: 'checkin', out: 'checkout' },
  log: { in: 'log' },
  pick: { up: 'pickup' },
};
/** "issued at", "valid from", "received by": a field name that ends in a preposition. */
/** "engineer needed (yes/no)", "plus-one allowed": a participle after a field name closes it as a yes/no. */
const POSTPOSITIVE = new Set(['needed', 'allowed', 'included']);
export const closesFieldName = (np: NounPhrase | null, w: string, next: Token | undefined) =>
  np !== null && POSTPOSITIVE.has(w) && (!next || next.k === 'punct' || CONJUNCTIONS.has(next.w));
export const FIELD_PREPS = new Set('at on from until till by'.split(' '));

export const isPluralWord = (w: string) =>
  /[^s']s$/.test(w) || /(?:ies|ses|xes|ches|shes|people|children|men|data)$/.test(w);

/** A verb that is just as often a noun or an attribute name ("record", "count", "display"). */
export const isNounish = (lemma: string) =>
  NOUN_LIKE_VERBS.has(lemma) || isKnownEntity([lemma]) || looksLikeAttribute([lemma]);

/** Whether the word after a verb ends its clause or leads to its object through a preposition. */
function endsOrLeads(next: Token | undefined): boolean {
  if (!next) return true;
  if (next.k === 'punct') return next.p !== '"';
  return (
    PREPOSITIONS.has(next.w) ||
    CONJUNCTIONS.has(next.w) ||
    RELATIVES.has(next.w) ||
    PARTICLE_WORDS.has(next.w) ||
    next.w === 'when'
  );
}

export function isVerbHere(
  w: string,
  lemma: string,
  np: NounPhrase | null,
  det: string | null,
  prev: Chunk | undefined,
  next: Token | undefined,
  nextIsWord: boolean,
  atStart: boolean,
  verbBefore = false,
): boolean {
  if (det && !np) return false;
  // "dentists' practices send orders": the word after a possessive is its noun.
  if (!np && prev?.t === 'np' && prev.possessive) return false;
  // A plain English verb that is also an attribute or a known thing ("target", "date") needs a pronoun or "be".
  if (!isModelVerb(lemma) && isNounish(lemma) && prev?.t !== 'pron' && prev?.t !== 'rel' && prev?.t !== 'be')
    return false;
  const actsOn = nextIsWord || (next?.k === 'punct' && next.p === ':');
  const ambiguous = NOUN_LIKE_VERBS.has(lemma);
  const nextWord = next?.k === 'word' ? next.w : '';
  if (w.endsWith('ing') && w !== lemma) {
    // "check-ins recording when a member entered": a participle clause describing the records.
    if (np && isPluralWord(np.words[np.words.length - 1] ?? '') && isModelVerb(lemma))
      return (
        DETERMINERS.has(nextWord) ||
        RELATIVES.has(nextWord) ||
        nextWord === 'when' ||
        (PREPOSITIONS.has(nextWord) && nextWord !== 'of')
      );
    // "claim them by giving their details", "earn badges by completing requirements": a gerund clause.
    const gerund = prev?.t === 'prep' && GERUND_PREPS.has(prev.w) && nextIsWord && !ADJECTIVAL_ING.has(w);
    return !np && (prev?.t === 'be' || (gerund && isModelVerb(lemma)));
  }
  if (np) {
    const head = np.words[np.words.length - 1] ?? '';
    // "each stay records check-in dates": "each" takes a singular noun, so an -s form after it is the verb.
    if (
      QUANTIFIED.has(np.det ?? '') &&
      np.words.length <= 2 &&
      w !== lemma &&
      /s$/.test(w) &&
      nextIsWord &&
      !isPluralWord(head) &&
      isModelVerb(lemma)
    )
      return true;
    // "for each move record the hours": a base-form imperative after "for each X".
    if (
      QUANTIFIED.has(np.det ?? '') &&
      prev?.t === 'prep' &&
      prev.w === 'for' &&
      IMPERATIVES.has(w) &&
      actsOn
    )
      return np.words.length === 1;
    // "staff approve or reject": a collective noun is a plural subject.
    const last = COLLECTIVE_SUBJECTS.has(head) ? 'people' : head;
    const nounish = isNounish(lemma);
    // "a subject taught by a teacher", "objects made by artists".
    if (isPastParticiple(w) && nextWord === 'by' && !nounish) return true;
    if (isPluralWord(last) && actsOn)
      return !(isPastParticiple(w) && next?.k === 'word' && !PREPOSITIONS.has(next.w) && ambiguous);
    // "candidates apply", "tickets come in types", "managers approve or reject reports".
    if (isPluralWord(last) && w === lemma && !nounish && endsOrLeads(next)) return true;
    // "a customer places orders", "each sample belongs to a study", "a request says which unit".
    if (w !== lemma && /s$/.test(w) && !isPluralWord(last) && !isPluralWord(w.slice(0, -1))) {
      const objectNext =
        next?.k === 'word' &&
        (DETERMINERS.has(next.w) ||
          QUANTIFIERS.has(next.w) ||
          OBJECT_PRONOUNS.has(next.w) ||
          /^\d/.test(next.w) ||
          (isPluralWord(next.w) && !FUNCTION_WORDS.has(next.w)));
      // "a repair job records which bike, …".
      const clauseNext = (!nounish && (endsOrLeads(next) || PRONOUNS.has(nextWord))) || nextWord === 'which';
      // "photo shoots with …", "number of brood frames": a bare singular noun inside a list or after a
      // preposition is a modifier of the plural noun after it, not a subject.
      const listed =
        np.det === null &&
        (prev?.t === 'prep' || prev?.t === 'comma' || prev?.t === 'verb' || prev?.t === 'and');
      if ((objectNext || clauseNext) && !listed) return np.det !== null || np.words.length === 1;
    }
    // "a member entered the gym".
    if (/ed$/.test(w) && !nounish && DETERMINERS.has(nextWord) && np.det !== null) return true;
    return false;
  }
  if (!prev || atStart) return IMPERATIVES.has(w) && actsOn;
  if (prev.t === 'be') return isPastParticiple(w) || w.endsWith('en');
  // "needs to track singers".
  // "needs to track singers", "apply to adopt".
  if (prev.t === 'prep' && prev.w === 'to')
    return (IMPERATIVES.has(w) && actsOn) || (w === lemma && isModelVerb(lemma) && !isNounish(lemma));
  // "Warehouse shipping: track outbound shipments …": a clause after a heading starts like a sentence.
  if (prev.t === 'comma' || prev.t === 'colon') return IMPERATIVES.has(w) && actsOn && w === lemma;
  // "we hold rehearsals and track attendance": a second imperative after a clause with a verb.
  if ((prev.t === 'and' || prev.t === 'or') && verbBefore && IMPERATIVES.has(w) && w === lemma && nextIsWord)
    return true;
  if (prev.t === 'pron' || prev.t === 'rel' || prev.t === 'neg') return actsOn || !ambiguous;
  if (prev.t === 'and' || prev.t === 'or') {
    if (isPastParticiple(w) || (ambiguous && w !== lemma)) return false;
    if (FILLER.has(nextWord)) return false;
    return next?.k === 'word' && (FUNCTION_WORDS.has(next.w) || /[^s]s$/.test(next.w));
  }
  if (prev.t === 'np' || prev.t === 'paren') return actsOn;
  return false;
}
