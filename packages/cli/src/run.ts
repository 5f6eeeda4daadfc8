/** Runs the command line of this process from the TypeScript sources (bin/appgen.js when the bundle is stale). */
import { runCli } from './main.ts';

process.exitCode = await runCli(process.argv.slice(2));
