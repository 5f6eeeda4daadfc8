#!/usr/bin/env node
// The `appgen` command. The sources are TypeScript run through tsx, so there is no build step;
// everything past the dispatcher is loaded lazily to keep `--help` and `--version` fast.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
