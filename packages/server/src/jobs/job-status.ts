/**
 * Job statuses and stages. Dependency-free, so the web UI imports the same lists
 * (`@appgen/server/job-status`) instead of keeping a copy.
 */

export const JOB_STATUSES = [
  'queued',
  'planning',
  'generating',
  'storing',
  'completed',
  'failed',
  'cancelled',
] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const ACTIVE_STATUSES = ['queued', 'planning', 'generating', 'storing'] as const satisfies JobStatus[];
export const TERMINAL_STATUSES = ['completed', 'failed', 'cancelled'] as const satisfies JobStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export function isTerminal(status: string): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

/** The stages a running job passes through, in order; each is also its status while it runs. */
export const STAGES = ['planning', 'generating', 'storing'] as const;
export type Stage = (typeof STAGES)[number];
