/** Runs the command line of this process: the entry of the bundle (dist/appgen.js) and of bin/appgen.js. */
import { runCli } from './main.ts';

process.exitCode = await runCli(process.argv.slice(2));
