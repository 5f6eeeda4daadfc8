/**
 * Liveness (the process answers) and readiness (each dependency answers within 2 s). Ready but
 * "degraded" while the LLM planner's circuit is open (generations complete on a fallback planner), while
 * Redis is away (reads work from the database; new generations get 503 QUEUE_UNAVAILABLE), or while no
 * worker process is connected to the shared queue.
 */
import { Router } from 'express';
import type { Services } from '../../services.ts';

const CHECK_TIMEOUT_MS = 2_000;

async function timed(check: () => Promise<unknown>): Promise<{ ok: boolean; ms: number; error?: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)),
          CHECK_TIMEOUT_MS,
        );
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: (error as Error).message };
  } finally {
    clearTimeout(timer);
  }
}

/** With REDIS_URL: Redis answers, and some worker process is connected to the queue. */
async function sharedChecks(services: Services) {
  const { redis, queue } = services;
  if (!redis) return {};
  const [ping, workers] = await Promise.all([
    timed(() => redis.ping()),
    timed(async () => {
      const count = (await queue.workers?.()) ?? 0;
      if (count === 0) throw new Error('no worker process is connected to the queue; start `appgen worker`');
      return count;
    }),
  ]);
  return { redis: ping, workers };
}

export function healthRoutes(services: Services, isShuttingDown: () => boolean): Router {
  const router = Router();
  router.get('/api/health/live', (_req, res) => {
    res.json({ status: 'live' });
  });
  router.get('/api/health', async (_req, res) => {
    const [db, storage, queue, planner] = await Promise.all([
      timed(() => services.db.query('SELECT 1')),
      timed(() => services.storage.check()),
      timed(async () => {
        if (isShuttingDown()) throw new Error('shutting down');
        return services.queue.depth();
      }),
      timed(async () => {
        if (typeof services.planner.plan !== 'function') throw new Error('no planner');
      }),
    ]);
    const { circuit } = services.plannerSetup;
    const circuitState = circuit?.state() ?? null;
    const checks = {
      db,
      storage,
      queue,
      // An open circuit is not an outage: plans fall back (cached spec, then offline) while it rests.
      planner: { ...planner, name: services.planner.name, circuit: circuitState },
    };
    // A shared queue that cannot be reached (Redis is away) degrades this instance rather than failing
    // it: reads still work, so a load balancer should keep it.
    const soft = new Set(services.redis ? ['queue'] : []);
    const failing = Object.entries(checks)
      .filter(([name, check]) => !check.ok && !soft.has(name))
      .map(([name]) => name);
    const degraded = circuitState && circuitState !== 'closed' ? ['planner'] : [];
    if (!checks.queue.ok && soft.has('queue')) degraded.push('queue');
    const shared = await sharedChecks(services);
    if (shared.redis && !shared.redis.ok) degraded.push('redis');
    if (shared.workers && !shared.workers.ok) degraded.push('workers');
    res.setHeader('Cache-Control', 'no-store');
    res.status(failing.length === 0 ? 200 : 503).json({
      status: failing.length > 0 ? 'unavailable' : degraded.length > 0 ? 'degraded' : 'ready',
      failing,
      degraded,
      checks: { ...checks, ...shared },
      generatorVersion: services.generatorVersion,
      database: services.db.kind,
    });
  });
  return router;
}
