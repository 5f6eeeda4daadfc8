/**
 * Runs one job: queued → planning → generating → storing → completed, or failed. Each transition is a
 * conditional update (see JobRepository.transition), so a job cancelled meanwhile stops at the next
 * stage boundary. When a job finishes, the identical requests that waited for it finish too.
 */
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { FileTree } from '@appgen/codegen';
import type { Planner } from '@appgen/planner';
import type { AppSpec, Stack } from '@appgen/spec';
import type { Logger } from 'pino';
import { type BlobStorage, StorageUnavailableError } from '../adapters/storage.ts';
import type { Metrics } from '../metrics.ts';
import { resolveFollowers, settle, sweepOrphanedFollowers } from './followers.ts';
import {
  ACTIVE_STATUSES,
  isTerminal,
  type Job,
  type JobError,
  type JobFile,
  MAX_ATTEMPTS,
  type Stage,
} from './job-types.ts';
import type { KeyedMutex } from './keyed-mutex.ts';
import { fileKind } from './languages.ts';
import type { JobPatch, JobRepository, NewEvent } from './repository.ts';
import type { ResultIndex } from './result-index.ts';
import { completeFromSource } from './reuse-result.ts';
import { jobLinks } from './views.ts';
import { zipKey, zipProject } from './zip.ts';

const FILES_PER_BATCH = 50;

export interface RunnerDeps {
  repo: JobRepository;
  storage: BlobStorage;
  planner: Planner;
  generateFiles: (spec: AppSpec, stack: Stack) => FileTree;
  metrics: Metrics;
  logger: Logger;
  /** Serialises work on one prompt hash with submissions (single flight). */
  hashLocks: KeyedMutex;
  /** Finds (and remembers) the reusable result of a prompt hash. */
  results: ResultIndex;
  requeue: (jobId: string) => Promise<void>;
  /** Test hook: pause before each stage. */
  stageDelayMs?: number;
}

class Stopped extends Error {}

type Step = (from: Job['status'][], patch: JobPatch, events: NewEvent[], files?: JobFile[]) => Promise<Job>;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a failed job tells its caller: storage trouble has its own code, everything else is generic. */
function jobErrorOf(error: unknown): JobError {
  if (error instanceof StorageUnavailableError) {
    return {
      code: error.code,
      message:
        `The project was generated but could not be stored: ${error.message} Nothing of it was published; ` +
        'submit the prompt again once file storage answers (the server log names the bucket and the error).',
    };
  }
  return { code: 'GENERATION_FAILED', message: error instanceof Error ? error.message : String(error) };
}

export class JobRunner {
  constructor(private readonly deps: RunnerDeps) {}

  /** The queue's handler. Never throws: failures are recorded on the job. */
  async run(jobId: string): Promise<void> {
    const { repo, logger } = this.deps;
    const job = await repo.get(jobId);
    if (!job || isTerminal(job.status)) return;
    try {
      if ((await this.deps.hashLocks.run(job.promptHash, () => this.claim(jobId))) === 'generate') {
        await this.generate((await repo.get(jobId)) ?? job);
      }
    } catch (error) {
      logger.error({ jobId, err: error }, 'job failed before generating');
      await this.fail(job, error, {});
    } finally {
      // At-completion safety net for this hash (see followers.ts): normally finds nothing.
      await sweepOrphanedFollowers(this.deps, job.promptHash).catch(() => {});
    }
  }

  /**
   * Decides, under the hash lock, what a dequeued job does — so the decision cannot interleave with an
   * identical job finishing or a request attaching:
   * - a follower whose leader is still active waits (the leader resolves it);
   * - a follower whose leader completed is completed from it;
   * - a follower whose leader failed, was cancelled or is gone becomes the leader itself (visible to new
   *   identical requests), taking the other waiting followers with it;
   * - a job whose result is already cached is completed from it, and so are its followers;
   * - otherwise it generates.
   */
  private async claim(jobId: string): Promise<'generate' | 'done'> {
    const { repo } = this.deps;
    let job = await repo.get(jobId);
    if (!job || isTerminal(job.status)) return 'done';
    if (job.sourceJobId && job.status === 'queued') {
      const leader = await repo.get(job.sourceJobId);
      if (leader && !isTerminal(leader.status)) return 'done';
      if (leader?.status === 'completed' && !leader.cacheHit) {
        await this.completeAndResolve(job, leader);
        return 'done';
      }
      await repo.reassignFollowers(job.sourceJobId, job.id);
      job = (await repo.get(jobId))!;
    }
    if (job.status !== 'queued' && job.attempts >= MAX_ATTEMPTS) {
      await this.exhaust(job);
      return 'done';
    }
    const cached = await this.deps.results.find(job.promptHash);
    if (cached) {
      this.deps.metrics.cacheLookups.inc({ result: 'hit' });
      await this.completeAndResolve(job, cached);
      return 'done';
    }
    return 'generate';
  }

  /**
   * A job whose run was cut short MAX_ATTEMPTS times (the process died, or its worker was lost) is not
   * tried again: it fails with the reason, and so do its followers. Call under the hash lock.
   */
  private async exhaust(job: Job): Promise<void> {
    const error = {
      code: 'RETRIES_EXHAUSTED',
      message: `This job was interrupted while ${job.status}, ${job.attempts} times; it will not be tried again.`,
    };
    const failed = await this.deps.repo.transition(
      job.id,
      ACTIVE_STATUSES,
      { status: 'failed', stage: null, finishedAt: 'now', error },
      [{ type: 'failed', data: { status: 'failed', error } }],
      [],
      job.attempts,
    );
    if (failed) {
      this.deps.metrics.generations.inc({ outcome: 'failed' });
      await resolveFollowers(this.deps.repo, failed, this.deps.requeue);
    }
  }

  /** Completes `job` from `source`'s result, then its own followers from it. Call under the hash lock. */
  private async completeAndResolve(job: Job, source: Job): Promise<void> {
    const completed = await completeFromSource(this.deps.repo, job, source);
    if (completed) await resolveFollowers(this.deps.repo, completed, this.deps.requeue);
  }

  private async generate(job: Job): Promise<void> {
    const { repo, metrics, logger } = this.deps;
    const timings: Job['timings'] = {};
    const stage = async <T>(name: Stage, work: () => Promise<T> | T): Promise<T> => {
      if (this.deps.stageDelayMs) await sleep(this.deps.stageDelayMs);
      const started = performance.now();
      const result = await work();
      const ms = performance.now() - started;
      timings[name] = Math.round(ms * 100) / 100;
      metrics.stageDuration.observe({ stage: name }, ms / 1000);
      return result;
    };
    // Every write is fenced on the attempt it belongs to: if this job is run twice (a worker presumed dead
    // but still running, a queue that lost its state), the newer attempt wins and the older one stops.
    let fence = job.attempts;
    const step: Step = async (from, patch, events, files) => {
      const next = await repo.transition(job.id, from, { ...patch, timings }, events, files, fence);
      if (!next) throw new Stopped();
      return next;
    };
    try {
      const attempt = job.attempts + 1;
      await step(
        ACTIVE_STATUSES,
        {
          status: 'planning',
          stage: 'planning',
          progress: 5,
          attempts: attempt,
          startedAt: 'now',
          error: null,
        },
        [{ type: 'status', data: { status: 'planning', stage: 'planning', progress: 5, attempt } }],
      );
      fence = attempt;
      await repo.clearFiles(job.id);
      const plan = await stage('planning', () =>
        this.deps.planner.plan(job.prompt, {
          stack: job.options.stack,
          cacheKey: job.promptHash,
          ...(job.options.complexity ? { complexity: job.options.complexity } : {}),
        }),
      );
      const usage = {
        inputTokens: plan.usage?.inputTokens ?? 0,
        outputTokens: plan.usage?.outputTokens ?? 0,
        costUsd: plan.usage?.costUsd ?? 0,
      };
      // Tokens are the LLM's even when a fallback answered: they were spent on it.
      const spentBy = plan.fallback?.from ?? plan.planner;
      metrics.aiTokens.inc({ planner: spentBy, direction: 'input' }, usage.inputTokens);
      metrics.aiTokens.inc({ planner: spentBy, direction: 'output' }, usage.outputTokens);
      metrics.aiCost.inc({ planner: spentBy }, usage.costUsd);
      if (plan.fallback) logger.warn({ jobId: job.id, fallback: plan.fallback }, 'planner fell back');
      const { spec, warnings } = plan;
      await step(
        ['planning'],
        {
          status: 'generating',
          stage: 'generating',
          progress: 30,
          spec,
          planner: plan.planner,
          plannerReason: plan.fallback?.reason ?? null,
          warnings,
          usage,
        },
        [
          {
            type: 'status',
            data: { status: 'generating', stage: 'generating', progress: 30, appName: spec.app.name },
          },
        ],
      );
      const tree = await stage('generating', () => this.deps.generateFiles(spec, spec.stack));
      await step(['generating'], { status: 'storing', stage: 'storing', progress: 40 }, [
        {
          type: 'status',
          data: { status: 'storing', stage: 'storing', progress: 40, fileCount: tree.length },
        },
      ]);
      const totalBytes = await stage('storing', () => this.store(tree, spec.app.slug, step));
      const completed = await this.finish(job, () =>
        step(
          ['storing'],
          {
            status: 'completed',
            stage: null,
            progress: 100,
            fileCount: tree.length,
            totalBytes,
            finishedAt: 'now',
          },
          [
            {
              type: 'completed',
              data: {
                status: 'completed',
                progress: 100,
                cacheHit: false,
                fileCount: tree.length,
                totalBytes,
                resultUrl: jobLinks(job.id).resultUrl,
              },
            },
          ],
        ),
      );
      metrics.generations.inc({ outcome: 'completed' });
      // Outside the critical section: a cache write must not hold identical requests back.
      if (completed) await this.deps.results.remember(completed).catch(() => {});
    } catch (error) {
      if (error instanceof Stopped) {
        logger.info({ jobId: job.id }, 'job stopped: cancelled or finished elsewhere');
        return;
      }
      const storage = error instanceof StorageUnavailableError ? error.detail : undefined;
      logger.error({ jobId: job.id, err: error, storage }, 'job failed');
      await this.fail(job, error, timings, fence);
    }
  }

  /**
   * Records the failure (and fails the followers); a job finished meanwhile, or taken over by a newer
   * attempt (`attempt`), stays as it is.
   */
  private async fail(job: Job, error: unknown, timings: Job['timings'], attempt?: number): Promise<void> {
    const { repo, metrics } = this.deps;
    const jobError = jobErrorOf(error);
    const failed = await this.finish(job, () =>
      repo.transition(
        job.id,
        ACTIVE_STATUSES,
        {
          status: 'failed',
          stage: null,
          finishedAt: 'now',
          error: jobError,
          timings,
        },
        [{ type: 'failed', data: { status: 'failed', error: jobError } }],
        [],
        attempt,
      ),
    );
    if (failed) metrics.generations.inc({ outcome: 'failed' });
  }

  /**
   * Stores every file (content-addressed) and records them in batches, each with its `file` events; then
   * the project's ZIP. The job is completed only after this returns, so a result is never missing a file
   * or its ZIP; a failure here fails the job, and a failed job shows no result.
   */
  private async store(tree: FileTree, folder: string, step: Step): Promise<number> {
    let totalBytes = 0;
    const stored: JobFile[] = [];
    const contents = new Map<string, Buffer>();
    for (let start = 0; start < tree.length; start += FILES_PER_BATCH) {
      // A batch is stored in parallel: the writes are independent, and storage latency (disk, S3) dominates.
      const batch: JobFile[] = await Promise.all(
        tree.slice(start, start + FILES_PER_BATCH).map(async (file) => {
          const content = Buffer.from(file.content, 'utf8');
          contents.set(file.path, content);
          const blob = await this.deps.storage.put(content);
          totalBytes += blob.size;
          return {
            path: file.path,
            size: blob.size,
            sha256: blob.sha256,
            storageKey: blob.key,
            language: fileKind(file.path).language,
          };
        }),
      );
      const done = start + batch.length;
      const progress = 40 + Math.floor((55 * done) / tree.length);
      await step(
        ['storing'],
        { progress },
        [
          ...batch.map((file) => ({
            type: 'file' as const,
            data: { path: file.path, size: file.size, sha256: file.sha256, language: file.language },
          })),
          {
            type: 'progress',
            data: { stage: 'storing', progress, filesStored: done, fileCount: tree.length },
          },
        ],
        batch,
      );
      stored.push(...batch);
    }
    // Built from memory, not read back from storage.
    const zip = await buffer(zipProject(stored, (file) => Readable.from(contents.get(file.path)!), folder));
    await this.deps.storage.putAs(zipKey(stored, folder), zip);
    return totalBytes;
  }

  /**
   * The terminal write and the followers' resolution, as one critical section under the hash lock (see
   * followers.ts `settle`), so no follower is missed. Returns the finished job, or null when the write did
   * not apply (cancelled or finished elsewhere meanwhile).
   */
  private finish(job: Job, write: () => Promise<Job | null>): Promise<Job | null> {
    return settle(this.deps, job.promptHash, write);
  }
}
