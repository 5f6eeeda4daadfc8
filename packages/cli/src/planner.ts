/**
 * The CLI's planner: the offline planner, or — when OPENAI_API_KEY or OPENAI_BASE_URL is set — the LLM
 * behind the same retries, circuit breaker and offline fallback the server uses (see @appgen/planner).
 */
import { createPlanner, LlmConfigError, type Planner, parseLlmEnv } from '@appgen/planner';
import { CliError } from './errors.ts';

export { validatePrompt } from '@appgen/planner';

export function cliPlanner(env: Record<string, string | undefined> = process.env): Planner {
  try {
    return createPlanner(parseLlmEnv(env)).planner;
  } catch (error) {
    if (error instanceof LlmConfigError) throw new CliError('CONFIG_INVALID', error.message);
    throw error;
  }
}
