/** Argument parsing shared by the commands: parseArgs errors as usage errors, and the stack and complexity flags. */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { BACKENDS, COMPLEXITIES, type Complexity, DATABASES, FRONTENDS, type Stack } from '@appgen/spec';
import { CliError } from './errors.ts';

/** The flags that choose what to generate; `generate` and `plan` both take them. */
export const TARGET_OPTIONS = {
  stack: { type: 'string' },
  frontend: { type: 'string' },
  backend: { type: 'string' },
  database: { type: 'string' },
  complexity: { type: 'string' },
} as const satisfies ParseArgsConfig['options'];

export const HELP_OPTION = {
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

/** Runs parseArgs, turning its errors (unknown option, missing value …) into usage errors for `command`. */
export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) {
      throw new CliError('USAGE', `${(error as Error).message}\nRun "appgen ${command} --help" for usage.`);
    }
    throw error;
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(
    'USAGE',
    `--${flag} ${JSON.stringify(value)} is not supported; choose one of: ${allowed.join(', ')}`,
  );
}

/** Every stack the closed lists allow, by its name "frontend-backend-database". */
function stackChoices(): Map<string, Stack> {
  const choices = new Map<string, Stack>();
  for (const frontend of FRONTENDS) {
    for (const backend of BACKENDS) {
      for (const database of DATABASES)
        choices.set(`${frontend}-${backend}-${database}`, { frontend, backend, database });
    }
  }
  return choices;
}

export interface TargetValues {
  stack?: string;
  frontend?: string;
  backend?: string;
  database?: string;
  complexity?: string;
}

export interface TargetOverrides {
  stack: Partial<Stack>;
  complexity?: Complexity;
}

/** Validates the stack and complexity flags against the closed option lists. */
export function resolveTarget(values: TargetValues): TargetOverrides {
  const stack: Partial<Stack> = {};
  if (values.stack !== undefined) {
    if (values.frontend !== undefined || values.backend !== undefined || values.database !== undefined) {
      throw new CliError('USAGE', 'use either --stack or --frontend/--backend/--database, not both');
    }
    const choices = stackChoices();
    Object.assign(stack, choices.get(oneOf('stack', values.stack, [...choices.keys()])));
  }
  if (values.frontend !== undefined) stack.frontend = oneOf('frontend', values.frontend, FRONTENDS);
  if (values.backend !== undefined) stack.backend = oneOf('backend', values.backend, BACKENDS);
  if (values.database !== undefined) stack.database = oneOf('database', values.database, DATABASES);
  const complexity =
    values.complexity === undefined ? undefined : oneOf('complexity', values.complexity, COMPLEXITIES);
  return complexity === undefined ? { stack } : { stack, complexity };
}

/** The help lines for the stack and complexity flags. */
export function targetHelp(): string {
  return [
    `  --stack NAME            one of: ${[...stackChoices().keys()].join(', ')}`,
    `  --frontend NAME         one of: ${FRONTENDS.join(', ')}`,
    `  --backend NAME          one of: ${BACKENDS.join(', ')}`,
    `  --database NAME         one of: ${DATABASES.join(', ')}`,
    `  --complexity LEVEL      one of: ${COMPLEXITIES.join(', ')}`,
  ].join('\n');
}
