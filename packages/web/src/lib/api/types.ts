/**
 * The JSON shapes of the appgen HTTP API (packages/server), as the UI reads them. Only what the UI uses
 * is declared; the server may send more.
 */
import type { AppSpec } from '@appgen/spec';

export type { AppSpec, Entity, Field, Relation } from '@appgen/spec';

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

export const TERMINAL_STATUSES = ['completed', 'failed', 'cancelled'] as const satisfies readonly JobStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

export function isTerminalStatus(status: string): status is TerminalStatus {
  return (TERMINAL_STATUSES as readonly string[]).includes(status);
}

export const COMPLEXITY_LEVELS = ['simple', 'standard', 'advanced'] as const;
export type ComplexityLevel = (typeof COMPLEXITY_LEVELS)[number];

export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export interface JobError {
  code: string;
  message: string;
}

export interface GenerateRequest {
  prompt: string;
  complexity?: ComplexityLevel;
  stack?: string;
}

export interface GenerateResponse {
  jobId: string;
  status: JobStatus;
  cacheHit?: boolean;
  statusUrl: string;
  eventsUrl: string;
}

export interface JobStatusResponse {
  jobId: string;
  status: JobStatus;
  stage: string | null;
  progress: number;
  error: JobError | null;
  prompt?: string;
  cacheHit?: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  updatedAt?: string;
}

export interface JobSummary extends JobStatusResponse {
  prompt?: string;
  appName?: string | null;
}

export interface JobListResponse {
  jobs: JobSummary[];
  nextCursor?: string | null;
}

export interface ResultFile {
  path: string;
  size: number;
  sha256: string;
  language: string;
  url: string;
}

export interface ResultMetadata {
  prompt?: string;
  planner: string | null;
  plannerReason?: string | null;
  warnings?: string[] | null;
  /** Milliseconds per stage (planning, generating, storing). */
  timingsMs?: Partial<Record<string, number>>;
  cacheHit: boolean;
  sourceJobId?: string | null;
  generatorVersion?: string;
  usage?: { inputTokens: number; outputTokens: number; costUsd: number } | null;
  fileCount?: number | null;
  totalBytes?: number | null;
  createdAt?: string;
  startedAt?: string | null;
  finishedAt?: string | null;
}

export interface ResultResponse {
  jobId: string;
  spec: AppSpec;
  stack: unknown;
  metadata: ResultMetadata;
  files: ResultFile[];
  downloadUrl?: string;
}

export interface StackOption {
  id: string;
  label: string;
  description?: string;
  default?: boolean;
}

export interface ComplexityOption {
  id: ComplexityLevel;
  label?: string;
  description?: string;
}

export interface StacksResponse {
  stacks: StackOption[];
  complexities?: ComplexityOption[];
}
