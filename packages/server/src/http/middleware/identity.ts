/**
 * Who is calling: a configured API key (`Authorization: Bearer KEY`), or else an anonymous client id
 * kept in an httpOnly, SameSite=Lax cookie set on the first request. A wrong key is refused rather than
 * treated as anonymous, so a typo does not silently hide the caller's jobs.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ApiError } from '../../errors.ts';

export const CLIENT_COOKIE = 'appgen_client';
const CLIENT_ID = /^[A-Za-z0-9_-]{22,64}$/;
const ONE_YEAR_S = 365 * 24 * 60 * 60;

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

const digest = (value: string) => createHash('sha256').update(value).digest();

export const INVALID_KEY_MESSAGE =
  'The API key is not valid. Send "Authorization: Bearer KEY" with a configured key, or no Authorization header.';

/**
 * The owner of the API key in an Authorization header, or undefined when it names no configured key.
 * Compared by digest in constant time, so response times say nothing about how close a guess was.
 */
export function apiKeyOwners(apiKeys: Map<string, string>): (authorization: string) => string | undefined {
  const keys = [...apiKeys].map(([key, owner]) => ({ digest: digest(key), owner }));
  return (authorization) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const given = match ? digest(match[1]!) : undefined;
    return given && keys.find((key) => timingSafeEqual(key.digest, given))?.owner;
  };
}

/** The rate limit bucket of an API key's owner (anonymous callers are limited by address). */
export const ownerRateKey = (owner: string) => `owner:${owner}`;

export function identity(apiKeys: Map<string, string>): RequestHandler {
  const ownerOf = apiKeyOwners(apiKeys);
  return (req, res, next) => {
    const authorization = req.get('authorization');
    if (authorization !== undefined) {
      const owner = ownerOf(authorization);
      if (owner === undefined) {
        next(new ApiError('UNAUTHORIZED', INVALID_KEY_MESSAGE));
        return;
      }
      req.owner = owner;
      req.rateKey = ownerRateKey(owner);
      next();
      return;
    }
    let clientId = readCookie(req.get('cookie'), CLIENT_COOKIE);
    if (!clientId || !CLIENT_ID.test(clientId)) {
      clientId = randomBytes(18).toString('base64url');
      res.append(
        'Set-Cookie',
        `${CLIENT_COOKIE}=${clientId}; Path=/; Max-Age=${ONE_YEAR_S}; HttpOnly; SameSite=Lax${req.secure ? '; Secure' : ''}`,
      );
    }
    req.owner = `anon:${clientId}`;
    // A cookie can be dropped at will, so anonymous callers are limited by address.
    req.rateKey = `ip:${req.ip ?? 'unknown'}`;
    next();
  };
}
