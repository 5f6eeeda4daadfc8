/**
 * Finds a planner at run time. @appgen/planner is being written alongside the CLI, so it is imported
 * dynamically: the CLI works with or without it, and says so plainly when it is missing.
 */
import type { AppSpec, Complexity, Stack } from '@appgen/spec';
import { CliError } from './errors.ts';

/** The part of @appgen/planner the CLI uses. */
export interface CliPlanner {
  plan(
    prompt: string,
    options?: { complexity?: Complexity; stack?: Partial<Stack> },
  ): Promise<{ spec: AppSpec; planner: string; warnings: string[] }>;
}

export interface PlannerModule {
  validatePrompt(raw: unknown): string;
  createPlanner(): CliPlanner;
}

const PLANNER_PACKAGE = '@appgen/planner';

function isMissingPlanner(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  const message = (error as Error).message;
  // The package itself or its entry file is missing; a missing file deeper inside is a real error.
  return (
    message.includes(`'${PLANNER_PACKAGE}'`) ||
    /(?:@appgen|packages)[\\/]planner[\\/]src[\\/]index\.ts/.test(message)
  );
}

/** The planner, or null when none is installed yet. */
export async function loadPlanner(): Promise<PlannerModule | null> {
  let loaded: Record<string, unknown>;
  try {
    // A variable specifier keeps the type checker from requiring the package to exist.
    const specifier: string = PLANNER_PACKAGE;
    loaded = await import(specifier);
  } catch (error) {
    if (isMissingPlanner(error)) return null;
    throw error;
  }
  const { OfflinePlanner, validatePrompt } = loaded;
  if (typeof OfflinePlanner !== 'function' || typeof validatePrompt !== 'function') return null;
  return {
    validatePrompt: validatePrompt as PlannerModule['validatePrompt'],
    createPlanner: () => new (OfflinePlanner as new () => CliPlanner)(),
  };
}

export async function requirePlanner(): Promise<PlannerModule> {
  const planner = await loadPlanner();
  if (planner === null) {
    throw new CliError(
      'NO_PLANNER',
      'no planner is available yet; use --spec FILE to generate from an AppSpec JSON file',
    );
  }
  return planner;
}
