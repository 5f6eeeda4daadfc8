/** Maps `jobs` rows (snake_case, as PostgreSQL returns them) to Job objects. */
import type { Job, JobFile } from './job-types.ts';

export type JobRow = Record<string, unknown>;

const date = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const maybeDate = (value: unknown): Date | null => (value == null ? null : date(value));

export function jobFromRow(row: JobRow): Job {
  return {
    id: row.id as string,
    owner: row.owner as string,
    prompt: row.prompt as string,
    promptHash: row.prompt_hash as string,
    options: row.options as Job['options'],
    status: row.status as Job['status'],
    stage: (row.stage as string | null) ?? null,
    progress: row.progress as number,
    error: (row.error as Job['error']) ?? null,
    spec: (row.spec as Job['spec']) ?? null,
    planner: (row.planner as string | null) ?? null,
    plannerReason: (row.planner_reason as string | null) ?? null,
    warnings: (row.warnings as string[] | null) ?? null,
    timings: (row.timings as Job['timings']) ?? {},
    usage: (row.usage as Job['usage']) ?? null,
    cacheHit: row.cache_hit as boolean,
    sourceJobId: (row.source_job_id as string | null) ?? null,
    attempts: row.attempts as number,
    fileCount: (row.file_count as number | null) ?? null,
    totalBytes: row.total_bytes == null ? null : Number(row.total_bytes),
    generatorVersion: row.generator_version as string,
    createdAt: date(row.created_at),
    startedAt: maybeDate(row.started_at),
    finishedAt: maybeDate(row.finished_at),
    updatedAt: date(row.updated_at),
  };
}

export function fileFromRow(row: JobRow): JobFile {
  return {
    path: row.path as string,
    size: row.size as number,
    sha256: row.sha256 as string,
    storageKey: row.storage_key as string,
    language: row.language as string,
  };
}
