/**
 * Text rewritten before it is split into sentences: phrasings the chunker would misread become ones it
 * reads ("status received/waiting parts" keeps its values together, "the date it was set" → "set on",
 * a heading line over bullets → "Heading: a, b").
 */
const CLAUSE_WORDS = /\b(?:should|must|can|will|needs?|wants?)\b/i;
const BULLET = /^\s*(?:[-*•·‣▪●]|\d{1,2}[.)])\s+/;
/** A line that is only a short heading: "Households", "## Stock items:". */
const HEADING = /^\s*#*\s*(\p{L}[\p{L}\p{N} '&/-]{0,40}?)\s*:?\s*$/u;

/**
 * "Households" on a line of its own, then "- reference number, postcode" bullets under it: the bullets
 * list the heading's details, as "Households: reference number, postcode" would.
 */
export function headedBullets(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let start = i + 1;
    while (start < lines.length && !(lines[start] ?? '').trim()) start++;
    let end = start;
    while (end < lines.length && BULLET.test(lines[end] ?? '')) end++;
    const items = lines.slice(start, end).map((line) => line.replace(BULLET, '').replace(/[.;]\s*$/, ''));
    const heading = detailsHeading(lines[i] ?? '', items);
    if (!heading) {
      out.push(lines[i] ?? '');
      continue;
    }
    out.push(`${heading}: ${items.join(', ')}`);
    i = end - 1;
  }
  return out;
}

/**
 * A short plural name ("Stock items") over bullets that are plain details: not a clause ("The app should:")
 * whose bullets are sentences, nor a title over bullets that each name a thing ("- Ewes: tag, breed").
 */
function detailsHeading(line: string, items: readonly string[]): string | null {
  const name = HEADING.exec(line)?.[1] ?? '';
  const words = name.split(/\s+/);
  if (!name || items.length === 0 || words.length > 3 || CLAUSE_WORDS.test(name)) return null;
  if (!/[^s]s$/i.test(words[words.length - 1] ?? '') || items.some((item) => item.includes(':'))) return null;
  return name;
}

/**
 * Phrasing normalised before splitting: "paid?" in a list → "paid yes/no"; "1–10" → "1-10";
 * "they're" → "they are".
 */
export function normalizeText(text: string): string {
  return (
    text
      .replace(/([,(:;]\s*[\p{L}][\p{L} -]{0,30}?)\?(?=\s*(?:[,;)\n]|$|and\b|or\b))/gu, '$1 yes/no')
      .replace(/(\d)\s*[–—-]\s*(\d)/g, '$1-$2')
      // "one or more nights", "2 or more items": a quantity, not part of a name.
      .replace(/\b(?:one|two|\d+)\s+or\s+(?:more|fewer|less)\b/gi, 'multiple')
      .replace(SLASHED_VALUES, joinSlashedValues)
      .replace(
        DATE_IT_WAS,
        (_, kind: string, done: string) => `${done} ${kind.toLowerCase() === 'time' ? 'at' : 'on'}`,
      )
      .replace(
        QUESTION_ITEM,
        (_, lead: string, question: string) => `${lead}${QUESTION_FIELDS[question.toLowerCase()]}`,
      )
      .replace(/\b(\p{L}+)['’]re\b/gu, '$1 are')
      .replace(/\b(it|that|what|who|there)['’]s\b/giu, '$1 is')
      .replace(WHEN_DONE, (_, who: string, done: string, also?: string) => {
        const fields = also ? `${done} at and ${also} at` : `${done} at`;
        return /^(?:they|he|she|it|we|you|i)$/i.test(who) ? `when ${fields}` : `when ${who}, ${fields}`;
      })
  );
}

/**
 * "status received/waiting parts/ready/picked up": values of several words between slashes after a word that
 * takes values. The values are hyphenated into one token ("waiting-parts") so the slashes keep them together.
 */
const SLASHED_VALUES =
  /\b(status|stage|state|type|kind|priority|level|category|tier|phase|condition|role|mode|side|size|method|flag|result|outcome|position|grade|rsvp|response|process|format|source)(:?\s+)((?:[\p{L}\p{N}+'’&-]+ ){0,3}[\p{L}\p{N}+'’&-]+(?: ?\/ ?(?:[\p{L}\p{N}+'’&-]+ ){0,2}[\p{L}\p{N}+'’&-]+)+)/giu;
/** "the date it was set", "the day they were adopted": when it happened, named by the act ("set on"). */
const DATE_IT_WAS =
  /\bthe (date|day|time) (?:when |that )?(?:it|they|he|she|we|you) (?:was|were|is|are|will be|gets?|got|has been|have been) (\p{L}*(?:ed|en|set|put|cut|shut|held|sold|built|made|done|won|lost|paid|sent|left|met|bought|brought|taught|caught|found|given|taken|seen|born|spent|lent))\b/giu;

/** "species, where, when, how many": a question word as a list item asks for a field. */
const QUESTION_FIELDS: Readonly<Record<string, string>> = {
  where: 'location',
  when: 'date',
  'how many': 'count',
  'how much': 'amount',
  'how long': 'duration',
  'how often': 'frequency',
};
const QUESTION_ITEM =
  /((?:[,:;(]|\band)\s*)(where|when|how many|how much|how long|how often)(?: (?:it|they|we|he|she|you) \p{L}+)?(?=\s*(?:[,;).\n]|$|and\b|or\b|in\b))/giu;
/** Words that end the last of a run of slashed values: what follows is no value. */
const AFTER_VALUES = new Set(
  'and or with for per plus which that who when if but to from in on at by of the a an'.split(' '),
);

function joinSlashedValues(match: string, head: string, gap: string, run: string): string {
  const values = run.split(/ ?\/ ?/).map((value) => value.split(' '));
  if (values.every((words) => words.length === 1)) return match;
  const last = values[values.length - 1] ?? [];
  const stop = last.findIndex((word, i) => i > 0 && AFTER_VALUES.has(word.toLowerCase()));
  const rest = stop > 0 ? last.splice(stop) : [];
  return `${head}${gap}${values.map((words) => words.join('-')).join('/')}${rest.length ? ` ${rest.join(' ')}` : ''}`;
}

/** "when a member entered the gym", "when a visitor arrived and left": the moments to store. */
const WHEN_DONE =
  /\bwhen\s+(?:(?:a|an|the|each|every|their|its|his|her)\s+)?(\p{L}+)\s+(\p{L}{3,}ed)\b(?:\s+(?:and|or)\s+(left|\p{L}{3,}ed)\b)?[^,.;()\n]*/giu;
