/**
 * Syntax highlighting with highlight.js core and only the languages generated projects contain, so the
 * lazily loaded viewer chunk stays small. Returns HTML that highlight.js has escaped.
 */
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import markdown from 'highlight.js/lib/languages/markdown';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';

const LANGUAGES = { bash, css, dockerfile, ini, javascript, json, markdown, sql, typescript, xml, yaml };
for (const [name, definition] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, definition);

/** Server language names and file extensions → a registered highlight.js language. */
const ALIASES: Record<string, keyof typeof LANGUAGES> = {
  ts: 'typescript',
  tsx: 'typescript',
  typescript: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  javascript: 'javascript',
  json: 'json',
  html: 'xml',
  xml: 'xml',
  svg: 'xml',
  css: 'css',
  sql: 'sql',
  yaml: 'yaml',
  yml: 'yaml',
  md: 'markdown',
  markdown: 'markdown',
  sh: 'bash',
  shell: 'bash',
  bash: 'bash',
  dockerfile: 'dockerfile',
  env: 'ini',
  ini: 'ini',
  toml: 'ini',
};

/** Files larger than this are shown as plain text: highlighting them would stall the page. */
const MAX_HIGHLIGHT_CHARS = 200_000;

export function languageFor(path: string, serverLanguage?: string): keyof typeof LANGUAGES | null {
  const name = path.split('/').at(-1)?.toLowerCase() ?? '';
  if (name === 'dockerfile') return 'dockerfile';
  if (name.startsWith('.env')) return 'ini';
  const fromServer = serverLanguage ? ALIASES[serverLanguage.toLowerCase()] : undefined;
  return fromServer ?? ALIASES[name.split('.').at(-1) ?? ''] ?? null;
}

export function highlightToHtml(code: string, language: string | null): string | null {
  if (!language || code.length > MAX_HIGHLIGHT_CHARS) return null;
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}
