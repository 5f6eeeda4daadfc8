/**
 * @appgen/spec — the AppSpec, the contract between planning and code generation.
 * - schemas and types: `appSpecInputSchema` (what planners produce), `appSpecSchema` / `AppSpec` (normalised)
 * - `normalizeSpec(input)`: the only way a spec reaches code generation
 * - closed option lists (field types, stacks, complexity …), name helpers and inflection
 */
export * from './errors.ts';
export * from './inflect.ts';
export * from './json-schema.ts';
export * from './names.ts';
export * from './normalize.ts';
export { DEFAULT_MAX_LENGTH } from './normalize-field.ts';
export * from './options.ts';
export * from './schema.ts';
