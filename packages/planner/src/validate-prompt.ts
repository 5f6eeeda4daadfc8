/**
 * The one check every prompt passes before planning, shared by the CLI, the API and the web UI:
 * trimmed, NFC-normalised, 1–1000 characters, no control characters other than newline and tab.
 */
import { PromptValidationError } from './errors.ts';

export const PROMPT_MAX_LENGTH = 1000;

// C0/C1 controls except tab and newline, plus the invisible format characters that can hide text.
// biome-ignore lint/complexity/useRegexLiterals: a literal would trip the control-character lint.
const CONTROL = new RegExp(
  '[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u200B-\\u200F\\u202A-\\u202E\\u2028\\u2029\\u2060-\\u2064\\uFEFF]',
  'u',
);

export function validatePrompt(raw: unknown): string {
  if (typeof raw !== 'string') {
    throw new PromptValidationError('PROMPT_NOT_TEXT', 'The description must be text.');
  }
  // Windows line endings are ordinary newlines, not control characters.
  const text = raw.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (text.length === 0) {
    throw new PromptValidationError(
      'PROMPT_EMPTY',
      'Describe the app you want, for example "a library where members borrow books".',
    );
  }
  const length = [...text].length;
  if (length > PROMPT_MAX_LENGTH) {
    throw new PromptValidationError(
      'PROMPT_TOO_LONG',
      `The description is ${length} characters long; shorten it to at most ${PROMPT_MAX_LENGTH}.`,
      { length, max: PROMPT_MAX_LENGTH },
    );
  }
  const match = CONTROL.exec(text);
  if (match) {
    const codePoint = `U+${(match[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new PromptValidationError(
      'PROMPT_CONTROL_CHARS',
      `The description contains an invisible control character (${codePoint}) at position ${match.index + 1}; remove it and try again.`,
      { position: match.index + 1, codePoint },
    );
  }
  return text;
}
