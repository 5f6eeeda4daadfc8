/**
 * GET /api/jobs/:id/events — the job's events over SSE. Subscribes first, then replays from the database
 * everything after Last-Event-ID, then goes live, skipping any event already sent (by seq): nothing is lost
 * between replay and live, and nothing is repeated. Ends after the terminal event. Never compressed or
 * buffered by proxies (no compression here, `no-transform`, `X-Accel-Buffering: no`).
 */
import { type Response, Router } from 'express';
import type { JobEvent } from '../../adapters/events.ts';
import { notFound } from '../../errors.ts';
import { isTerminal } from '../../jobs/job-types.ts';
import type { Services } from '../../services.ts';

const TERMINAL_EVENTS = new Set(['completed', 'failed', 'cancelled']);
const POLL_MS = 1_000;

/** Open streams, so shutdown can end them. */
export class SseStreams {
  private readonly open = new Set<() => void>();

  add(close: () => void): () => void {
    this.open.add(close);
    return () => this.open.delete(close);
  }

  closeAll(): void {
    for (const close of [...this.open]) close();
  }

  get size(): number {
    return this.open.size;
  }
}

function parseLastEventId(value: unknown): number {
  const n = typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : 0;
  return n;
}

function write(res: Response, event: JobEvent): void {
  res.write(`id: ${event.seq}\nevent: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
}

export function eventRoutes(services: Services, streams: SseStreams): Router {
  const router = Router();
  router.get('/api/jobs/:id/events', async (req, res) => {
    const jobId = req.params.id;
    const job = await services.repo.getOwned(jobId, req.owner);
    if (!job) throw notFound();
    let lastSent = parseLastEventId(req.get('last-event-id') ?? req.query.lastEventId);

    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    res.write('retry: 2000\n\n');

    let ended = false;
    let replaying = true;
    const buffered: JobEvent[] = [];
    const send = (event: JobEvent) => {
      if (ended || event.seq <= lastSent) return;
      write(res, event);
      lastSent = event.seq;
      if (TERMINAL_EVENTS.has(event.type)) end();
    };
    let unsubscribe = () => {};
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), services.config.sseHeartbeatMs);
    const forget = streams.add(() => end());
    function end() {
      if (ended) return;
      ended = true;
      unsubscribe();
      clearInterval(heartbeat);
      forget();
      res.end();
    }
    res.on('close', end);
    /** Sends what the database has after the last event sent: the replay, and the repair after a gap. */
    const catchUp = async () => {
      for (const event of await services.repo.eventsAfter(jobId, lastSent)) send(event);
    };

    const catchUpQuietly = () => {
      catchUp().catch((error: unknown) => req.log?.warn({ err: error, jobId }, 'event catch-up failed'));
    };

    try {
      try {
        unsubscribe = await services.events.subscribe(jobId, {
          listener: (event) => {
            if (replaying) buffered.push(event);
            else send(event);
          },
          onGap: catchUpQuietly,
        });
      } catch (error) {
        // No live events (Redis is away): follow the job from the database instead, once a second.
        req.log?.warn({ err: error, jobId }, 'live events unavailable; polling the database');
        const poll = setInterval(catchUpQuietly, POLL_MS);
        unsubscribe = () => clearInterval(poll);
      }
      if (ended) unsubscribe();
      await catchUp();
      replaying = false;
      for (const event of buffered.sort((a, b) => a.seq - b.seq)) send(event);
      // Finished before this stream's resume point: nothing more will come.
      if (!ended && isTerminal((await services.repo.get(jobId))?.status ?? 'failed')) {
        await catchUp();
        end();
      }
    } catch (error) {
      end();
      req.log?.error({ err: error, jobId }, 'event replay failed');
    }
  });
  return router;
}
