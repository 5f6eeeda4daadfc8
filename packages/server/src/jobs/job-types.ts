/** Job statuses, event types and the shapes stored for a job. */
import type { AppSpec, Complexity, Stack } from '@appgen/spec';

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

/** SSE event types. The terminal ones end the stream. */
export const EVENT_TYPES = ['status', 'progress', 'file', 'completed', 'failed', 'cancelled'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const MAX_ATTEMPTS = 3;

export interface JobOptions {
  complexity: Complexity | null;
  stack: Stack;
}

export interface JobError {
  code: string;
  message: string;
}

export interface JobUsage {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

export interface Job {
  id: string;
  owner: string;
  prompt: string;
  promptHash: string;
  options: JobOptions;
  status: JobStatus;
  stage: string | null;
  progress: number;
  error: JobError | null;
  spec: AppSpec | null;
  planner: string | null;
  plannerReason: string | null;
  warnings: string[] | null;
  /** Milliseconds per stage. */
  timings: Partial<Record<Stage, number>>;
  usage: JobUsage | null;
  cacheHit: boolean;
  sourceJobId: string | null;
  attempts: number;
  fileCount: number | null;
  totalBytes: number | null;
  generatorVersion: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  updatedAt: Date;
}

export interface JobFile {
  path: string;
  size: number;
  sha256: string;
  storageKey: string;
  language: string;
}
