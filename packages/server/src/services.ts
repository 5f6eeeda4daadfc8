/**
 * Builds the server's parts from the configuration: each adapter's embedded default unless the
 * environment names a production one (DATABASE_URL, S3_BUCKET; Redis and BullMQ later), then the job
 * service and runner on top. `start` migrates nothing (that happens here, before anything else runs),
 * it recovers unfinished jobs and starts the worker; `stop` lets running jobs finish, bounded.
 */
import { join, resolve } from 'node:path';
import { generate } from '@appgen/codegen';
import { createPlanner, type Planner, type PlannerSetup } from '@appgen/planner';
import type { Logger } from 'pino';
import { type Cache, MemoryCache } from './adapters/cache.ts';
import { connectDb, type Db } from './adapters/db.ts';
import { type EventBus, LocalEventBus } from './adapters/events.ts';
import { migrate } from './adapters/migrate.ts';
import { InProcessQueue, type JobQueue } from './adapters/queue.ts';
import { S3BlobStorage } from './adapters/s3-storage.ts';
import { loadOrCreateSecret, UrlSigner } from './adapters/signing.ts';
import { type BlobStorage, LocalBlobStorage } from './adapters/storage.ts';
import type { Config } from './config.ts';
import { generatorVersion } from './generator-version.ts';
import { sweepOrphanedFollowers } from './jobs/followers.ts';
import { KeyedMutex } from './jobs/keyed-mutex.ts';
import { recoverJobs } from './jobs/recovery.ts';
import { JobRepository } from './jobs/repository.ts';
import { JobRunner, type RunnerDeps } from './jobs/runner.ts';
import { JobService } from './jobs/service.ts';
import { StatusCache } from './jobs/status-cache.ts';
import { createLogger } from './logger.ts';
import { bindMetricSources, bindPlannerCircuit, createMetrics, type Metrics } from './metrics.ts';

/** Parts a test (or a later production wiring) may hand in instead of the defaults. */
export interface ServiceOverrides {
  db?: Db;
  logger?: Logger;
  /** Wraps the configured planner (tests count calls or hold jobs with it). */
  wrapPlanner?: (planner: Planner) => Planner;
  generateFiles?: RunnerDeps['generateFiles'];
  /** Wraps the configured storage (tests make it fail part way). */
  wrapStorage?: (storage: BlobStorage) => BlobStorage;
  /** How often the follower sweep runs (ms); see jobs/followers.ts. */
  followerSweepMs?: number;
}

/** The periodic safety net for followers left waiting behind a finished leader (jobs/followers.ts). */
export const FOLLOWER_SWEEP_MS = 5_000;

export interface Services {
  config: Config;
  logger: Logger;
  db: Db;
  storage: BlobStorage;
  cache: Cache;
  events: EventBus;
  queue: JobQueue;
  repo: JobRepository;
  statusCache: StatusCache;
  jobs: JobService;
  runner: JobRunner;
  metrics: Metrics;
  generatorVersion: string;
  planner: Planner;
  /** The LLM's circuit and model, when one is configured. */
  plannerSetup: PlannerSetup;
  start(): Promise<void>;
  /** True when every running job finished within the timeout (the rest are retried at next start). */
  stop(): Promise<boolean>;
}

export async function createServices(config: Config, overrides: ServiceOverrides = {}): Promise<Services> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const dataDir = resolve(config.dataDir);
  const db =
    overrides.db ??
    (await connectDb({
      databaseUrl: config.databaseUrl,
      dataDir: join(dataDir, 'pglite'),
      poolSize: config.dbPoolSize,
    }));
  try {
    await migrate(db);
  } catch (error) {
    if (!overrides.db) await db.close();
    throw error;
  }
  const configured: BlobStorage = config.s3
    ? new S3BlobStorage(config.s3)
    : new LocalBlobStorage(
        join(dataDir, 'blobs'),
        new UrlSigner(config.signingSecret ?? loadOrCreateSecret(dataDir)),
      );
  const storage = overrides.wrapStorage?.(configured) ?? configured;
  const cache = new MemoryCache();
  const events = new LocalEventBus();
  const metrics = createMetrics();
  let statusCache: StatusCache | undefined;
  const repo = new JobRepository(db, (job, written) => {
    void statusCache?.remember(job);
    for (const event of written) events.publish(event);
  });
  statusCache = new StatusCache(cache, repo);
  const queue = new InProcessQueue(config.queueConcurrency, (jobId, error) =>
    logger.error({ jobId, err: error }, 'job handler crashed'),
  );
  bindMetricSources(metrics, { jobsByStatus: () => repo.countByStatus(), queueDepth: () => queue.depth() });
  const hashLocks = new KeyedMutex();
  const plannerSetup = createPlanner(config.planner, {
    cachedSpec: (promptHash) => repo.findLlmSpec(promptHash),
    onFallback: (event) => metrics.plannerFallbacks.inc({ ...event }),
  });
  bindPlannerCircuit(metrics, plannerSetup);
  const planner = overrides.wrapPlanner?.(plannerSetup.planner) ?? plannerSetup.planner;
  const version = generatorVersion();
  const runner = new JobRunner({
    repo,
    storage,
    planner,
    generateFiles: overrides.generateFiles ?? ((spec, stack) => generate(spec, stack)),
    metrics,
    logger,
    hashLocks,
    requeue: (jobId) => queue.enqueue(jobId),
    stageDelayMs: config.testStageDelayMs,
  });
  const jobs = new JobService({
    repo,
    queue,
    metrics,
    hashLocks,
    generatorVersion: version,
    // Offline plans spend no tokens, so the budget only means something with an LLM.
    dailyTokenBudget: config.planner.llm ? config.dailyTokenBudget : 0,
    logger,
  });
  const requeue = (jobId: string) => queue.enqueue(jobId);
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweeping: Promise<void> | undefined;
  const sweep = () =>
    (sweeping ??= sweepOrphanedFollowers({ repo, hashLocks, requeue, logger })
      .then(() => {})
      .catch((error: unknown) => logger.error({ err: error }, 'follower sweep failed'))
      .finally(() => {
        sweeping = undefined;
      }));

  return {
    config,
    logger,
    db,
    storage,
    cache,
    events,
    queue,
    repo,
    statusCache,
    jobs,
    runner,
    metrics,
    generatorVersion: version,
    planner,
    plannerSetup,
    async start() {
      queue.process((jobId) => runner.run(jobId));
      await recoverJobs(repo, requeue, logger, hashLocks);
      await sweep();
      sweepTimer = setInterval(() => void sweep(), overrides.followerSweepMs ?? FOLLOWER_SWEEP_MS);
      sweepTimer.unref();
    },
    async stop() {
      clearInterval(sweepTimer);
      await sweeping;
      const finished = await queue.close(config.shutdownTimeoutMs);
      configured.close?.();
      if (!overrides.db) await db.close();
      return finished;
    },
  };
}
