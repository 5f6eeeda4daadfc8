/**
 * The Express app: middleware in the order a request meets it, then the routes, then the one error
 * handler. Identity and rate limits apply to the job API only: health, metrics, blobs (signed) and the
 * front page need no caller. The HTTP server's listener (`handler`) puts the status fast path in front.
 */
import type { RequestListener } from 'node:http';
import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Services } from '../services.ts';
import './request-context.ts';
import { errorHandler, notFoundRoute } from './error-handler.ts';
import { httpLogging, httpMetrics } from './middleware/http-logging.ts';
import { identity } from './middleware/identity.ts';
import { createRateLimit, sharedLimits } from './middleware/rate-limit.ts';
import { requestId } from './middleware/request-id.ts';
import { blobRoutes } from './routes/blobs.ts';
import { eventRoutes, SseStreams } from './routes/events.ts';
import { generateRoutes } from './routes/generate.ts';
import { healthRoutes } from './routes/health.ts';
import { jobRoutes } from './routes/jobs.ts';
import { frontPage, metaRoutes } from './routes/meta.ts';
import { resultRoutes } from './routes/results.ts';
import { constantHeaders, statusFastPath } from './status-fast-path.ts';

export interface AppHandle {
  app: Express;
  /** The HTTP server's request listener: the status fast path, then the Express app. */
  handler: RequestListener;
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
  const securityHeaders = helmet();
  app.use(securityHeaders);
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
  const readLimit = createRateLimit('read', config.rateLimits.readPerMin, sharedLimits(services));
  callerApi.use(['/api/jobs', '/api/results'], readLimit.middleware());
  callerApi.use(jobRoutes(services));
  callerApi.use(eventRoutes(services, streams));
  callerApi.use(resultRoutes(services));
  app.use(callerApi);

  app.use(frontPage(options.webDist));
  app.use(notFoundRoute());
  app.use(errorHandler());
  const fastPath = statusFastPath({
    services,
    readLimit,
    securityHeaders: constantHeaders(securityHeaders),
    etagOf: app.get('etag fn'),
  });
  const handler: RequestListener = (req, res) => {
    if (!fastPath(req, res)) app(req, res);
  };
  return { app, handler, streams, markShuttingDown: () => (shuttingDown = true) };
}
