/** The caller's jobs: list (newest first, paginated), status (cached), cancel. */
import { Router } from 'express';
import * as z from 'zod';
import { ApiError, notFound } from '../../errors.ts';
import { listItemView, statusView } from '../../jobs/views.ts';
import type { Services } from '../../services.ts';

const listQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

const cursorSchema = z.object({ createdAt: z.iso.datetime(), id: z.string().max(100) }).strict();

const encodeCursor = (value: z.infer<typeof cursorSchema>) =>
  Buffer.from(JSON.stringify(value)).toString('base64url');

function decodeCursor(cursor: string): z.infer<typeof cursorSchema> {
  try {
    return cursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new ApiError('VALIDATION_FAILED', 'The cursor is not one this API gave out.', {
      fields: [{ path: 'cursor', message: 'invalid' }],
    });
  }
}

export function jobRoutes(services: Services): Router {
  const router = Router();

  router.get('/api/jobs', async (req, res) => {
    const parsed = listQuery.safeParse(req.query);
    if (!parsed.success) {
      throw new ApiError(
        'VALIDATION_FAILED',
        'limit must be 1–100, and cursor one returned by this endpoint.',
        {
          fields: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        },
      );
    }
    const { limit, cursor } = parsed.data;
    const jobs = await services.repo.listByOwner(
      req.owner,
      limit + 1,
      cursor ? decodeCursor(cursor) : undefined,
    );
    const page = jobs.slice(0, limit);
    const last = page.at(-1);
    res.json({
      jobs: page.map(listItemView),
      nextCursor:
        jobs.length > limit && last
          ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id })
          : null,
    });
  });

  router.get('/api/jobs/:id/status', async (req, res) => {
    const view = await services.statusCache.read(req.params.id, req.owner);
    if (!view) throw notFound();
    res.setHeader('Cache-Control', 'no-store');
    res.json(view);
  });

  router.delete('/api/jobs/:id', async (req, res) => {
    const job = await services.jobs.cancel(req.owner, req.params.id);
    res.json(statusView(job));
  });

  return router;
}
