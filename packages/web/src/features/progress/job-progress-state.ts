/**
 * The state of one job as the progress page shows it, built from a status snapshot (GET …/status) and
 * the SSE events that follow it. Pure: the page's hook feeds it, the tests feed it by hand.
 */
import {
  isTerminalStatus,
  type JobError,
  type JobStatus,
  type JobStatusResponse,
} from '../../lib/api/types.ts';

/** The stages shown on the page, in order. */
export const PROGRESS_STAGES = ['queued', 'planning', 'generating', 'storing', 'completed'] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export const STAGE_LABELS: Record<ProgressStage, { title: string; detail: string }> = {
  queued: { title: 'Queued', detail: 'Waiting for a worker' },
  planning: { title: 'Planning', detail: 'Turning the description into a data model' },
  generating: { title: 'Generating', detail: 'Writing the project files' },
  storing: { title: 'Storing', detail: 'Saving files and building the download' },
  completed: { title: 'Completed', detail: 'Ready to explore and download' },
};

export type Connection = 'connecting' | 'live' | 'polling' | 'closed';

export interface JobProgressState {
  status: JobStatus | 'unknown';
  progress: number;
  /** The furthest stage reached; kept when the job fails or is cancelled so the page shows where. */
  reachedStage: ProgressStage;
  message: string | null;
  error: JobError | null;
  filesWritten: number;
  lastFile: string | null;
  createdAt: string | null;
  finishedAt: string | null;
  cacheHit: boolean;
  prompt: string | null;
  lastEventId: string | null;
  connection: Connection;
}

export const initialJobProgress: JobProgressState = {
  status: 'unknown',
  progress: 0,
  reachedStage: 'queued',
  message: null,
  error: null,
  filesWritten: 0,
  lastFile: null,
  createdAt: null,
  finishedAt: null,
  cacheHit: false,
  prompt: null,
  lastEventId: null,
  connection: 'connecting',
};

export type JobProgressAction =
  | { type: 'snapshot'; snapshot: JobStatusResponse }
  | { type: 'event'; event: string; id?: string | null; data: Record<string, unknown> }
  | { type: 'connection'; connection: Connection };

const stageIndex = (stage: ProgressStage) => PROGRESS_STAGES.indexOf(stage);

function asStage(value: unknown): ProgressStage | null {
  return typeof value === 'string' && (PROGRESS_STAGES as readonly string[]).includes(value)
    ? (value as ProgressStage)
    : null;
}

/** Stages only move forward, whatever order snapshots and events arrive in. */
function furthest(current: ProgressStage, next: ProgressStage | null): ProgressStage {
  return next && stageIndex(next) > stageIndex(current) ? next : current;
}

function asError(data: Record<string, unknown>): JobError {
  const nested = data.error as Partial<JobError> | undefined;
  return {
    code: String(nested?.code ?? data.code ?? 'GENERATION_FAILED'),
    message: String(nested?.message ?? data.message ?? 'The generation failed.'),
  };
}

function applyStatus(
  state: JobProgressState,
  status: JobStatus,
  data: Record<string, unknown>,
): JobProgressState {
  const progress = typeof data.progress === 'number' ? data.progress : state.progress;
  return {
    ...state,
    status,
    progress: status === 'completed' ? 100 : Math.max(state.progress, progress),
    reachedStage: furthest(state.reachedStage, asStage(status) ?? asStage(data.stage)),
    error: status === 'failed' ? asError(data) : status === 'cancelled' ? null : state.error,
    connection: isTerminalStatus(status) ? 'closed' : state.connection,
  };
}

function applyEvent(state: JobProgressState, event: string, data: Record<string, unknown>): JobProgressState {
  // Once the job has ended, late events from a replay change nothing.
  if (isTerminalStatus(state.status)) return state;
  switch (event) {
    case 'status': {
      const status = typeof data.status === 'string' ? (data.status as JobStatus) : null;
      return status ? applyStatus(state, status, data) : state;
    }
    case 'progress':
      return {
        ...state,
        progress:
          typeof data.progress === 'number' ? Math.max(state.progress, data.progress) : state.progress,
        reachedStage: furthest(state.reachedStage, asStage(data.stage)),
        message: typeof data.message === 'string' ? data.message : state.message,
      };
    case 'file':
      return {
        ...state,
        filesWritten: state.filesWritten + 1,
        lastFile: typeof data.path === 'string' ? data.path : state.lastFile,
      };
    case 'completed':
    case 'failed':
    case 'cancelled':
      return {
        ...applyStatus(state, event, data),
        finishedAt: typeof data.finishedAt === 'string' ? data.finishedAt : new Date().toISOString(),
      };
    default:
      return state;
  }
}

export function jobProgressReducer(state: JobProgressState, action: JobProgressAction): JobProgressState {
  switch (action.type) {
    case 'connection':
      return isTerminalStatus(state.status)
        ? { ...state, connection: 'closed' }
        : { ...state, connection: action.connection };
    case 'snapshot': {
      const { snapshot } = action;
      const next = applyStatus(state, snapshot.status, {
        progress: snapshot.progress,
        stage: snapshot.stage,
        error: snapshot.error ?? undefined,
      });
      return {
        ...next,
        createdAt: snapshot.createdAt ?? state.createdAt,
        finishedAt: snapshot.finishedAt ?? state.finishedAt,
        cacheHit: snapshot.cacheHit ?? state.cacheHit,
        prompt: snapshot.prompt ?? state.prompt,
      };
    }
    case 'event': {
      const next = applyEvent(state, action.event, action.data);
      return action.id ? { ...next, lastEventId: action.id } : next;
    }
  }
}

/** What the stage list shows for one stage. */
export function stageState(
  state: JobProgressState,
  stage: ProgressStage,
): 'done' | 'active' | 'failed' | 'pending' {
  const reached = stageIndex(state.reachedStage);
  const index = stageIndex(stage);
  if (state.status === 'completed') return 'done';
  if (index < reached) return 'done';
  if (index === reached) {
    if (state.status === 'failed' || state.status === 'cancelled') return 'failed';
    return 'active';
  }
  return 'pending';
}
