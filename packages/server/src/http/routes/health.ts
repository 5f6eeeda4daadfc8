/**
 * Liveness (the process answers) and readiness (each dependency answers within 2 s). Ready but
 * "degraded" while the LLM planner's circuit is open: generations still complete, on a fallback planner.
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
    const failing = Object.entries(checks)
      .filter(([, check]) => !check.ok)
      .map(([name]) => name);
    const degraded = circuitState && circuitState !== 'closed' ? ['planner'] : [];
    res.setHeader('Cache-Control', 'no-store');
    res.status(failing.length === 0 ? 200 : 503).json({
      status: failing.length > 0 ? 'unavailable' : degraded.length > 0 ? 'degraded' : 'ready',
      failing,
      degraded,
      checks,
      generatorVersion: services.generatorVersion,
      database: services.db.kind,
    });
  });
  return router;
}
