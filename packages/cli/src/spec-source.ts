/** The two ways to get a normalised AppSpec: a JSON file, or a description handed to a planner. */
import { validatePrompt } from '@appgen/planner';
import { type AppSpec, appSpecSchema, formatPath, normalizeSpec } from '@appgen/spec';
import type { TargetOverrides } from './args.ts';
import { CliError, toCliError } from './errors.ts';
import type { Io } from './io.ts';
import { cliPlanner } from './planner.ts';
import { readSpecFile } from './read-spec.ts';

/** Flags win over the spec. The spec is already normalised and these are closed-list values, so this stays valid. */
function applyOverrides(spec: AppSpec, overrides: TargetOverrides): AppSpec {
  return {
    ...spec,
    stack: { ...spec.stack, ...overrides.stack },
    complexity: overrides.complexity ?? spec.complexity,
  };
}

export async function specFromFile(file: string, overrides: TargetOverrides, io: Io): Promise<AppSpec> {
  const input = await readSpecFile(file);
  let normalized: ReturnType<typeof normalizeSpec>;
  try {
    normalized = normalizeSpec(input);
  } catch (error) {
    const known = toCliError(error);
    if (known instanceof CliError)
      throw new CliError(known.code, `${file} is not a valid app spec:`, known.details);
    throw known;
  }
  const { spec, warnings } = normalized;
  for (const warning of warnings) io.stderr(`warning: ${warning.path || '(root)'}: ${warning.message}\n`);
  return applyOverrides(spec, overrides);
}

export async function specFromPrompt(
  description: string,
  overrides: TargetOverrides,
  io: Io,
): Promise<AppSpec> {
  const prompt = validatePrompt(description);
  const options = overrides.complexity
    ? { stack: overrides.stack, complexity: overrides.complexity }
    : { stack: overrides.stack };
  const result = await cliPlanner().plan(prompt, options);
  if (result.fallback) io.stderr(`warning: ${result.fallback.reason} (${result.fallback.code})\n`);
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  // Parse at the edge: whatever a planner returns is checked against the normalised schema before use.
  const checked = appSpecSchema.safeParse(result.spec);
  if (!checked.success) {
    throw new CliError(
      'PLAN_FAILED',
      `the ${result.planner} planner returned a spec that does not validate (a planner bug):`,
      checked.error.issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`),
    );
  }
  return applyOverrides(checked.data, overrides);
}
