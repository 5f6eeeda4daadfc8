/**
 * The server's prompt rules, run in the browser before submit. Shared code from the planner package
 * (a subpath export with no planner code behind it), so the two can never disagree.
 */
import { PROMPT_MAX_LENGTH, validatePrompt } from '@appgen/planner/validate-prompt';

export { PROMPT_MAX_LENGTH };

/** Characters as the server counts them: code points of the trimmed, NFC-normalised text. */
export function countPromptCharacters(raw: string): number {
  return [...raw.replace(/\r\n?/g, '\n').normalize('NFC').trim()].length;
}

export type PromptCheck = { ok: true; prompt: string } | { ok: false; message: string };

export function checkPrompt(raw: string): PromptCheck {
  try {
    return { ok: true, prompt: validatePrompt(raw) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}
