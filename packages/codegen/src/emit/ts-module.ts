/**
 * Small helpers for writing TypeScript modules: import lists that keep only what the body uses, so the
 * generated project compiles under `noUnusedLocals` for every spec.
 */

export interface ImportSpec {
  from: string;
  /** Value imports; a leading "type " marks a type-only name, e.g. "type Column". */
  names?: string[];
  /** `import * as NS` / `import type * as NS`. */
  namespace?: { name: string; typeOnly: boolean };
  /** `import Name from …` (a Vue component's default export). */
  defaultName?: string;
}

/** The body with string literals and comments removed, so user text never counts as a use. */
export function codeOnly(body: string): string {
  return body
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/[^\n]*/g, '');
}

/** Whether `code` (see codeOnly) refers to `name` other than as a property. */
export function uses(code: string, name: string): boolean {
  // Not preceded by an identifier character or a property dot (a spread "...name" is a use).
  return new RegExp(`(?<![\\w$])(?<!(?:^|[^.])\\.)${name.replace(/\$/g, '\\$')}(?![\\w$])`).test(code);
}

/** Import statements for the names `body` uses, in the order given. */
export function importsFor(body: string, specs: readonly ImportSpec[]): string {
  const code = codeOnly(body);
  const lines: string[] = [];
  for (const spec of specs) {
    if (spec.namespace) {
      if (uses(code, spec.namespace.name)) {
        lines.push(
          `import ${spec.namespace.typeOnly ? 'type ' : ''}* as ${spec.namespace.name} from '${spec.from}';`,
        );
      }
      continue;
    }
    if (spec.defaultName) {
      if (uses(code, spec.defaultName)) lines.push(`import ${spec.defaultName} from '${spec.from}';`);
      continue;
    }
    const used = (spec.names ?? []).filter((entry) => uses(code, entry.replace(/^type /, '')));
    if (used.length === 0) continue;
    const allTypes = used.every((entry) => entry.startsWith('type '));
    const list = allTypes ? used.map((entry) => entry.slice(5)) : used;
    lines.push(`import ${allTypes ? 'type ' : ''}{ ${list.join(', ')} } from '${spec.from}';`);
  }
  return lines.join('\n');
}

/** A module: a header comment, its imports, then its body. */
export function tsModule(header: string, body: string, specs: readonly ImportSpec[]): string {
  const imports = importsFor(body, specs);
  return `${header}\n${imports}${imports ? '\n\n' : ''}${body.trim()}\n`;
}

/** Indents every line but the first by `spaces`, for nesting generated blocks inside templates. */
export function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line, i) => (i === 0 || line === '' ? line : pad + line))
    .join('\n');
}
