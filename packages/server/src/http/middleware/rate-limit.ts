/**
 * Per-caller rate limits with rate-limiter-flexible (memory now; the same API runs on Redis). Every
 * response carries RateLimit-Limit/Remaining/Reset; a refused one is 429 with Retry-After.
 */
import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../../errors.ts';

export function rateLimit(name: string, pointsPerMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ keyPrefix: name, points: pointsPerMinute, duration: 60 });
  const setHeaders = (res: Parameters<RequestHandler>[1], state: RateLimiterRes) => {
    res.setHeader('RateLimit-Limit', String(pointsPerMinute));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, state.remainingPoints)));
    res.setHeader('RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000)));
  };
  return (req, res, next) => {
    limiter.consume(req.rateKey).then(
      (state) => {
        setHeaders(res, state);
        next();
      },
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) {
          next(rejection);
          return;
        }
        setHeaders(res, rejection);
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        res.setHeader('Retry-After', String(seconds));
        next(
          new ApiError(
            'RATE_LIMITED',
            `Too many requests: at most ${pointsPerMinute} a minute. Try again in ${seconds} s.`,
            { retryAfterSeconds: seconds },
          ),
        );
      },
    );
  };
}
