/** Test helper: unwraps the LlmFailure a planner call rejects with. */
import { expect } from 'vitest';
import { LlmFailure } from '../llm/failures.ts';

/** The LlmFailure a planner call rejects with (the test fails if it resolves or throws something else). */
export async function llmFailure(promise: Promise<unknown>): Promise<LlmFailure> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmFailure);
  return error as LlmFailure;
}
