/**
 * A completed job's result: spec, stack, metadata and the file manifest with signed URLs (valid 24 h,
 * the list cached 1 h so repeated reads are cheap and every URL handed out has ≥ 23 h left); one raw file;
 * the whole project as a streamed ZIP. 404 for unknown or others' jobs, 409 while not complete.
 */
import { Router } from 'express';
import { notFound } from '../../errors.ts';
import type { Job, JobFile } from '../../jobs/job-types.ts';
import { fileKind } from '../../jobs/languages.ts';
import { jobLinks } from '../../jobs/views.ts';
import { zipProject } from '../../jobs/zip.ts';
import type { Services } from '../../services.ts';

const URL_TTL_S = 24 * 60 * 60;
const URL_LIST_TTL_MS = 60 * 60_000;

interface FileEntry {
  path: string;
  size: number;
  sha256: string;
  language: string;
  url: string;
}

function metadata(job: Job) {
  return {
    prompt: job.prompt,
    options: job.options,
    planner: job.planner,
    plannerReason: job.plannerReason,
    warnings: job.warnings ?? [],
    timingsMs: job.timings,
    cacheHit: job.cacheHit,
    sourceJobId: job.sourceJobId,
    generatorVersion: job.generatorVersion,
    usage: job.usage ?? { inputTokens: 0, outputTokens: 0, costUsd: 0 },
    fileCount: job.fileCount,
    totalBytes: job.totalBytes,
    attempts: job.attempts,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
  };
}

export function resultRoutes(services: Services): Router {
  const router = Router();
  const base = services.config.publicUrl?.replace(/\/$/, '') ?? '';

  async function fileEntries(job: Job): Promise<FileEntry[]> {
    const key = `result-urls:${job.id}`;
    const cached = await services.cache.get<FileEntry[]>(key);
    if (cached) return cached;
    const files = await services.repo.files(job.id);
    const entries = files.map((file: JobFile) => ({
      path: file.path,
      size: file.size,
      sha256: file.sha256,
      language: file.language,
      url: base + services.storage.signedUrl(file.storageKey, file.path, URL_TTL_S),
    }));
    await services.cache.set(key, entries, URL_LIST_TTL_MS);
    return entries;
  }

  router.get('/api/results/:id', async (req, res) => {
    const job = await services.jobs.completedJob(req.owner, req.params.id);
    const spec = job.spec!;
    res.json({
      jobId: job.id,
      status: job.status,
      app: spec.app,
      spec,
      stack: spec.stack,
      metadata: metadata(job),
      downloadUrl: jobLinks(job.id).downloadUrl,
      files: await fileEntries(job),
    });
  });

  router.get('/api/results/:id/files/*path', async (req, res) => {
    const job = await services.jobs.completedJob(req.owner, req.params.id);
    const path = ([] as string[]).concat(req.params.path).join('/');
    // Looked up in the manifest by exact path: nothing outside the project can be named.
    const file = await services.repo.findFile(job.id, path);
    if (!file) throw notFound('file at this path in the project');
    res.setHeader('Content-Type', fileKind(file.path).contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('ETag', `"${file.sha256}"`);
    // Generated HTML is user-influenced: never let it run as a page of this origin.
    res.setHeader('Content-Security-Policy', 'sandbox');
    res.send(await services.storage.get(file.storageKey));
  });

  router.get('/api/results/:id/download', async (req, res) => {
    const job = await services.jobs.completedJob(req.owner, req.params.id);
    const slug = job.spec!.app.slug;
    const files = await services.repo.files(job.id);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${slug}.zip"`);
    const zip = zipProject(files, services.storage, slug);
    zip.on('error', (error) => {
      req.log?.error({ err: error, jobId: job.id }, 'zip stream failed');
      res.destroy(error);
    });
    zip.pipe(res);
  });

  return router;
}
