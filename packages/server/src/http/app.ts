/**
 * The Express app: middleware in the order a request meets it, then the routes, then the one error
 * handler. Identity and rate limits apply to the job API only: health, metrics, blobs (signed) and the
 * front page need no caller.
 */
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Services } from '../services.ts';
import './request-context.ts';
import { errorHandler, notFoundRoute } from './error-handler.ts';
import { httpLogging, httpMetrics } from './middleware/http-logging.ts';
import { identity } from './middleware/identity.ts';
import { rateLimit, sharedLimits } from './middleware/rate-limit.ts';
import { requestId } from './middleware/request-id.ts';
import { blobRoutes } from './routes/blobs.ts';
import { eventRoutes, SseStreams } from './routes/events.ts';
import { generateRoutes } from './routes/generate.ts';
import { healthRoutes } from './routes/health.ts';
import { jobRoutes } from './routes/jobs.ts';
import { frontPage, metaRoutes } from './routes/meta.ts';
import { resultRoutes } from './routes/results.ts';

export interface AppHandle {
  app: Express;
  streams: SseStreams;
  /** Makes readiness fail, so a load balancer stops sending traffic before the server closes. */
  markShuttingDown(): void;
}

export function createApp(services: Services, options: { webDist?: string } = {}): AppHandle {
  const { config } = services;
  const app = express();
  const streams = new SseStreams();
  let shuttingDown = false;
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);

  app.use(requestId());
  app.use(httpLogging(services.logger));
  app.use(httpMetrics(services.metrics));
  app.use(helmet());
  if (config.corsOrigins.length > 0) {
    app.use(
      cors({
        origin: config.corsOrigins,
        credentials: true,
        exposedHeaders: [
          'X-Request-Id',
          'Retry-After',
          'RateLimit-Limit',
          'RateLimit-Remaining',
          'RateLimit-Reset',
        ],
      }),
    );
  }

  app.use(healthRoutes(services, () => shuttingDown));
  app.use(metaRoutes(services));
  app.use(blobRoutes(services));

  const callerApi = express.Router();
  callerApi.use(['/api/generate', '/api/jobs', '/api/results'], identity(config.apiKeys));
  callerApi.use(generateRoutes(services));
  callerApi.use(
    ['/api/jobs', '/api/results'],
    rateLimit('read', config.rateLimits.readPerMin, sharedLimits(services)),
  );
  callerApi.use(jobRoutes(services));
  callerApi.use(eventRoutes(services, streams));
  callerApi.use(resultRoutes(services));
  app.use(callerApi);

  app.use(frontPage(options.webDist));
  app.use(notFoundRoute());
  app.use(errorHandler());
  return { app, streams, markShuttingDown: () => (shuttingDown = true) };
}
