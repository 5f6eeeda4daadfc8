/** A minimal SSE reader for tests: collects events from a real HTTP server until the stream ends or `stopAfter`. */
import { request } from 'node:http';

export interface SseEvent {
  id: number;
  event: string;
  data: Record<string, unknown>;
}

export interface SseRead {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  events: SseEvent[];
  comments: string[];
  /** True when the server ended the stream (rather than us dropping it). */
  endedByServer: boolean;
}

export function readSse(
  url: string,
  headers: Record<string, string>,
  stopAfter = Number.POSITIVE_INFINITY,
  timeoutMs = 15_000,
): Promise<SseRead> {
  return new Promise((resolve, reject) => {
    const result: SseRead = { status: 0, headers: {}, events: [], comments: [], endedByServer: false };
    const req = request(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      result.status = res.statusCode ?? 0;
      result.headers = res.headers;
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
          const fields: Record<string, string> = {};
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) result.comments.push(line.slice(1).trim());
            const colon = line.indexOf(': ');
            if (colon > 0) fields[line.slice(0, colon)] = line.slice(colon + 2);
          }
          if (fields.id && fields.event) {
            result.events.push({
              id: Number(fields.id),
              event: fields.event,
              data: JSON.parse(fields.data ?? '{}'),
            });
            if (result.events.length >= stopAfter) {
              clearTimeout(timer);
              req.destroy();
              resolve(result);
              return;
            }
          }
        }
      });
      res.on('end', () => {
        clearTimeout(timer);
        result.endedByServer = true;
        resolve(result);
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`SSE stream still open after ${timeoutMs} ms with ${result.events.length} events`));
    }, timeoutMs);
    req.on('error', (error) => {
      if (!result.endedByServer && result.events.length < stopAfter) reject(error);
    });
    req.end();
  });
}
