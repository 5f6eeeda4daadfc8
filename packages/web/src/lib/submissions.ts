/**
 * The request behind each job this tab started, so a failed job's "Retry" can send it again even when
 * the status response does not echo the prompt. Session-scoped: nothing is kept across browser restarts.
 */
import type { GenerateRequest } from './api/types.ts';

const key = (jobId: string) => `appgen-job:${jobId}`;

export function rememberSubmission(jobId: string, request: GenerateRequest): void {
  try {
    sessionStorage.setItem(key(jobId), JSON.stringify(request));
  } catch {
    // Storage may be full or disabled; retry then starts from the prompt page instead.
  }
}

export function recallSubmission(jobId: string): GenerateRequest | null {
  try {
    const raw = sessionStorage.getItem(key(jobId));
    return raw ? (JSON.parse(raw) as GenerateRequest) : null;
  } catch {
    return null;
  }
}
