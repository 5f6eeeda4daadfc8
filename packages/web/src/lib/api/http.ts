/** fetch wrapper: JSON in and out, `{error:{code,message,details}}` bodies and network failures as ApiError. */
import { ApiError } from './api-error.ts';
import { reportReachable, reportUnreachable } from './connectivity.ts';

export async function requestJson<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      credentials: 'same-origin',
      ...init,
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch (cause) {
    if ((cause as Error).name === 'AbortError') throw cause;
    reportUnreachable();
    throw new ApiError('unreachable', 0, 'UNREACHABLE', 'The appgen server cannot be reached.');
  }
  // A dev proxy answers 502/504 when the API server is down.
  if (response.status === 502 || response.status === 504) {
    reportUnreachable();
    throw new ApiError('unreachable', response.status, 'UNREACHABLE', 'The appgen server cannot be reached.');
  }
  reportReachable();
  const body = await readBody(response);
  if (!response.ok) throw errorFromResponse(response, body);
  return body as T;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function errorFromResponse(response: Response, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  const code = typeof error?.code === 'string' ? error.code : `HTTP_${response.status}`;
  const message =
    typeof error?.message === 'string'
      ? error.message
      : `The server answered ${response.status} ${response.statusText}.`;
  const retryAfter = Number.parseInt(response.headers.get('Retry-After') ?? '', 10);
  return new ApiError(
    'http',
    response.status,
    code,
    message,
    error?.details,
    Number.isFinite(retryAfter) ? retryAfter : undefined,
  );
}
