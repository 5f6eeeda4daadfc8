/**
 * @appgen/planner — turns a plain-language app description into a normalised AppSpec.
 * - `Planner`, `PlanOptions`, `PlanResult`: the interface every planner implements (offline today, LLM later)
 * - `OfflinePlanner`, `planOffline`: pattern rules + a domain knowledge base, no network, no key
 * - `validatePrompt`, `PromptValidationError`: the prompt check shared by the CLI, the API and the web UI
 */
export * from './errors.ts';
export { type OfflinePlan, OfflinePlanner, planOffline } from './offline/planner.ts';
export type * from './planner.ts';
export { PROMPT_MAX_LENGTH, validatePrompt } from './validate-prompt.ts';
