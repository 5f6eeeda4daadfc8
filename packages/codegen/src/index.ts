/**
 * @appgen/codegen — `generate(spec, stack) → FileTree`, pure and deterministic.
 * Also exports the FileTree type and path check, the derived model (the contract between layers),
 * the pinned dependency versions, and the escaping helpers for user text.
 */
export * from './emit/literal.ts';
export * from './file-tree.ts';
export { generate } from './generate.ts';
export type { Layer } from './layer.ts';
export * from './model.ts';
export { VERSIONS } from './versions.ts';
