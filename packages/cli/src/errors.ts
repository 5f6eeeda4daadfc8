/**
 * The CLI's one error type. Every expected failure becomes a CliError with a stable code, an exit code
 * and a message a person can act on; `main.ts` is the only place that prints them.
 */

/** Exit code 2: the invocation or its input is at fault. Exit code 1: something failed while running. */
const EXIT_CODES = {
  USAGE: 2,
  SPEC_UNREADABLE: 2,
  SPEC_BAD_JSON: 2,
  SPEC_INVALID: 2,
  PROMPT_INVALID: 2,
  OUT_DIR_NOT_EMPTY: 2,
  OUT_DIR_NOT_DIRECTORY: 2,
  ZIP_EXISTS: 2,
  SYMLINK_REFUSED: 2,
  UNSAFE_PATH: 1,
  PLAN_FAILED: 1,
  WRITE_FAILED: 1,
  CONFIG_INVALID: 2,
  DATA_DIR_LOCKED: 1,
  INTERNAL: 1,
} as const;

export type CliErrorCode = keyof typeof EXIT_CODES;
export const CLI_ERROR_CODES = Object.keys(EXIT_CODES) as CliErrorCode[];

export class CliError extends Error {
  readonly exitCode: number;

  constructor(
    readonly code: CliErrorCode,
    message: string,
    /** Lines printed under the message, e.g. one per invalid spec path. */
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
    this.exitCode = EXIT_CODES[code];
  }
}

interface IssueLike {
  path: string;
  message: string;
}

function hasCode(error: unknown, code: string): error is Error & { code: string } {
  return error instanceof Error && (error as { code?: unknown }).code === code;
}

/** Errors from other packages that are expected, translated into CliErrors; anything else is returned as is. */
export function toCliError(error: unknown): unknown {
  if (error instanceof CliError) return error;
  // Duck-typed so that a planner bundling its own copy of @appgen/spec is still recognised.
  if (hasCode(error, 'SPEC_INVALID') && Array.isArray((error as { issues?: unknown }).issues)) {
    const issues = (error as unknown as { issues: IssueLike[] }).issues;
    return new CliError(
      'SPEC_INVALID',
      'The app spec is not valid:',
      issues.map((issue) => `${issue.path || '(root)'}: ${issue.message}`),
    );
  }
  // The server's start-up errors: a bad environment variable, a data folder another server holds.
  if (error instanceof Error && error.name === 'ConfigError')
    return new CliError('CONFIG_INVALID', error.message);
  if (error instanceof Error && error.name === 'DataDirLockedError')
    return new CliError('DATA_DIR_LOCKED', error.message);
  if (error instanceof Error && error.name === 'PromptValidationError') {
    return new CliError('PROMPT_INVALID', error.message);
  }
  return error;
}

/** The text printed to stderr for an error, without a stack trace unless the error was unexpected. */
export function formatError(error: unknown): { text: string; exitCode: number } {
  const known = toCliError(error);
  if (known instanceof CliError) {
    const details = known.details.map((line) => `  - ${line}\n`).join('');
    return { text: `appgen: ${known.message}\n${details}`, exitCode: known.exitCode };
  }
  const detail = known instanceof Error ? (known.stack ?? known.message) : String(known);
  return {
    text: `appgen: unexpected error (this is a bug; please report it with the command you ran):\n${detail}\n`,
    exitCode: 1,
  };
}
