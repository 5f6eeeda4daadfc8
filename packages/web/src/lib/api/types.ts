/**
 * The JSON shapes of the appgen HTTP API (packages/server), as the UI reads them. Only what the UI uses
 * is declared; the server may send more.
 */
import type { JobStatus } from '@appgen/server/job-status';
import type { AppSpec } from '@appgen/spec';

export {
  isTerminal as isTerminalStatus,
  JOB_STATUSES,
  type JobStatus,
  TERMINAL_STATUSES,
  type TerminalStatus,
} from '@appgen/server/job-status';
export type { AppSpec, Entity, Field, Relation } from '@appgen/spec';

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
