/**
 * Text → sentences → tokens. Sentences end at . ! ? ; and newlines (bullet markers dropped); words keep
 * inner hyphens ("check-in") and slashes ("start/end", "low/medium/high" become one token with alternatives).
 */
import { headedBullets, normalizeText } from './normalize-text.ts';

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
