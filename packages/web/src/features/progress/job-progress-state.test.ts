import { describe, expect, it } from 'vitest';
import type { JobStatusResponse } from '../../lib/api/types.ts';
import {
  initialJobProgress,
  type JobProgressAction,
  type JobProgressState,
  jobProgressReducer,
  PROGRESS_STAGES,
  stageState,
} from './job-progress-state.ts';

const snapshot = (patch: Partial<JobStatusResponse> = {}): JobStatusResponse => ({
  jobId: 'j1',
  status: 'queued',
  stage: null,
  progress: 0,
  error: null,
  createdAt: '2025-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  ...patch,
});

const event = (name: string, data: Record<string, unknown>, id?: string): JobProgressAction => ({
  type: 'event',
  event: name,
  id: id ?? null,
  data,
});

const run = (...actions: JobProgressAction[]): JobProgressState =>
  actions.reduce(jobProgressReducer, initialJobProgress);

const stages = (state: JobProgressState) => PROGRESS_STAGES.map((stage) => stageState(state, stage));

describe('jobProgressReducer', () => {
  it('walks the stages queued → planning → generating → storing → completed from events', () => {
    let state = run({ type: 'snapshot', snapshot: snapshot() });
    expect(stages(state)).toEqual(['active', 'pending', 'pending', 'pending', 'pending']);

    state = jobProgressReducer(state, event('status', { status: 'planning', progress: 10 }, '2'));
    expect(stages(state)).toEqual(['done', 'active', 'pending', 'pending', 'pending']);
    expect(state.lastEventId).toBe('2');

    state = jobProgressReducer(state, event('status', { status: 'generating', progress: 40 }, '3'));
    state = jobProgressReducer(state, event('file', { path: 'server/src/app.ts', size: 100 }, '4'));
    state = jobProgressReducer(state, event('progress', { progress: 60 }, '5'));
    expect(state.filesWritten).toBe(1);
    expect(state.lastFile).toBe('server/src/app.ts');
    expect(state.progress).toBe(60);
    expect(stages(state)).toEqual(['done', 'done', 'active', 'pending', 'pending']);

    state = jobProgressReducer(state, event('status', { status: 'storing', progress: 90 }, '6'));
    state = jobProgressReducer(state, event('completed', { status: 'completed' }, '7'));
    expect(state.status).toBe('completed');
    expect(state.progress).toBe(100);
    expect(state.connection).toBe('closed');
    expect(stages(state)).toEqual(['done', 'done', 'done', 'done', 'done']);
  });

  it('never moves progress or stages backwards when a replay or a stale poll arrives late', () => {
    const state = run(
      { type: 'snapshot', snapshot: snapshot({ status: 'generating', progress: 50 }) },
      event('status', { status: 'queued', progress: 0 }, '1'),
      event('status', { status: 'planning', progress: 10 }, '2'),
    );
    expect(state.progress).toBe(50);
    expect(state.reachedStage).toBe('generating');
  });

  it('keeps the stage where a job failed, with the reason', () => {
    const state = run(
      { type: 'snapshot', snapshot: snapshot({ status: 'planning', progress: 10 }) },
      event('failed', { error: { code: 'PLANNER_FAILED', message: 'The planner gave up.' } }),
    );
    expect(state.status).toBe('failed');
    expect(state.error).toEqual({ code: 'PLANNER_FAILED', message: 'The planner gave up.' });
    expect(stages(state)).toEqual(['done', 'failed', 'pending', 'pending', 'pending']);
  });

  it('ignores events after the job has ended', () => {
    const ended = run({ type: 'snapshot', snapshot: snapshot({ status: 'cancelled' }) });
    expect(jobProgressReducer(ended, event('status', { status: 'generating' }))).toBe(ended);
    expect(jobProgressReducer(ended, { type: 'connection', connection: 'polling' }).connection).toBe(
      'closed',
    );
  });

  it('takes a reloaded page straight to the server state', () => {
    const state = run({
      type: 'snapshot',
      snapshot: snapshot({
        status: 'completed',
        progress: 100,
        finishedAt: '2025-01-01T00:00:01.000Z',
        cacheHit: true,
      }),
    });
    expect(state.status).toBe('completed');
    expect(state.cacheHit).toBe(true);
    expect(state.finishedAt).toBe('2025-01-01T00:00:01.000Z');
  });

  it('records the connection kind while the job runs', () => {
    const state = run(
      { type: 'snapshot', snapshot: snapshot() },
      { type: 'connection', connection: 'polling' },
    );
    expect(state.connection).toBe('polling');
  });
});
