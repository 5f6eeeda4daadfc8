/** Reading an AppSpec JSON file, with errors that say where the problem is. */
import { readFile } from 'node:fs/promises';
import { CliError } from './errors.ts';

/** Line and column (1-based) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function parseFails(text: string): boolean {
  try {
    JSON.parse(text);
    return false;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    // A complaint about the end of a prefix is not an error in the full text.
    return !/Unexpected end/.test(message) && !(position && Number(position[1]) >= text.length);
  }
}

/**
 * The offset JSON.parse complained about. Node 20 omits it for some errors ("Unexpected token '}'"),
 * so then find the shortest prefix that already fails.
 */
export function jsonErrorOffset(text: string, message: string): number {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/Unexpected end/.test(message)) return text.length;
  let low = 1;
  let high = text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (parseFails(text.slice(0, mid))) high = mid;
    else low = mid + 1;
  }
  return low - 1;
}

export async function readSpecFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message;
    throw new CliError('SPEC_UNREADABLE', `cannot read the spec file ${file}: ${reason}`);
  }
  text = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, .*is not valid JSON$/s, '');
    const { line, column } = lineColumn(text, jsonErrorOffset(text, (error as Error).message));
    throw new CliError('SPEC_BAD_JSON', `${file}:${line}:${column}: not valid JSON: ${message}`);
  }
}
