/**
 * Which projects scripts/verify-generated.ts builds and tests: cells of sample × frontend × backend ×
 * database. The default set (CI's) runs every sample on PostgreSQL, a representative subset on the other
 * databases and on Vue, Fastify broadly on PostgreSQL, and every other combination of the stack once, on a
 * sample description; `--matrix` runs every combination on every sample description, `--full` every
 * sample on every combination. One sample also runs at every other complexity level on the default stack,
 * at advanced also on Fastify, and with `--matrix` or `--full` at advanced on every database and frontend
 * of both backends.
 */
import {
  type AppSpec,
  BACKENDS,
  type Backend,
  COMPLEXITIES,
  type Complexity,
  DATABASES,
  type Database,
  FRONTENDS,
  type Frontend,
  type Stack,
} from '@appgen/spec';
import { DATABASE_SAMPLES } from './verify-databases.ts';

export interface Sample {
  name: string;
  spec: AppSpec;
}

export interface Cell {
  sample: Sample;
  stack: Stack;
}

export type Mode = 'default' | 'matrix' | 'full';

export interface Selection {
  mode: Mode;
  /** Spec files were named on the command line: each runs on every selected stack. */
  explicit: boolean;
  frontends?: Frontend[];
  backends?: Backend[];
  databases: Database[];
  /** Only samples whose name contains this. */
  only?: string;
}

/** Samples run with the Vue client on PostgreSQL: together every field type and relation kind. */
const VUE_SAMPLES = ['04-self-relation', '05-every-field-type', '06-reserved-words'];
/**
 * Samples run on Fastify with PostgreSQL: every field type (05), through its query parsing. Relation kinds
 * and reserved names (06) are SQL and model matters both backends share, checked on Express on every
 * database; Fastify's default-set time goes to its accounts (advanced, see levelCells) instead.
 */
const FASTIFY_SAMPLES = ['05-every-field-type'];

const isPrompt = (sample: Sample) => sample.name.startsWith('prompt-');
const stackName = (stack: Stack) => `${stack.frontend}-${stack.backend}-${stack.database}`;

/** Every stack in the order of the closed lists: React before Vue, Express before Fastify. */
export function everyStack(): Stack[] {
  return FRONTENDS.flatMap((frontend) =>
    BACKENDS.flatMap((backend) => DATABASES.map((database) => ({ frontend, backend, database }))),
  );
}

/**
 * The default set's rule for one stack: which samples it runs. Stacks without a rule of their own run one
 * sample description, taking turns, so that every combination is built and tested on every CI run.
 */
function defaultSamples(samples: Sample[]): Map<string, (sample: Sample) => boolean> {
  const rules = new Map<string, (sample: Sample) => boolean>();
  for (const database of DATABASES)
    rules.set(`react-express-${database}`, (sample) => DATABASE_SAMPLES[database](sample.name));
  rules.set('vue-express-postgres', (sample) => VUE_SAMPLES.includes(sample.name));
  rules.set('react-fastify-postgres', (sample) => FASTIFY_SAMPLES.includes(sample.name));
  const prompts = samples.filter(isPrompt);
  let turn = 0;
  for (const stack of everyStack()) {
    const name = stackName(stack);
    if (rules.has(name) || prompts.length === 0) continue;
    const chosen = prompts[turn++ % prompts.length];
    rules.set(name, (sample) => sample === chosen);
  }
  return rules;
}

/** The sample verified at the complexity levels other than its own. */
export const LEVEL_SAMPLE = '02-one-to-many';
const DEFAULT_STACK: Stack = { frontend: FRONTENDS[0], backend: BACKENDS[0], database: DATABASES[0] };

/** A sample at another complexity level, named by it ("advanced-02-one-to-many"). */
function atLevel(sample: Sample, complexity: Complexity): Sample {
  return { name: `${complexity}-${sample.name}`, spec: { ...sample.spec, complexity } };
}

/**
 * The level sample at every other level on the default stack, and at advanced on React + Fastify +
 * PostgreSQL too (each backend has its own accounts code); beyond the default set, advanced on every
 * database with React and on PostgreSQL with Vue, for both backends.
 */
function levelCells(samples: Sample[], selection: Selection, allowed: (stack: Stack) => boolean): Cell[] {
  const sample = samples.find((s) => s.name === LEVEL_SAMPLE);
  if (!sample || selection.explicit) return [];
  return COMPLEXITIES.filter((complexity) => complexity !== sample.spec.complexity)
    .map((complexity) => atLevel(sample, complexity))
    .filter((leveled) => !selection.only || leveled.name.includes(selection.only))
    .flatMap((leveled) => {
      const advancedOn = (stack: Stack) =>
        selection.mode === 'default'
          ? stack.frontend === DEFAULT_STACK.frontend && stack.database === DEFAULT_STACK.database
          : stack.frontend === 'react' || stack.database === 'postgres';
      const stacks =
        leveled.spec.complexity === 'advanced' ? everyStack().filter(advancedOn) : [DEFAULT_STACK];
      return stacks.filter(allowed).map((stack) => ({ sample: leveled, stack }));
    });
}

/** The cells to verify, in stack order, each stack's samples in their order; then the level cells. */
export function selectCells(samples: Sample[], selection: Selection): Cell[] {
  // Spec files alone run on the default frontend and backend; with --matrix or --full on every one.
  const narrow = selection.explicit && selection.mode === 'default';
  const frontends = selection.frontends ?? (narrow ? [FRONTENDS[0]] : FRONTENDS);
  const backends = selection.backends ?? (narrow ? [BACKENDS[0]] : BACKENDS);
  const picked = samples.filter((sample) => !selection.only || sample.name.includes(selection.only));
  const rules = defaultSamples(samples);
  const runs = (stack: Stack, sample: Sample): boolean => {
    if (selection.mode === 'full' || selection.explicit) return true;
    if (selection.mode === 'matrix') return isPrompt(sample);
    return rules.get(stackName(stack))?.(sample) ?? false;
  };
  const allowed = (stack: Stack) =>
    frontends.includes(stack.frontend) &&
    backends.includes(stack.backend) &&
    selection.databases.includes(stack.database);
  return [
    ...everyStack()
      .filter(allowed)
      .flatMap((stack) =>
        picked.filter((sample) => runs(stack, sample)).map((sample) => ({ sample, stack })),
      ),
    ...levelCells(samples, selection, allowed),
  ];
}

/** Reads a `--frontend`/`--backend` value against its closed list (undefined: not narrowed). */
export function parseChoice<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
): T[] | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return [value as T];
  throw new Error(`--${flag} ${value}: choose one of ${allowed.join(', ')}`);
}
