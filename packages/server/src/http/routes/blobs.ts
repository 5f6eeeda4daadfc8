/** GET /api/blobs/:key?name&expires&sig — a signed, expiring URL to one stored file; the signature is the permission. */
import { Router } from 'express';
import { isBlobKey } from '../../adapters/storage.ts';
import { ApiError } from '../../errors.ts';
import { fileKind } from '../../jobs/languages.ts';
import type { Services } from '../../services.ts';

export function blobRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/blobs/:key', async (req, res) => {
    const { key } = req.params;
    const name = typeof req.query.name === 'string' ? req.query.name : '';
    const expires = Number(req.query.expires);
    const sig = typeof req.query.sig === 'string' ? req.query.sig : '';
    if (!isBlobKey(key) || !services.storage.verifySignature(key, name, expires, sig)) {
      throw new ApiError(
        'FORBIDDEN',
        'This link is invalid or has expired; fetch the result again for fresh links.',
      );
    }
    // Read before any header is set, so a storage error goes out as the usual JSON error.
    const content = await services.storage.get(key);
    res.setHeader('Content-Type', fileKind(name).contentType);
    res.setHeader('Content-Security-Policy', 'sandbox');
    res.setHeader(
      'Cache-Control',
      `private, max-age=${Math.max(0, expires - Math.floor(Date.now() / 1000))}, immutable`,
    );
    res.send(content);
  });
  return router;
}
