/** Typed errors for the AppSpec. Every problem names the path in the spec where it was found. */

export interface SpecIssue {
  /** Where in the spec, e.g. "entities[2].fields[0].name". */
  path: string;
  message: string;
}

export class SpecValidationError extends Error {
  readonly code = 'SPEC_INVALID';
  constructor(readonly issues: SpecIssue[]) {
    super(
      `The app spec is not valid:\n${issues
        .slice(0, 20)
        .map((issue) => `  - ${issue.path || '(root)'}: ${issue.message}`)
        .join('\n')}`,
    );
    this.name = 'SpecValidationError';
  }
}

/** Formats a zod/JSON path as "entities[2].fields[0].name". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
