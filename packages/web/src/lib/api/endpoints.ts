/** One function per API endpoint the UI calls. */
import { requestJson } from './http.ts';
import type {
  GenerateRequest,
  GenerateResponse,
  JobListResponse,
  JobStatusResponse,
  ResultResponse,
  StacksResponse,
} from './types.ts';

const job = (id: string) => `/api/jobs/${encodeURIComponent(id)}`;
const result = (id: string) => `/api/results/${encodeURIComponent(id)}`;

export const api = {
  generate: (body: GenerateRequest, signal?: AbortSignal) =>
    requestJson<GenerateResponse>('/api/generate', { method: 'POST', body: JSON.stringify(body), signal }),
  jobStatus: (id: string, signal?: AbortSignal) =>
    requestJson<JobStatusResponse>(`${job(id)}/status`, { signal }),
  cancelJob: (id: string) => requestJson<unknown>(job(id), { method: 'DELETE' }),
  listJobs: (cursor?: string) =>
    requestJson<JobListResponse>(`/api/jobs${cursor ? `?cursor=${encodeURIComponent(cursor)}` : ''}`),
  result: (id: string, signal?: AbortSignal) => requestJson<ResultResponse>(result(id), { signal }),
  stacks: (signal?: AbortSignal) => requestJson<StacksResponse>('/api/stacks', { signal }),
};

export const urls = {
  events: (id: string) => `${job(id)}/events`,
  download: (id: string) => `${result(id)}/download`,
  file: (id: string, path: string) =>
    `${result(id)}/files/${path.split('/').map(encodeURIComponent).join('/')}`,
};
