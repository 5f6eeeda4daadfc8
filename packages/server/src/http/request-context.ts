/** What the middleware attaches to each request, for the routes after it. */
import 'express';

declare module 'express-serve-static-core' {
  interface Request {
    /** From X-Request-Id when the caller sent a sane one, else a new UUID; echoed in the response. */
    requestId: string;
    /** Who is asking: "key:…"/a configured owner for API keys, "anon:…" for a browser's client id. */
    owner: string;
    /** The rate limit bucket: the owner for API keys, the address for anonymous callers. */
    rateKey: string;
  }
}
