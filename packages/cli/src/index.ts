/**
 * @appgen/cli — the `appgen` command (bin/appgen.js runs `runCli`).
 * Also exports the pieces other packages may reuse: `writeTree` / `writeProject` (path-checked writing
 * of a FileTree), `zipTree` (a reproducible ZIP of a FileTree) and the `CliError` type.
 */
export { CLI_ERROR_CODES, CliError, type CliErrorCode } from './errors.ts';
export type { Io } from './io.ts';
export { runCli } from './main.ts';
export { checkOutDir, type OutDir, type WriteResult, writeProject, writeTree } from './write-tree.ts';
export { zipTree } from './zip.ts';
