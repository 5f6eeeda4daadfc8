/**
 * @appgen/planner — turns a plain-language app description into a normalised AppSpec.
 * - `Planner`, `PlanOptions`, `PlanResult`: the interface every planner implements
 * - `OfflinePlanner`, `planOffline`: pattern rules + a domain knowledge base, no network, no key
 * - `createPlanner`, `parseLlmEnv`: the deployment's planner — offline, or an OpenAI-compatible LLM behind
 *   retries, a circuit breaker and fallbacks (llm/)
 * - `validatePrompt`, `PromptValidationError`: the prompt check shared by the CLI, the API and the web UI
 */
export * from './errors.ts';
export {
  DEFAULT_OPENAI_MODEL,
  LLM_VARIABLES,
  type LlmConfig,
  LlmConfigError,
  type PlannerConfig,
  parseLlmEnv,
} from './llm/config.ts';
export { createPlanner, type PlannerDeps, type PlannerSetup } from './llm/create-planner.ts';
export { LLM_FAILURE_CODES, LlmFailure, type LlmFailureCode } from './llm/failures.ts';
export { type FallbackEvent, FallbackPlanner } from './llm/fallback-planner.ts';
export { OpenAIPlanner } from './llm/openai-planner.ts';
export { DEFAULT_PRICES, type PriceTable } from './llm/pricing.ts';
export { type CircuitStateName, ResilientPlanner } from './llm/resilient-planner.ts';
export { type OfflinePlan, OfflinePlanner, planOffline } from './offline/planner.ts';
export type * from './planner.ts';
export { PROMPT_MAX_LENGTH, validatePrompt } from './validate-prompt.ts';
