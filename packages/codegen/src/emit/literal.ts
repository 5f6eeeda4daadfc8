/**
 * Escaping for user text placed into generated code. Every string that came from a spec goes through
 * one of these; templates never interpolate raw text.
 */

/** A JavaScript/TypeScript string literal (also valid JSON), safe in any expression position and in JSX `{…}`. */
export function jsString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/`/g, '\\u0060')
    .replace(/\$/g, '\\u0024');
}

/** Any JSON-able value as a TS literal. */
export function jsValue(value: string | number | boolean | null | readonly string[]): string {
  if (typeof value === 'string') return jsString(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsString(v)).join(', ')}]`;
  return JSON.stringify(value);
}

/**
 * A standard SQL string literal (PostgreSQL with standard_conforming_strings, SQLite): quotes doubled,
 * backslashes literal. NUL cannot be stored and is dropped.
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''").replace(/\0/g, '')}'`;
}

/**
 * A MySQL/MariaDB string literal: there a backslash escapes, unless the server runs with
 * NO_BACKSLASH_ESCAPES, so backslashes are doubled as well as quotes. NUL is dropped.
 */
export function mysqlString(value: string): string {
  return `'${value.replace(/\0/g, '').replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** Text for inside a line or block comment: no comment terminators, no line breaks. */
export function commentText(value: string): string {
  return value.replace(/\*\//g, '* /').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Text for Markdown prose: inline, with HTML and Markdown control characters escaped. */
export function markdownText(value: string): string {
  return value.replace(/[\\`*_{}[\]<>()#+!|~]/g, (ch) => `\\${ch}`).replace(/[\r\n]+/g, ' ');
}

/** Text for a YAML double-quoted scalar. */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}

/** HTML text and attribute values (index.html). */
export function htmlText(value: string): string {
  // % too: Vite replaces %NAME% placeholders in index.html.
  return value.replace(/[&<>"'%]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
