/**
 * Text → sentences → tokens. Sentences end at . ! ? ; and newlines (bullet markers dropped); words keep
 * inner hyphens ("check-in") and slashes ("start/end", "low/medium/high" become one token with alternatives).
 */

export type Token =
  | { k: 'word'; w: string; raw: string; alts: string[] | null; possessive: boolean }
  | { k: 'punct'; p: ',' | '(' | ')' | ':' | ';' | '"' };

/** Splits text into sentences; a header separated by " - " or " — " ends like a colon. */
export function splitSentences(text: string): string[] {
  const withHeader = headedBullets(normalizeText(text).split('\n'))
    .join('\n')
    .replace(/^((?:(?!\b(?:a|an|the|each|every|is|are|in|into|on|to)\b)[^:\n]){2,60}?)\s+[-–—]+\s+/i, '$1: ')
    .replace(DASH_LIST, (_, list: string) => ` (${list.trim()}) `)
    // "log jobs - address, date, hours worked": a spaced hyphen before a list introduces it, like a colon.
    .replace(/[ \t]+-[ \t]+(?=[^.;:\n]*,[^.;:\n]*(?:,|\band\b))/g, ': ')
    .replace(/\s+[–—]+\s+/g, ', ')
    .replace(/\s*(?:→|->|=>|⇒)\s*/g, ', ');
  const out: string[] = [];
  for (const line of withHeader.split(/\n+/)) {
    const body = line.replace(/^\s*(?:[-*•·‣▪●]|\d{1,2}[.)])\s+/, '').trim();
    if (!body) continue;
    // A period ends a sentence only before a space or the end ("2.5 kg", "e.g." mid-word stay).
    for (const part of splitOutsideParens(body)) {
      const sentence = part.replace(/[.!?;]+$/, '').trim();
      if (sentence) out.push(sentence);
    }
  }
  return out;
}

const CLAUSE_WORDS = /\b(?:should|must|can|will|needs?|wants?)\b/i;
const BULLET = /^\s*(?:[-*•·‣▪●]|\d{1,2}[.)])\s+/;
/** A line that is only a short heading: "Households", "## Stock items:". */
const HEADING = /^\s*#*\s*(\p{L}[\p{L}\p{N} '&/-]{0,40}?)\s*:?\s*$/u;

/**
 * "Households" on a line of its own, then "- reference number, postcode" bullets under it: the bullets
 * list the heading's details, as "Households: reference number, postcode" would.
 */
function headedBullets(lines: readonly string[]): string[] {
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
function normalizeText(text: string): string {
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

/**
 * "a race — full marathon, half marathon or fun run —": a dash before a short list of short items
 * (up to the next dash or the sentence end) is an aside of values, read like a parenthesis.
 */
const DASH_LIST =
  /\s+[–—]+\s+((?:[\p{L}\p{N}][\p{L}\p{N}'’+/-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’+/-]*){0,2}(?:,| or| and|, or|, and)\s+){2,}(?:[\p{L}\p{N}][\p{L}\p{N}'’+/-]*(?: [\p{L}\p{N}][\p{L}\p{N}'’+/-]*){0,2}))(?:\s+[–—]+\s+|(?=\s*(?:[.;\n]|$)))/gu;

/** Sentence ends outside parentheses; "c. 1850" and "e.g. x" (one-letter abbreviations) do not end one. */
function splitOutsideParens(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (ch === ';' || (/[.!?]/.test(ch ?? '') && /\s/.test(body[i + 1] ?? '')))) {
      if (ch === '.' && /(?:^|[\s(.'"])\p{L}$/u.test(body.slice(Math.max(0, i - 2), i))) continue;
      parts.push(body.slice(start, i + 1));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const CONTRACTED_PRONOUN = /^(i|we|you|they|he|she)['’](d|ll|ve|m|re|s)$/i;
const AUXILIARIES: Readonly<Record<string, string>> = {
  m: 'am',
  re: 'are',
  s: 'is',
  ve: 'have',
  d: 'would',
  ll: 'will',
};

// A slash between spaces ("light / medium / dark") separates list items like a comma.
const TOKEN =
  /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*(?:\/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*)*|[,():;"&+]|(?<=\s)\/(?=\s)/gu;

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const text = match[0];
    if (text === '/') {
      tokens.push({ k: 'punct', p: ',' });
      continue;
    }
    if (text === ',' || text === '(' || text === ')' || text === ':' || text === ';' || text === '"') {
      tokens.push({ k: 'punct', p: text });
      continue;
    }
    if (text === '&' || text === '+') {
      tokens.push(word('and'));
      continue;
    }
    let raw = text.replace(/[.-]+$/, '');
    if (!raw) continue;
    // "I'd", "she's", "we'll": a pronoun with its auxiliary is the pronoun, never a name ("Id").
    const contracted = CONTRACTED_PRONOUN.exec(raw);
    if (contracted) {
      tokens.push(word(contracted[1] ?? raw));
      const auxiliary = AUXILIARIES[(contracted[2] ?? '').toLowerCase()];
      if (auxiliary) tokens.push(word(auxiliary));
      continue;
    }
    let possessive = false;
    if (/['’]s$/i.test(raw)) {
      raw = raw.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/i.test(raw)) {
      raw = raw.slice(0, -1);
      possessive = true;
    }
    raw = raw.replace(/n['’]t$/i, 'nt').replace(/['’]/g, '');
    if (!raw) continue;
    const token = word(raw);
    token.possessive = possessive;
    tokens.push(token);
  }
  return tokens;
}

function word(raw: string): Extract<Token, { k: 'word' }> {
  const parts = raw.split('/').filter(Boolean);
  const lower = raw.toLowerCase();
  return {
    k: 'word',
    w:
      lower === 'yes/no'
        ? lower
        : parts.length > 1
          ? (parts[parts.length - 1] ?? lower).toLowerCase()
          : lower,
    raw,
    alts: parts.length > 1 ? parts.map((p) => p.toLowerCase()) : null,
    possessive: false,
  };
}
