/**
 * `appgen worker`: a process that only runs jobs, taking them from the shared BullMQ queue (REDIS_URL
 * required). Run as many as the load needs, on any machine that reaches PostgreSQL, Redis and the blob
 * storage. SIGTERM lets running jobs finish (bounded by SHUTDOWN_TIMEOUT_MS); a job cut short is taken
 * over by another worker once its lock expires.
 */
import { type Config, ConfigError } from './config.ts';
import { createServices, type Services } from './services.ts';

export interface RunningWorker {
  services: Services;
  close(): Promise<boolean>;
}

export async function startWorker(config: Config): Promise<RunningWorker> {
  if (!config.redisUrl) {
    throw new ConfigError([
      'REDIS_URL: `appgen worker` takes jobs from the shared queue in Redis; set REDIS_URL (without it, `appgen serve` runs jobs itself)',
    ]);
  }
  const services = await createServices(config, { processJobs: true });
  await services.start();
  let closing: Promise<boolean> | undefined;
  return {
    services,
    close: () => (closing ??= services.stop()),
  };
}
