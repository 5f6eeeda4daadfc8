/** Typed errors for prompts. Each carries a stable code that the API and UI can switch on. */

export const PROMPT_ERROR_CODES = [
  'PROMPT_NOT_TEXT',
  'PROMPT_EMPTY',
  'PROMPT_TOO_LONG',
  'PROMPT_CONTROL_CHARS',
] as const;
export type PromptErrorCode = (typeof PROMPT_ERROR_CODES)[number];

export class PromptValidationError extends Error {
  constructor(
    readonly code: PromptErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PromptValidationError';
  }
}
