/** Job statuses, event types and the shapes stored for a job. */
import type { AppSpec, Complexity, Stack } from '@appgen/spec';
import type { JobStatus, Stage } from './job-status.ts';

export * from './job-status.ts';

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
