/** The `appgen` dispatcher: picks the command, runs it, and is the one place that prints errors. */
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import { CliError, formatError } from './errors.ts';
import { type Io, processIo } from './io.ts';

interface Command {
  summary: string;
  /**
   * Runs once and exits. zod then checks without compiling its validators to JavaScript first: for the
   * handful of values a one-shot command checks, compiling costs more than it saves. Services keep it.
   */
  oneShot?: boolean;
  /** Loaded only when the command runs, so `appgen --version` does not load the code generator. */
  load(): Promise<{ run(argv: string[], io: Io): Promise<void>; HELP: string }>;
}

const COMMANDS: Record<string, Command> = {
  generate: {
    summary: 'generate a project from an AppSpec file or a description',
    oneShot: true,
    load: () => import('./commands/generate.ts'),
  },
  plan: {
    summary: 'turn a description into an AppSpec (JSON with --json)',
    oneShot: true,
    load: () => import('./commands/plan.ts'),
  },
  serve: {
    summary: 'start the generation service (HTTP API and web UI) on :3000',
    load: () => import('./commands/serve.ts'),
  },
  worker: {
    summary: 'run generation jobs from the shared queue (REDIS_URL)',
    load: () => import('./commands/worker.ts'),
  },
  migrate: {
    summary: "apply the service's database migrations and exit",
    load: () => import('./commands/migrate.ts'),
  },
};

const HELP = `Usage: appgen <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  .join('\n')}

Run "appgen <command> --help" for a command's options.

Options:
  -h, --help     show this help
  -v, --version  show the version
`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function runCli(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      io.stderr(HELP);
      return 2;
    }
    if (first === '--help' || first === '-h' || first === 'help') {
      const topic = first === 'help' ? rest[0] : undefined;
      const command = topic === undefined ? undefined : COMMANDS[topic];
      io.stdout(command ? (await command.load()).HELP : HELP);
      return 0;
    }
    if (first === '--version' || first === '-v') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
    if (!command) {
      throw new CliError(
        'USAGE',
        `unknown command ${JSON.stringify(first)}; commands: ${Object.keys(COMMANDS).join(', ')}`,
      );
    }
    if (command.oneShot) z.config({ jitless: true });
    await (await command.load()).run(rest, io);
    return 0;
  } catch (error) {
    const { text, exitCode } = formatError(error);
    io.stderr(text);
    return exitCode;
  }
}
