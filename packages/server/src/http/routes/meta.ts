/** What the API offers: the stacks and complexity levels, Prometheus metrics, and the front page. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BACKENDS, COMPLEXITIES, DATABASES, FRONTENDS } from '@appgen/spec';
import express, { Router } from 'express';
import { DEFAULT_STACK, stackNames } from '../../jobs/generate-request.ts';
import type { Services } from '../../services.ts';

export const WEB_DIST = fileURLToPath(new URL('../../../../web/dist/', import.meta.url));

export function stacksBody() {
  return {
    stacks: stackNames().map((name) => {
      const [frontend, backend, database] = name.split('-');
      return { name, frontend, backend, database };
    }),
    frontends: FRONTENDS,
    backends: BACKENDS,
    databases: DATABASES,
    complexities: COMPLEXITIES,
    defaults: { stack: DEFAULT_STACK, complexity: null },
  };
}

export function metaRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/stacks', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(stacksBody());
  });
  router.get('/metrics', async (_req, res) => {
    res.setHeader('Content-Type', services.metrics.registry.contentType);
    res.send(await services.metrics.registry.metrics());
  });
  return router;
}

/** The web UI when packages/web has been built; until then a short page saying the API is up. */
export function frontPage(webDist = WEB_DIST): Router {
  const router = Router();
  if (existsSync(`${webDist}index.html`)) {
    router.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    router.get(/^\/(?!api\/|metrics$).*/, (_req, res) => res.sendFile(`${webDist}index.html`));
    return router;
  }
  router.get('/', (req, res) => {
    const body = {
      name: 'appgen',
      status: 'up',
      endpoints: [
        'POST /api/generate',
        'GET /api/jobs',
        'GET /api/jobs/:id/status',
        'GET /api/jobs/:id/events',
        'GET /api/results/:id',
        'GET /api/results/:id/download',
        'GET /api/stacks',
        'GET /api/health',
        'GET /metrics',
      ],
    };
    if (req.accepts(['json', 'html']) === 'html') {
      res
        .type('html')
        .send(
          `<!doctype html><meta charset="utf-8"><title>appgen</title><h1>appgen API is up</h1><ul>${body.endpoints.map((e) => `<li><code>${e}</code></li>`).join('')}</ul>`,
        );
      return;
    }
    res.json(body);
  });
  return router;
}
