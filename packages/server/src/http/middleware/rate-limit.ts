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

/** What one request's consume decided: the RateLimit-* headers, and the error when it was refused. */
export interface RateDecision {
  headers: [name: string, value: string][];
  refused?: ApiError;
}

/** One named limit (one counter per caller), shared by the middleware and the status fast path. */
export interface RateLimit {
  /** Takes a point from `key`'s budget; rejects only when the store fails (not when the caller is over). */
  consume(key: string): Promise<RateDecision>;
  middleware(): RequestHandler;
}

export function createRateLimit(
  name: string,
  pointsPerMinute: number,
  redis?: { client: Redis; prefix: string },
): RateLimit {
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
  const limit = String(pointsPerMinute);
  const headersOf = (state: RateLimiterRes): RateDecision['headers'] => [
    ['RateLimit-Limit', limit],
    ['RateLimit-Remaining', String(Math.max(0, state.remainingPoints))],
    ['RateLimit-Reset', String(Math.ceil(state.msBeforeNext / 1000))],
  ];
  const consume = (key: string): Promise<RateDecision> =>
    limiter.consume(key).then(
      (state) => ({ headers: headersOf(state) }),
      (rejection: unknown) => {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return {
          headers: [...headersOf(rejection), ['Retry-After', String(seconds)]],
          refused: new ApiError(
            'RATE_LIMITED',
            `Too many requests: at most ${pointsPerMinute} a minute. Try again in ${seconds} s.`,
            { retryAfterSeconds: seconds },
          ),
        };
      },
    );
  return {
    consume,
    middleware: () => (req, res, next) => {
      consume(req.rateKey).then((decision) => {
        for (const [header, value] of decision.headers) res.setHeader(header, value);
        next(decision.refused);
      }, next);
    },
  };
}

/** A rate limit as Express middleware. */
export function rateLimit(
  name: string,
  pointsPerMinute: number,
  redis?: { client: Redis; prefix: string },
): RequestHandler {
  return createRateLimit(name, pointsPerMinute, redis).middleware();
}

/** The Redis store of a service's limits, when it has one. */
export function sharedLimits(services: { redis: Redis | undefined; config: { redisPrefix: string } }) {
  return services.redis ? { client: services.redis, prefix: services.config.redisPrefix } : undefined;
}
