/** Which complexity levels each backend implements: accounts (advanced) are on Express; Fastify's port is to come. */
import type { AppSpec, Backend, Complexity, Stack } from '@appgen/spec';

export const BACKEND_LEVELS: Record<Backend, readonly Complexity[]> = {
  express: ['simple', 'standard', 'advanced'],
  fastify: ['simple', 'standard', 'advanced'],
};

/** A stack and level no layer implements yet; `code` is stable for API and CLI answers. */
export class UnsupportedLevelError extends Error {
  readonly code = 'UNSUPPORTED_COMBINATION';
}

/** The reason this level cannot be generated on this stack, or null when it can. */
export function unsupportedLevel(complexity: Complexity, stack: Stack): string | null {
  if (BACKEND_LEVELS[stack.backend].includes(complexity)) return null;
  const offered = Object.entries(BACKEND_LEVELS)
    .filter(([, levels]) => levels.includes(complexity))
    .map(([backend]) => backend);
  return `The ${complexity} level is not available on ${stack.backend} yet; choose ${offered.join(' or ')} as the backend, or another level.`;
}

export function assertSupported(complexity: Complexity, stack: Stack): void {
  const reason = unsupportedLevel(complexity, stack);
  if (reason) throw new UnsupportedLevelError(reason);
}

/**
 * The spec at a level its stack implements: a level the user chose is kept (the edge refuses it when it
 * is not on offer), one a planner inferred falls back to standard with a warning saying so.
 */
export function fitLevel(spec: AppSpec, chosen: boolean): { spec: AppSpec; warning?: string } {
  const reason = unsupportedLevel(spec.complexity, spec.stack);
  if (!reason || chosen) return { spec };
  return {
    spec: { ...spec, complexity: 'standard' },
    warning: `Generated at the standard level: the ${spec.complexity} level is not available on ${spec.stack.backend} yet.`,
  };
}
