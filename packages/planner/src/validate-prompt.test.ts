import { describe, expect, it } from 'vitest';
import { PromptValidationError } from './errors.ts';
import { validatePrompt } from './validate-prompt.ts';

const codeOf = (raw: unknown) => {
  try {
    validatePrompt(raw);
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(PromptValidationError);
    return (error as PromptValidationError).code;
  }
};

describe('validatePrompt', () => {
  it('trims and NFC-normalises', () => {
    expect(validatePrompt('  Cafe\u0301 menu \n')).toBe('Café menu');
    expect(validatePrompt('a\r\nb')).toBe('a\nb');
  });
  it('keeps newlines and tabs', () => {
    expect(validatePrompt('books:\n\t- title')).toBe('books:\n\t- title');
  });
  it('rejects empty and whitespace-only text', () => {
    expect(codeOf('')).toBe('PROMPT_EMPTY');
    expect(codeOf(' \n\t ')).toBe('PROMPT_EMPTY');
  });
  it('rejects more than 1000 characters, counted after trimming', () => {
    expect(codeOf('x'.repeat(1000))).toBeNull();
    expect(codeOf(`  ${'x'.repeat(1000)}  `)).toBeNull();
    expect(codeOf('x'.repeat(1001))).toBe('PROMPT_TOO_LONG');
  });
  it('rejects control and invisible format characters with their position', () => {
    expect(codeOf('books\u0000')).toBe('PROMPT_CONTROL_CHARS');
    expect(codeOf('a\u001bb')).toBe('PROMPT_CONTROL_CHARS');
    expect(codeOf('a\u202eb')).toBe('PROMPT_CONTROL_CHARS');
    expect(() => validatePrompt('ab\u0007')).toThrow(/position 3/);
  });
  it('rejects non-strings', () => {
    expect(codeOf(42)).toBe('PROMPT_NOT_TEXT');
    expect(codeOf(undefined)).toBe('PROMPT_NOT_TEXT');
  });
});
