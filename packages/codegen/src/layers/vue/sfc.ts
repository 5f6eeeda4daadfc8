/**
 * Writing Vue single-file components. User text never enters a template: pages declare it as escaped
 * string constants in `<script setup>`, and templates refer to those constants by name.
 */
import { jsString } from '../../emit/literal.ts';
import { codeOnly, type ImportSpec, importsFor, uses } from '../../emit/ts-module.ts';

/** A component: `<script setup lang="ts">` (optionally generic) and its template. */
export function sfc(script: string, template: string, generic?: string): string {
  const attrs = generic ? ` generic="${generic}"` : '';
  return `<script setup lang="ts"${attrs}>\n${script.trim()}\n</script>\n\n<template>\n  ${template.trim()}\n</template>\n`;
}

/** The template as code for use checks: attribute quotes dropped so the expressions inside count. */
const templateCode = (template: string) => template.replace(/"/g, ' ');

/**
 * A generated component: the given constants (escaped, only those used), imports for the names the
 * script or the template uses, then the script body.
 */
export function generatedSfc(options: {
  header: string;
  constants: ReadonlyArray<readonly [name: string, value: string]>;
  script: string;
  template: string;
  imports: readonly ImportSpec[];
}): string {
  const { header, constants, script, template, imports } = options;
  const code = `${codeOnly(script)}\n${templateCode(template)}`;
  const used = constants
    .filter(([name]) => uses(code, name))
    .map(([name, value]) => `const ${name} = ${jsString(value)};`);
  const importLines = importsFor(`${script}\n${templateCode(template)}`, imports);
  const body = [header, importLines, used.join('\n'), script.trim()].filter(Boolean).join('\n\n');
  return sfc(body, template);
}
