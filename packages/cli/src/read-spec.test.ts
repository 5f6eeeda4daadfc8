import { describe, expect, it } from 'vitest';
import { jsonErrorOffset, lineColumn } from './read-spec.ts';

function errorAt(text: string): { line: number; column: number } {
  try {
    JSON.parse(text);
  } catch (error) {
    return lineColumn(text, jsonErrorOffset(text, (error as Error).message));
  }
  throw new Error('expected invalid JSON');
}

describe('JSON error location', () => {
  it.each([
    ['{"a": }', 1, 7],
    ['{\n  "a": tru}', 2, 11],
    ['{\n  "a": 1,\n}', 3, 1],
    ['[1 2]', 1, 4],
    ['{"a": 1', 1, 8],
  ])('%j fails at line %i column %i', (text, line, column) => {
    expect(errorAt(text)).toEqual({ line, column });
  });
});
