/**
 * Words that never name a stored thing, whatever the chunker made of them: pronouns and contractions
 * ("I'm"), adverbs ("elsewhere", "online"), bare verbs ("adopt", "staff approve"), participles ("member
 * received", "done") and value types ("whole numbers"). They are trimmed from a name; a name left empty
 * is no entity.
 */
import { isKnownEntity, isKnownExact } from './knowledge/index.ts';
import { DETERMINERS, PRONOUNS, RELATIVES } from './lexicon.ts';
import { QUALIFIERS } from './terse-lexicon.ts';
import { looksLikeAttribute } from './types.ts';
import { isModelVerb, isPastParticiple, NOUN_LIKE_VERBS, verbLemma } from './verbs.ts';

const set = (text: string) => new Set(text.trim().split(/\s+/));

const CONTRACTIONS = set(
  "im i'm ive i've youre you're theyre they're were we're weve we've theyve they've its it's",
);
const ADVERBS =
  set(`elsewhere anywhere somewhere everywhere online offline here there today tomorrow yesterday
  later instead once soon again already ago away afterwards meanwhile whenever wherever whatever`);
/** Measures: alone they never name a stored thing ("log hours against projects", "price in cents"). */
const PERIODS = set('second seconds minute minutes hour hours cent cents');
/** Kinds of value, not things: "scores are whole numbers". */
const VALUE_NOUNS = set(
  'number numbers integer integers decimal decimals percentage fraction string text boolean',
);
const VALUE_ADJECTIVES = set('whole decimal positive negative round even odd real natural');
/** Endings of nouns that are also verbs ("process", "order" aside): these read as nouns. */
const NOUN_ENDINGS = /(?:ment|tion|sion|ness|ity|er|or|ist|ance|ence|age|ure|ship|hood|ery|al|ee|ant|ent)$/;

/** Verbs of talking to the app: "help me organise …". */
const REQUEST_VERBS = set('help want need let make get do go try');
/** Modelled verbs that are everyday nouns too. */
const VERB_NOUNS =
  set(`study care chat drive import run scan sort support update work transfer deposit contact
  address exchange return share cancel catch check experiment trial reply pickup checkin checkout signup`);

/** A word that is only ever a verb here: a base-form verb the planner models, with no noun reading it knows. */
function bareVerb(w: string): boolean {
  if (REQUEST_VERBS.has(w)) return true;
  if (!isModelVerb(w) || VERB_NOUNS.has(w) || NOUN_LIKE_VERBS.has(w) || NOUN_ENDINGS.test(w)) return false;
  return !isKnownEntity([w]) && !looksLikeAttribute([w]);
}

const qualifier = (w: string) =>
  !isKnownEntity([w]) &&
  ((QUALIFIERS.has(w) && !KEEP.has(w)) || (/[^aeiou]ing$/.test(w) && w.length > 5 && verbLemma(w) !== null));
/** A known thing that is not only a generic record ("waiting list", "cleaning record" keep their modifier). */
const namesThing = (rest: readonly string[]) =>
  isKnownEntity(rest) && !GENERIC.has(rest[rest.length - 1] ?? '');
const GENERIC = set('list lists record entry item setting log note');
/** Qualifiers that also name a side of a role ("home team") or a thing of their own. */
const KEEP = set(
  'home field book school office family house kids youth adult party music art photo wedding evening morning clothing',
);

/** The words of a name with junk trimmed; empty when nothing nameable is left. */
export function cleanNameWords(words: readonly string[]): string[] {
  if (words.some((w) => CONTRACTIONS.has(w) || PRONOUNS.has(w))) return [];
  let out = words.filter((w) => !ADVERBS.has(w));
  while (out.length > 0 && (DETERMINERS.has(out[0] ?? '') || RELATIVES.has(out[0] ?? ''))) out = out.slice(1);
  const last = out[out.length - 1] ?? '';
  // "each member received", "when done": a participle ends a clause, not a name.
  if (out.length > 0 && /(?:ed|one)$/.test(last) && isPastParticiple(last) && !isKnownEntity([last]))
    out = out.slice(0, -1);
  if (out.length === 1 && (bareVerb(out[0] ?? '') || PERIODS.has(out[0] ?? ''))) return [];
  // "vinyl records", "recurring jobs": an activity or material before the head is no part of its name.
  while (out.length > 1 && !isKnownExact(out) && qualifier(out[0] ?? '') && namesThing(out.slice(1)))
    out = out.slice(1);
  if (out.length > 0 && out.every((w) => VALUE_NOUNS.has(w) || VALUE_ADJECTIVES.has(w))) return [];
  return out;
}
