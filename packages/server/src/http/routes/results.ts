/**
 * A completed job's result: spec, stack, metadata and the file manifest with signed URLs (valid 24 h,
 * the list cached 1 h so repeated reads are cheap and every URL handed out has ≥ 23 h left); one raw file;
 * the whole project as a ZIP, stored when the job was (jobs/runner.ts): a redirect to it where storage
 * serves its own URLs (S3), streamed from storage otherwise. 404 for unknown or others' jobs, 409 while
 * not complete.
 */
import { Router } from 'express';
import { notFound } from '../../errors.ts';
import type { Job, JobFile } from '../../jobs/job-types.ts';
import { fileKind } from '../../jobs/languages.ts';
import { jobLinks } from '../../jobs/views.ts';
import { zipKey, zipProject } from '../../jobs/zip.ts';
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
  /** Local signed URLs are paths of this server; S3's are absolute already. */
  const absolute = (url: string) => (url.startsWith('/') ? base + url : url);

  async function fileEntries(job: Job): Promise<FileEntry[]> {
    const key = `result-urls:${job.id}`;
    const cached = await services.cache.get<FileEntry[]>(key);
    if (cached) return cached;
    const files = await services.repo.files(job.id);
    const entries = await Promise.all(
      files.map(async (file: JobFile) => ({
        path: file.path,
        size: file.size,
        sha256: file.sha256,
        language: file.language,
        url: absolute(await services.storage.signedUrl(file.storageKey, file.path, URL_TTL_S)),
      })),
    );
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
    // Read before any header is set, so a storage error goes out as the usual JSON error.
    const content = await services.storage.get(file.storageKey);
    res.setHeader('Content-Type', fileKind(file.path).contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('ETag', `"${file.sha256}"`);
    // Generated HTML is user-influenced: never let it run as a page of this origin.
    res.setHeader('Content-Security-Policy', 'sandbox');
    res.send(content);
  });

  router.get('/api/results/:id/download', async (req, res) => {
    const job = await services.jobs.completedJob(req.owner, req.params.id);
    const slug = job.spec!.app.slug;
    const files = await services.repo.files(job.id);
    const { storage } = services;
    const key = zipKey(files, slug);
    if (storage.directDownloads) {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, await storage.signedUrl(key, `${slug}.zip`, URL_TTL_S));
      return;
    }
    // Results stored before ZIPs were kept have none: built from the files, as it would have been stored.
    const zip = (await storage.exists(key))
      ? await storage.stream(key)
      : zipProject(files, (file) => storage.stream(file.storageKey), slug);
    res.setHeader('Content-Type', 'application/zip');
    res.setHeader('Content-Disposition', `attachment; filename="${slug}.zip"`);
    zip.on('error', (error) => {
      req.log?.error({ err: error, jobId: job.id }, 'zip stream failed');
      res.destroy(error);
    });
    zip.pipe(res);
  });

  return router;
}
