/** English singular/plural forms for entity names. Small, rule-based and deterministic. */

const IRREGULAR: ReadonlyArray<readonly [string, string]> = [
  ['person', 'people'],
  ['child', 'children'],
  ['man', 'men'],
  ['woman', 'women'],
  ['mouse', 'mice'],
  ['goose', 'geese'],
  ['tooth', 'teeth'],
  ['foot', 'feet'],
  ['ox', 'oxen'],
  ['datum', 'data'],
  ['criterion', 'criteria'],
  ['phenomenon', 'phenomena'],
  ['medium', 'media'],
  ['analysis', 'analyses'],
  ['diagnosis', 'diagnoses'],
  ['thesis', 'theses'],
  ['crisis', 'crises'],
  ['index', 'indexes'],
  ['matrix', 'matrices'],
  ['vertex', 'vertices'],
  ['appendix', 'appendices'],
  ['cactus', 'cacti'],
  ['syllabus', 'syllabi'],
  ['alumnus', 'alumni'],
  ['leaf', 'leaves'],
  ['knife', 'knives'],
  ['life', 'lives'],
  ['wife', 'wives'],
  ['half', 'halves'],
  ['shelf', 'shelves'],
  ['wolf', 'wolves'],
  ['thief', 'thieves'],
  ['loaf', 'loaves'],
  ['calf', 'calves'],
  ['hero', 'heroes'],
  ['potato', 'potatoes'],
  ['tomato', 'tomatoes'],
  ['echo', 'echoes'],
  ['quiz', 'quizzes'],
];

/** Words whose plural is the same as the singular (uncountable or invariant). */
const INVARIANT = new Set([
  'equipment',
  'information',
  'news',
  'series',
  'species',
  'sheep',
  'fish',
  'deer',
  'staff',
  'software',
  'hardware',
  'feedback',
  'inventory',
  'metadata',
  'furniture',
  'luggage',
  'baggage',
  'music',
  'evidence',
  'research',
  'advice',
  'homework',
  'stock',
  'traffic',
  'weather',
  'mail',
  'aircraft',
  'personnel',
  'livestock',
  'merchandise',
  'clothing',
]);

const SINGULAR_OF = new Map(IRREGULAR.map(([s, p]) => [p, s]));
const PLURAL_OF = new Map(IRREGULAR);
/** Singular words ending in "s" that rules would otherwise strip. */
const SINGULAR_S =
  /(?:ss|us|is|ics|ous|ness|itis|[^aeiou]as|bus|gas|lens|canvas|atlas|alias|status|campus|virus|census|bonus|corpus|chassis|series|species|news)$/;

/** "foremen", "salesmen": compounds of man/woman; "specimen", "human" and the like are not. */
const COMPOUND_MEN = /^[a-z]{3,}(?:wo)?men$/;
const COMPOUND_MAN = /^[a-z]{3,}(?:wo)?man$/;
const NOT_MAN = new Set([
  'specimen',
  'bitumen',
  'albumen',
  'cyclamen',
  'abdomen',
  'regimen',
  'stamen',
  'acumen',
  'human',
  'german',
  'shaman',
  'talisman',
  'caiman',
  'ottoman',
]);

function splitLastWord(word: string): [string, string] {
  const match = /^(.*?)([A-Z]?[a-z0-9]*)$/.exec(word);
  if (!match) return ['', word];
  return [match[1] ?? '', match[2] ?? word];
}

function keepCase(source: string, result: string): string {
  if (source.length > 0 && source[0] === source[0]?.toUpperCase() && /[A-Za-z]/.test(source[0] ?? '')) {
    return result.charAt(0).toUpperCase() + result.slice(1);
  }
  return result;
}

function singularWord(word: string): string {
  const w = word.toLowerCase();
  if (w.length <= 2 || INVARIANT.has(w)) return word;
  const irregular = SINGULAR_OF.get(w);
  if (irregular) return keepCase(word, irregular);
  if (PLURAL_OF.has(w)) return word;
  if (SINGULAR_S.test(w)) return word;
  if (COMPOUND_MEN.test(w) && !NOT_MAN.has(w)) return keepCase(word, `${w.slice(0, -2)}an`);
  let result: string;
  if (/[^aeiou]ies$/.test(w)) result = `${w.slice(0, -3)}y`;
  else if (/(?:ss|sh|ch|x|zz)es$/.test(w)) result = w.slice(0, -2);
  else if (
    /(?:status|campus|virus|bus|bonus|census|address|process|class|business|canvas|gas|lens|alias|atlas|bias|chorus|circus)es$/.test(
      w,
    )
  )
    result = w.slice(0, -2);
  // "shoes", "canoes": nouns in -oe keep their e ("heroes", "potatoes" drop it).
  else if (/^(?:sh|t|can|h|ob|fl|f|sl|tipt|horsesh|snowsh)oes$/.test(w)) result = w.slice(0, -1);
  else if (/oes$/.test(w) && w.length > 4) result = w.slice(0, -2);
  else if (/[^s]s$/.test(w)) result = w.slice(0, -1);
  else result = w;
  return keepCase(word, result);
}

function pluralWord(word: string): string {
  const w = word.toLowerCase();
  if (INVARIANT.has(w)) return word;
  const irregular = PLURAL_OF.get(w);
  if (irregular) return keepCase(word, irregular);
  if (SINGULAR_OF.has(w)) return word;
  if (COMPOUND_MAN.test(w) && !NOT_MAN.has(w)) return keepCase(word, `${w.slice(0, -2)}en`);
  let result: string;
  if (/[^aeiou]y$/.test(w)) result = `${w.slice(0, -1)}ies`;
  else if (/(?:s|sh|ch|x|z)$/.test(w)) result = `${w}es`;
  else result = `${w}s`;
  return keepCase(word, result);
}

/** Singular of a word or of the last word of a PascalCase/camelCase name ("StockMovements" → "StockMovement"). */
export function singularize(name: string): string {
  const [head, last] = splitLastWord(name);
  return head + singularWord(last);
}

/** Plural of a word or of the last word of a PascalCase/camelCase name ("Category" → "Categories"). */
export function pluralize(name: string): string {
  const [head, last] = splitLastWord(name);
  return head + pluralWord(last);
}
