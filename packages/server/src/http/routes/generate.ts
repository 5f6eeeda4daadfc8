/** POST /api/generate: validate, create the job, answer 202 at once. */
import { Router } from 'express';
import { jobLinks } from '../../jobs/views.ts';
import type { Services } from '../../services.ts';
import { jsonBody } from '../middleware/json-body.ts';
import { rateLimit, sharedLimits } from '../middleware/rate-limit.ts';

export const GENERATE_BODY_LIMIT = '16kb';

export function generateRoutes(services: Services): Router {
  const router = Router();
  router.post(
    '/api/generate',
    rateLimit('generate', services.config.rateLimits.generatePerMin, sharedLimits(services)),
    ...jsonBody(GENERATE_BODY_LIMIT),
    async (req, res) => {
      const job = await services.jobs.submit(req.owner, req.body);
      const { statusUrl, eventsUrl } = jobLinks(job.id);
      res
        .status(202)
        .location(statusUrl)
        .json({ jobId: job.id, status: job.status, cacheHit: job.cacheHit, statusUrl, eventsUrl });
    },
  );
  return router;
}
