/**
 * The bench's HTTP client on node:http, so each simulated user can have its own connection (an Agent) the
 * way a browser does: JSON requests timed to the last byte, and an SSE reader that reports each event.
 */
import { type Agent, request } from 'node:http';

export interface JsonResponse<T = unknown> {
  status: number;
  body: T;
  ms: number;
}

export function requestJson<T = unknown>(
  method: string,
  url: string,
  options: { headers?: Record<string, string>; body?: unknown; agent?: Agent; timeoutMs?: number } = {},
): Promise<JsonResponse<T>> {
  const started = performance.now();
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent: options.agent,
        headers: {
          ...options.headers,
          ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        timeout: options.timeoutMs ?? 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {}
          resolve({ status: res.statusCode ?? 0, body: body as T, ms: performance.now() - started });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${url}: no answer in time`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Downloads `url` to the last byte without keeping it; resolves with status, bytes and milliseconds. */
export function download(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export interface SseStream {
  /** Resolves with the status code once the response headers arrive. */
  opened: Promise<number>;
  /** Resolves when the stream ends: by the server, or by close(); rejects on a network error. */
  ended: Promise<{ byServer: boolean }>;
  close(): void;
}

export function openSse(
  url: string,
  options: {
    headers?: Record<string, string>;
    agent?: Agent | false;
    onEvent?: (type: string, data: string) => void;
  } = {},
): SseStream {
  let closedByUs = false;
  let resolveOpened!: (status: number) => void;
  let rejectOpened!: (error: Error) => void;
  const opened = new Promise<number>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  opened.catch(() => {});
  let req: ReturnType<typeof request>;
  const ended = new Promise<{ byServer: boolean }>((resolve, reject) => {
    req = request(
      url,
      { headers: { Accept: 'text/event-stream', ...options.headers }, agent: options.agent },
      (res) => {
        resolveOpened(res.statusCode ?? 0);
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          if (!options.onEvent) return;
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end !== -1) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            const type = /^event: (.*)$/m.exec(block)?.[1];
            if (type) options.onEvent(type, /^data: (.*)$/m.exec(block)?.[1] ?? '');
          }
        });
        res.on('end', () => resolve({ byServer: !closedByUs }));
        res.on('error', (error) => (closedByUs ? resolve({ byServer: false }) : reject(error)));
      },
    );
    req.on('error', (error) => {
      rejectOpened(error);
      if (closedByUs) resolve({ byServer: false });
      else reject(error);
    });
    req.end();
  });
  return {
    opened,
    ended,
    close() {
      closedByUs = true;
      req.destroy();
    },
  };
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);

/** Follows a job's SSE stream until its terminal event; resolves with that event and when it arrived. */
export async function untilTerminal(
  url: string,
  headers: Record<string, string>,
  timeoutMs: number,
): Promise<{ event: string; at: number }> {
  let terminal: { event: string; at: number } | undefined;
  const stream = openSse(url, {
    headers,
    onEvent: (type) => {
      if (TERMINAL.has(type) && !terminal) terminal = { event: type, at: performance.now() };
    },
  });
  const timer = setTimeout(() => stream.close(), timeoutMs);
  try {
    await stream.ended;
  } finally {
    clearTimeout(timer);
  }
  if (!terminal) throw new Error(`${url}: no terminal event within ${timeoutMs} ms`);
  return terminal;
}
