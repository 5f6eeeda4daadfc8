/** A parenthesised list: "(name, email, phone)", "(low/medium/high)", "(pending, confirmed)". */
import type { Chunk } from './chunk.ts';
import type { Token } from './tokenize.ts';

/**
 * "(style: ballet, jazz; level; weekday)": semicolon-separated pieces, each a field, a "label: values"
 * piece an enum field with its values.
 */
export function parenList(all: readonly Token[]): Extract<Chunk, { t: 'paren' }> {
  // "(with phone numbers)", "(with number of seats and boat type)": the "with" only introduces the list.
  const tokens = all[0]?.k === 'word' && all[0].w === 'with' && all.length > 1 ? all.slice(1) : all;
  const colon = tokens.findIndex((t) => t.k === 'punct' && t.p === ':');
  if (!tokens.some((t) => t.k === 'punct' && t.p === ';')) {
    if (colon < 0) return simpleList(tokens);
    // "(name, email, tier: bronze, silver, gold)": the label before the colon takes the values after it.
    const head = simpleList(tokens.slice(0, colon));
    if (head.entries.length === 0) return simpleList(tokens);
    const after = tokens.slice(colon + 1);
    const first = after[0];
    // "(name, side: bride/groom, rsvp, email)": slashed values end at the comma; the list goes on.
    if (first?.k === 'word' && first.alts && after[1]?.k === 'punct' && after[1].p === ',') {
      head.values[head.values.length - 1] = first.raw.split('/').filter(Boolean);
      const rest = simpleList(after.slice(2));
      return {
        t: 'paren',
        entries: [...head.entries, ...rest.entries],
        raw: [...head.raw, ...rest.raw],
        values: [...head.values, ...rest.values],
      };
    }
    head.values[head.values.length - 1] = simpleList(after).raw;
    return head;
  }
  const out: Extract<Chunk, { t: 'paren' }> = { t: 'paren', entries: [], raw: [], values: [] };
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !(t.k === 'punct' && t.p === ';')) continue;
    const piece = tokens.slice(start, i);
    start = i + 1;
    const colon = piece.findIndex((p) => p.k === 'punct' && p.p === ':');
    const head = simpleList(colon >= 0 ? piece.slice(0, colon) : piece);
    // "(name, voice part: soprano, alto; email)": the label right before the colon takes the values.
    if (colon >= 0 && head.entries.length >= 1) {
      const values = simpleList(piece.slice(colon + 1));
      out.entries.push(...head.entries);
      out.raw.push(...head.raw);
      out.values.push(...head.values.slice(0, -1), values.raw);
      continue;
    }
    out.entries.push(...head.entries);
    out.raw.push(...head.raw);
    out.values.push(...head.values);
  }
  return out;
}

function simpleList(tokens: readonly Token[]): Extract<Chunk, { t: 'paren' }> {
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
  return { t: 'paren', entries, raw, values: entries.map(() => null) };
}
