/** Framework-neutral client library modules (src/lib): class merging, the fetch client, formatting. */

export const utils = `import { type ClassValue, clsx } from 'clsx';
import { twMerge } from 'tailwind-merge';

/** Joins class names; later Tailwind classes win over conflicting earlier ones. */
export function cn(...inputs: ClassValue[]): string {
  return twMerge(clsx(inputs));
}
`;

/** src/lib/api-client.ts; with accounts, a 401 answer tells the session state that the user is logged out. */
export const apiClient = (auth: boolean) => `import type { Page } from '../shared/schemas';

/** An error answered by the API: \`{ "error": { "code", "message", "fields"? } }\`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** A message per property at fault (400 VALIDATION_FAILED). */
  readonly fields: Record<string, string>;

  constructor(status: number, code: string, message: string, fields: Record<string, string> = {}) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export type Filters = Record<string, string | number | boolean | null | undefined>;

export interface ListParams {
  page?: number;
  pageSize?: number;
  sort?: string;
  order?: 'asc' | 'desc';
  q?: string;
  /** Exact-match filters: reference keys, enum and boolean fields, many-to-many ids (e.g. tagId). */
  filters?: Filters;
}

/** What generic components need from an entity's endpoint. */
export interface ReadResource<T> {
  readonly slug: string;
  list(params?: ListParams): Promise<Page<T>>;
  get(id: number): Promise<T>;
}

export interface Resource<T, I, U> extends ReadResource<T> {
  create(input: I): Promise<T>;
  update(id: number, input: U): Promise<T>;
  remove(id: number): Promise<void>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toApiError(status: number, body: unknown): ApiError {
  const fallback = 'The server answered with status ' + status + '.';
  const error = isObject(body) && isObject(body.error) ? body.error : null;
  if (!error) return new ApiError(status, status === 404 ? 'NOT_FOUND' : 'INTERNAL', fallback);
  const fields: Record<string, string> = {};
  if (isObject(error.fields)) {
    for (const [key, message] of Object.entries(error.fields)) fields[key] = String(message);
  }
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : 'INTERNAL',
    typeof error.message === 'string' ? error.message : fallback,
    fields,
  );
}

${
  auth
    ? `let unauthorized: () => void = () => {};

/** Called on every 401 answer: the session has ended (or never began), so the app shows the log-in page. */
export function onUnauthorized(handler: () => void): void {
  unauthorized = handler;
}

`
    : ''
}export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch('/api' + path, init);
  } catch {
    throw new ApiError(0, 'NETWORK', 'Could not reach the server. Check that it is running and try again.');
  }
  const text = response.status === 204 ? '' : await response.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    data = undefined;
  }
${auth ? `  if (response.status === 401) unauthorized();\n` : ''}  if (!response.ok) throw toApiError(response.status, data);
  return data as T;
}

export function listQuery(params: ListParams): string {
  const search = new URLSearchParams();
  if (params.page) search.set('page', String(params.page));
  if (params.pageSize) search.set('pageSize', String(params.pageSize));
  if (params.sort) search.set('sort', params.sort);
  if (params.order) search.set('order', params.order);
  if (params.q) search.set('q', params.q);
  for (const [key, value] of Object.entries(params.filters ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return query ? '?' + query : '';
}

/** The five calls of one entity's endpoint, /api/{slug}. */
export function resource<T, I, U>(slug: string): Resource<T, I, U> {
  const base = '/' + slug;
  return {
    slug,
    list: (params = {}) => request<Page<T>>('GET', base + listQuery(params)),
    get: (id) => request<T>('GET', base + '/' + id),
    create: (input) => request<T>('POST', base, input),
    update: (id, input) => request<T>('PATCH', base + '/' + id, input),
    remove: (id) => request<void>('DELETE', base + '/' + id),
  };
}
`;

export const format = `/** Display formatting for record values. */

/** "in_progress" → "In progress". */
export function humanize(value: string): string {
  const text = value.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A record's display value, or "#id" when it has none. */
export function recordLabel(value: unknown, id: number): string {
  if (value === null || value === undefined || value === '') return '#' + id;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** A calendar date ("YYYY-MM-DD") in the reader's locale, without shifting it through a time zone. */
export function formatDate(value: string): string {
  const match = /^(\\d{4})-(\\d{2})-(\\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Four-digit whole numbers stay ungrouped: they are mostly years ("2015", not "2,015"). */
export function formatNumber(value: number, decimal: boolean): string {
  const yearLike = !decimal && Number.isInteger(value) && value >= 1000 && value <= 9999;
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: decimal ? 6 : 0, useGrouping: !yearLike }).format(value);
}
`;
