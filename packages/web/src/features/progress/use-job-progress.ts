/**
 * Follows one job: a status snapshot first (so a reload or a second tab shows the same job), then live
 * SSE events; when the event stream fails, polls the status every 2 s instead.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError } from '../../lib/api/api-error.ts';
import { api, urls } from '../../lib/api/endpoints.ts';
import { isTerminalStatus } from '../../lib/api/types.ts';
import { initialJobProgress, jobProgressReducer } from './job-progress-state.ts';

export const POLL_INTERVAL_MS = 2000;
const SSE_EVENTS = ['status', 'progress', 'file', 'completed', 'failed', 'cancelled'] as const;
/** Consecutive stream errors (EventSource retries by itself) before giving up on SSE. */
const MAX_SSE_ERRORS = 3;

export function useJobProgress(jobId: string) {
  const [state, dispatch] = useReducer(jobProgressReducer, initialJobProgress);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const terminal = useRef(false);
  terminal.current = isTerminalStatus(state.status);

  const refresh = useCallback(async () => {
    const snapshot = await api.jobStatus(jobId);
    dispatch({ type: 'snapshot', snapshot });
    return snapshot;
  }, [jobId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` restarts the effect after an unreachable server
  useEffect(() => {
    const abort = new AbortController();
    let source: EventSource | null = null;
    let pollTimer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;

    const stop = () => {
      stopped = true;
      source?.close();
      clearTimeout(pollTimer);
      abort.abort();
    };

    const poll = async () => {
      if (stopped) return;
      try {
        const snapshot = await api.jobStatus(jobId, abort.signal);
        dispatch({ type: 'snapshot', snapshot });
        if (isTerminalStatus(snapshot.status)) return;
      } catch (error) {
        if (abort.signal.aborted) return;
        if (error instanceof ApiError && error.status === 404) return setLoadError(error);
      }
      pollTimer = setTimeout(poll, POLL_INTERVAL_MS);
    };

    const startPolling = () => {
      source?.close();
      source = null;
      dispatch({ type: 'connection', connection: 'polling' });
      pollTimer = setTimeout(poll, POLL_INTERVAL_MS);
    };

    const listen = () => {
      if (typeof EventSource === 'undefined') return startPolling();
      let errors = 0;
      source = new EventSource(urls.events(jobId));
      source.onopen = () => dispatch({ type: 'connection', connection: 'live' });
      for (const name of SSE_EVENTS) {
        source.addEventListener(name, (message) => {
          errors = 0;
          const event = message as MessageEvent<string>;
          dispatch({
            type: 'event',
            event: name,
            id: event.lastEventId || null,
            data: parseData(event.data),
          });
          if (name === 'completed' || name === 'failed' || name === 'cancelled') source?.close();
        });
      }
      source.onerror = () => {
        if (stopped || terminal.current) return source?.close();
        errors += 1;
        if (source?.readyState === EventSource.CLOSED || errors >= MAX_SSE_ERRORS) startPolling();
        else dispatch({ type: 'connection', connection: 'connecting' });
      };
    };

    setLoadError(null);
    api
      .jobStatus(jobId, abort.signal)
      .then((snapshot) => {
        if (stopped) return;
        dispatch({ type: 'snapshot', snapshot });
        if (!isTerminalStatus(snapshot.status)) listen();
      })
      .catch((error: unknown) => {
        if (abort.signal.aborted) return;
        setLoadError(error);
        // Unreachable server: keep trying, the page shows the banner meanwhile.
        if (error instanceof ApiError && error.isUnreachable)
          pollTimer = setTimeout(() => setAttempt((n) => n + 1), POLL_INTERVAL_MS);
      });

    return stop;
  }, [jobId, attempt]);

  return { state, loadError, refresh };
}

function parseData(raw: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
