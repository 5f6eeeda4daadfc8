/**
 * Per-caller rate limits with rate-limiter-flexible: in memory on one instance, in Redis when configured,
 * so the limit holds across all instances together (10 a minute in total, not per instance). While Redis
 * is away each instance limits on its own (the insurance limiter) rather than refusing or letting all
 * through. Every response carries RateLimit-Limit/Remaining/Reset; a refused one is 429 with Retry-After.
 */
import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ApiError } from '../../errors.ts';

export function rateLimit(
  name: string,
  pointsPerMinute: number,
  redis?: { client: Redis; prefix: string },
): RequestHandler {
  const options = {
    keyPrefix: `${redis?.prefix ?? 'appgen'}:rl:${name}`,
    points: pointsPerMinute,
    duration: 60,
  };
  const limiter = redis
    ? new RateLimiterRedis({
        ...options,
        storeClient: redis.client,
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options);
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

/** The Redis store of a service's limits, when it has one. */
export function sharedLimits(services: { redis: Redis | undefined; config: { redisPrefix: string } }) {
  return services.redis ? { client: services.redis, prefix: services.config.redisPrefix } : undefined;
}
