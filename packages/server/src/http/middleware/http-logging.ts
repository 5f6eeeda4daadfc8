/**
 * One JSON log line per request (pino-http) and the HTTP duration histogram. Only method, path, status
 * and ids are logged: no headers (Authorization, cookies) and no signature parameters of blob URLs.
 */
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Metrics } from '../../metrics.ts';

export function withoutSecrets(url: string): string {
  return url.replace(/([?&]sig=)[^&]*/g, '$1[redacted]');
}

/** The level of a request's log line: error for failures, warn for refusals, info otherwise. */
export const logLevelOf = (statusCode: number, error?: unknown) =>
  error || statusCode >= 500 ? 'error' : statusCode >= 400 ? 'warn' : 'info';

export function httpLogging(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    genReqId: (req) => (req as unknown as { requestId: string }).requestId,
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: withoutSecrets(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => logLevelOf(res.statusCode, error),
    // Health probes and scrapes every few seconds would drown everything else.
    autoLogging: { ignore: (req) => req.url === '/api/health/live' || req.url === '/metrics' },
  }) as unknown as RequestHandler;
}

export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    const end = metrics.httpDuration.startTimer({ method: req.method });
    res.on('finish', () => {
      // The route pattern, not the URL, so ids do not explode the label set.
      const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : 'unmatched';
      end({ route, status: String(res.statusCode) });
    });
    next();
  };
}
