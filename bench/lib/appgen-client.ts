/** Calls to the generation API the sections share: keys, submitting, following a job, metrics. */
import { randomBytes } from 'node:crypto';
import { requestJson, untilTerminal } from './http.ts';

export interface Submitted {
  jobId: string;
  status: string;
  cacheHit: boolean;
  eventsUrl: string;
  statusUrl: string;
}

/** `count` API keys for APPGEN_API_KEYS ("key=owner" pairs) and their Authorization headers. */
export function apiKeys(count: number, label: string) {
  const keys = Array.from({ length: count }, (_, i) => `${label}-${i}-${randomBytes(8).toString('hex')}`);
  return {
    env: keys.map((key, i) => `${key}=${label}-${i}`).join(','),
    auth: (i: number) => ({ Authorization: `Bearer ${keys[i % keys.length]}` }),
  };
}

export async function submit(
  baseUrl: string,
  headers: Record<string, string>,
  prompt: string,
  extra: Record<string, unknown> = {},
): Promise<Submitted & { ms: number }> {
  const res = await requestJson<Submitted>('POST', `${baseUrl}/api/generate`, {
    headers,
    body: { prompt, ...extra },
  });
  if (res.status !== 202) throw new Error(`POST /api/generate: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...res.body, ms: res.ms };
}

/** POST → the job's terminal SSE event, in milliseconds; throws unless it completed. */
export async function generateAndWait(
  baseUrl: string,
  headers: Record<string, string>,
  prompt: string,
  timeoutMs = 60_000,
): Promise<{ jobId: string; ms: number }> {
  const t0 = performance.now();
  const job = await submit(baseUrl, headers, prompt);
  const { event, at } = await untilTerminal(`${baseUrl}${job.eventsUrl}`, headers, timeoutMs);
  if (event !== 'completed') throw new Error(`job ${job.jobId} ended ${event}`);
  return { jobId: job.jobId, ms: at - t0 };
}

/** The sum of a Prometheus counter over its labels. */
export async function counterTotal(baseUrl: string, name: string): Promise<number> {
  const res = await requestJson<string>('GET', `${baseUrl}/metrics`);
  const text = String(res.body);
  let total = 0;
  for (const line of text.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.split(' ').at(-1));
  }
  return total;
}

const DOMAINS = ['library', 'gym', 'bakery', 'clinic', 'school', 'garage', 'hotel', 'zoo', 'farm', 'cinema'];

/** Distinct prompts (so none is a cache hit), each a small realistic app. */
export function distinctPrompts(count: number, label: string): string[] {
  const run = `${label}-${Date.now().toString(36)}`;
  return Array.from(
    { length: count },
    (_, i) =>
      `A ${DOMAINS[i % DOMAINS.length]} app (${run}-${i}): members make bookings, bookings have a date and a price, staff manage rooms.`,
  );
}
