/**
 * Builds the server's parts from the configuration: each adapter's embedded default unless the
 * environment names a production one (DATABASE_URL, REDIS_URL, S3_BUCKET), then the job service and
 * runner on top. Migrations run here, before anything else. `start` begins processing jobs when this
 * process is a worker (the in-process one of `appgen serve` without Redis, or `appgen worker`): it puts
 * unfinished jobs back on the queue, and with a shared queue keeps doing so for jobs the queue lost.
 * `stop` lets running jobs finish, bounded.
 */
import { join, resolve } from 'node:path';
import { generate } from '@appgen/codegen';
import { createPlanner, type Planner, type PlannerSetup } from '@appgen/planner';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Cache } from './adapters/cache.ts';
import { connectDb, type Db } from './adapters/db.ts';
import type { EventBus } from './adapters/events.ts';
import { connectMessaging } from './adapters/messaging.ts';
import { migrate } from './adapters/migrate.ts';
import type { JobQueue } from './adapters/queue.ts';
import { S3BlobStorage } from './adapters/s3-storage.ts';
import { loadOrCreateSecret, UrlSigner } from './adapters/signing.ts';
import { type BlobStorage, LocalBlobStorage } from './adapters/storage.ts';
import type { Config } from './config.ts';
import { generatorVersion } from './generator-version.ts';
import { sweepOrphanedFollowers } from './jobs/followers.ts';
import { KeyedMutex } from './jobs/keyed-mutex.ts';
import { recoverJobs } from './jobs/recovery.ts';
import { JobRepository } from './jobs/repository.ts';
import { ResultIndex } from './jobs/result-index.ts';
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
  /**
   * Whether this process runs jobs. Default: yes, unless REDIS_URL is set — then `appgen serve` is API only
   * and `appgen worker` processes run the jobs.
   */
  processJobs?: boolean;
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
  /** Redis commands (rate limits, health), when REDIS_URL is set. */
  redis: Redis | undefined;
  /** Whether this process runs jobs. */
  processesJobs: boolean;
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
  const messaging = await connectMessaging(config, logger);
  const { cache, events, queue } = messaging;
  const metrics = createMetrics();
  let statusCache: StatusCache | undefined;
  const repo = new JobRepository(db, (job, written) => {
    void statusCache?.remember(job);
    for (const event of written) events.publish(event);
  });
  statusCache = new StatusCache(cache, repo);
  bindMetricSources(metrics, { jobsByStatus: () => repo.countByStatus(), queueDepth: () => queue.depth() });
  const hashLocks = new KeyedMutex();
  const results = new ResultIndex(cache, repo);
  const requeue = (jobId: string) => queue.enqueue(jobId);
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
    results,
    requeue,
    stageDelayMs: config.testStageDelayMs,
  });
  const jobs = new JobService({
    repo,
    queue,
    metrics,
    hashLocks,
    results,
    generatorVersion: version,
    // Offline plans spend no tokens, so the budget only means something with an LLM.
    dailyTokenBudget: config.planner.llm ? config.dailyTokenBudget : 0,
    logger,
  });
  const processesJobs = overrides.processJobs ?? !messaging.shared;
  const timers: NodeJS.Timeout[] = [];
  const sweep = exclusive(
    () => sweepOrphanedFollowers({ repo, hashLocks, requeue, logger }),
    (error) => logger.error({ err: error }, 'follower sweep failed'),
  );
  const isQueued = queue.isQueued?.bind(queue);
  const reconcile = exclusive(
    () => recoverJobs(repo, requeue, logger, isQueued),
    (error) => logger.warn({ err: error }, 'queue reconcile failed'),
  );
  const every = (ms: number, task: () => unknown) => {
    const timer = setInterval(task, ms);
    timer.unref();
    timers.push(timer);
  };

  return {
    config,
    logger,
    db,
    storage,
    cache,
    events,
    queue,
    redis: messaging.redis,
    processesJobs,
    repo,
    statusCache,
    jobs,
    runner,
    metrics,
    generatorVersion: version,
    planner,
    plannerSetup,
    async start() {
      if (!processesJobs) return;
      queue.process((jobId) => runner.run(jobId));
      await reconcile.run();
      await sweep.run();
      every(overrides.followerSweepMs ?? FOLLOWER_SWEEP_MS, sweep.run);
      // Jobs whose handler gave up (the database was away) or that the shared queue lost go back on it.
      every(config.queueReconcileMs, reconcile.run);
    },
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all([sweep.running(), reconcile.running()]);
      const finished = await queue.close(config.shutdownTimeoutMs);
      await events.close();
      await messaging.close();
      configured.close?.();
      if (!overrides.db) await db.close();
      return finished;
    },
  };
}

/** A background task that never runs twice at once and reports its failure instead of throwing. */
function exclusive(task: () => Promise<unknown>, onError: (error: unknown) => void) {
  let current: Promise<void> | undefined;
  return {
    run: (): Promise<void> =>
      (current ??= task()
        .then(() => {})
        .catch(onError)
        .finally(() => {
          current = undefined;
        })),
    running: () => current,
  };
}
