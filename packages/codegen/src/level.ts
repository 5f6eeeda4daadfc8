/**
 * What a complexity level turns on in a generated project. Layers read these flags, never the level's
 * name, so a level is one entry here.
 */
import type { AppSpec, Complexity } from '@appgen/spec';

export interface LevelModel {
  complexity: Complexity;
  /**
   * Dashboard with counts (GET /api/stats), search, sort and filters in the lists, seed data and
   * docker-compose. Off at simple: the entities with CRUD and a plain UI.
   */
  extras: boolean;
  /**
   * Accounts and ownership: sign up, log in, log out, records owned by users, an admin role, OpenAPI +
   * Swagger UI, rate limits, structured logging and a CI workflow. On at advanced.
   */
  auth: boolean;
}

const LEVELS: Record<Complexity, Omit<LevelModel, 'complexity'>> = {
  simple: { extras: false, auth: false },
  standard: { extras: true, auth: false },
  advanced: { extras: true, auth: true },
};

export function levelOf(spec: AppSpec): LevelModel {
  return { complexity: spec.complexity, ...LEVELS[spec.complexity] };
}
