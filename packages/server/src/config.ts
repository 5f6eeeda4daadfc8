/**
 * Configuration from environment variables, parsed once at start with zod. A bad value stops the process
 * with a message naming the variable; nothing else in the server reads `process.env`.
 */
import { createHash } from 'node:crypto';
import { LLM_VARIABLES, LlmConfigError, type PlannerConfig, parseLlmEnv } from '@appgen/planner';
import * as z from 'zod';

const int = (fallback: number, min = 0, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();
const commaList = z
  .string()
  .default('')
  .transform((value) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: int(3000, 0, 65_535),
  HOST: z.string().default('0.0.0.0'),
  APPGEN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  DB_POOL_SIZE: int(10, 1, 200),
  /** Redis: shared cache, rate limits and live events, and the BullMQ queue that separate workers take jobs from. */
  REDIS_URL: optionalText.pipe(z.url({ protocol: /^rediss?$/ }).optional()),
  /** Prefix of every Redis key and channel, so deployments (or tests) can share one Redis. */
  REDIS_PREFIX: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,40}$/i)
    .default('appgen'),
  /** Jobs one process runs at once (the in-process queue, or one `appgen worker`). */
  QUEUE_CONCURRENCY: int(2, 1, 64),
  /** BullMQ job lock: a dead worker's jobs are taken over after about this long. */
  QUEUE_LOCK_MS: int(30_000, 1_000, 600_000),
  /** How often workers put back jobs the queue lost (a Redis restart without persistence). */
  QUEUE_RECONCILE_MS: int(10_000, 500, 600_000),
  /** "key=owner" or a bare key (its owner is derived from its hash), comma-separated. */
  APPGEN_API_KEYS: commaList,
  APPGEN_SIGNING_SECRET: optionalText.pipe(z.string().min(16).optional()),
  RATE_LIMIT_GENERATE_PER_MIN: int(10, 1),
  RATE_LIMIT_READ_PER_MIN: int(600, 1),
  CORS_ORIGINS: commaList,
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  APPGEN_PUBLIC_URL: optionalText.pipe(z.url().optional()),
  /** Express "trust proxy": unset (no proxy), a hop count, or a comma list of proxy addresses. */
  TRUST_PROXY: optionalText,
  SHUTDOWN_TIMEOUT_MS: int(10_000, 0),
  SSE_HEARTBEAT_MS: int(15_000, 10),
  /** Tokens (in + out) each caller may spend on the LLM per UTC day; 0 = no limit. */
  APPGEN_DAILY_TOKEN_BUDGET: int(0, 0),
  /** S3 storage instead of the data folder; credentials come from the AWS SDK's standard chain. */
  S3_BUCKET: optionalText.pipe(
    z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'not an S3 bucket name')
      .optional(),
  ),
  S3_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  /** The endpoint browsers reach, when it differs from S3_ENDPOINT: presigned URLs are signed for it. */
  S3_PUBLIC_ENDPOINT: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  S3_REGION: optionalText.pipe(z.string().default('us-east-1')),
  S3_FORCE_PATH_STYLE: optionalText.pipe(z.stringbool().default(false)),
  S3_PREFIX: optionalText.pipe(
    z
      .string()
      .regex(/^[\w./-]+$/, 'letters, digits and . _ - / only')
      .refine((prefix) => !prefix.split('/').includes('..'), 'no ".." segments')
      .optional(),
  ),
  /** Test hook: a pause before each job stage, so a test can stop the server mid-job. */
  APPGEN_TEST_STAGE_DELAY_MS: int(0, 0, 60_000),
});

/** Every variable the service reads (its own and the planner's); the AWS SDK reads AWS_* itself. */
export const CONFIG_VARIABLES: readonly string[] = [...Object.keys(envSchema.shape), ...LLM_VARIABLES];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  dbPoolSize: number;
  redisUrl: string | undefined;
  redisPrefix: string;
  queueConcurrency: number;
  queueLockMs: number;
  queueReconcileMs: number;
  /** API key → owner. */
  apiKeys: Map<string, string>;
  signingSecret: string | undefined;
  rateLimits: { generatePerMin: number; readPerMin: number };
  corsOrigins: string[];
  logLevel: (typeof LOG_LEVELS)[number];
  publicUrl: string | undefined;
  /** Passed to Express, so anonymous callers are told apart by their real address behind a proxy. */
  trustProxy: number | string | false;
  shutdownTimeoutMs: number;
  sseHeartbeatMs: number;
  testStageDelayMs: number;
  /** The planner: offline, or an LLM (OPENAI_* and APPGEN_PLANNER, parsed by @appgen/planner). */
  planner: PlannerConfig;
  dailyTokenBudget: number;
  /** S3 storage, when S3_BUCKET is set; the data folder's blobs otherwise. */
  s3: S3Config | null;
}

export interface S3Config {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  publicEndpoint: string | undefined;
  forcePathStyle: boolean;
  /** '' or ending in '/'. */
  prefix: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: string[]) {
    super(`invalid configuration:\n${issues.map((issue) => `  ${issue}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

function parseApiKeys(entries: string[], ownerOf: (key: string) => string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const entry of entries) {
    const at = entry.indexOf('=');
    const key = at === -1 ? entry : entry.slice(0, at);
    const owner = at === -1 ? ownerOf(key) : entry.slice(at + 1);
    if (key.length < 16 || !owner) {
      throw new ConfigError([
        'APPGEN_API_KEYS: each key must be at least 16 characters, as "key" or "key=owner"',
      ]);
    }
    keys.set(key, owner);
  }
  return keys;
}

/** Parses `env` (process.env by default). Throws ConfigError naming every bad variable. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  ownerOfKey: (key: string) => string = (key) =>
    `key:${createHash('sha256').update(key).digest('hex').slice(0, 12)}`,
): Config {
  const parsed = envSchema.safeParse(env);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.')}: ${issue.message} (got ${JSON.stringify(env[String(issue.path[0])])})`,
      );
  let planner: PlannerConfig = { llm: null };
  try {
    planner = parseLlmEnv(env);
  } catch (error) {
    if (!(error instanceof LlmConfigError)) throw error;
    issues.push(...error.issues);
  }
  if (parsed.success && parsed.data.REDIS_URL && !parsed.data.DATABASE_URL) {
    issues.push(
      'REDIS_URL: with a shared queue, API instances and workers must share one PostgreSQL database; set DATABASE_URL too (the embedded PGlite is for a single process)',
    );
  }
  if (parsed.success) issues.push(...s3WithoutBucket(env));
  if (!parsed.success || issues.length > 0) throw new ConfigError(issues);
  const e = parsed.data;
  return {
    planner,
    dailyTokenBudget: e.APPGEN_DAILY_TOKEN_BUDGET,
    port: e.PORT,
    host: e.HOST,
    dataDir: e.APPGEN_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    dbPoolSize: e.DB_POOL_SIZE,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX,
    queueConcurrency: e.QUEUE_CONCURRENCY,
    queueLockMs: e.QUEUE_LOCK_MS,
    queueReconcileMs: e.QUEUE_RECONCILE_MS,
    apiKeys: parseApiKeys(e.APPGEN_API_KEYS, ownerOfKey),
    signingSecret: e.APPGEN_SIGNING_SECRET,
    rateLimits: { generatePerMin: e.RATE_LIMIT_GENERATE_PER_MIN, readPerMin: e.RATE_LIMIT_READ_PER_MIN },
    corsOrigins: e.CORS_ORIGINS,
    logLevel: e.LOG_LEVEL,
    publicUrl: e.APPGEN_PUBLIC_URL,
    trustProxy:
      e.TRUST_PROXY === undefined
        ? false
        : /^\d+$/.test(e.TRUST_PROXY)
          ? Number(e.TRUST_PROXY)
          : e.TRUST_PROXY,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    sseHeartbeatMs: e.SSE_HEARTBEAT_MS,
    testStageDelayMs: e.APPGEN_TEST_STAGE_DELAY_MS,
    s3: e.S3_BUCKET
      ? {
          bucket: e.S3_BUCKET,
          region: e.S3_REGION,
          endpoint: e.S3_ENDPOINT,
          publicEndpoint: e.S3_PUBLIC_ENDPOINT,
          forcePathStyle: e.S3_FORCE_PATH_STYLE,
          prefix: keyPrefix(e.S3_PREFIX),
        }
      : null,
  };
}

/** 'a/b/' from 'a/b', '/a/b/' or 'a/b/'; '' for none. */
function keyPrefix(prefix: string | undefined): string {
  const trimmed = prefix?.replace(/^\/+|\/+$/g, '') ?? '';
  return trimmed ? `${trimmed}/` : '';
}

/** S3 settings without a bucket are most likely a bucket forgotten: files would silently stay local. */
function s3WithoutBucket(env: Record<string, string | undefined>): string[] {
  if (env.S3_BUCKET?.trim()) return [];
  return ['S3_ENDPOINT', 'S3_PUBLIC_ENDPOINT', 'S3_FORCE_PATH_STYLE', 'S3_PREFIX']
    .filter((name) => env[name]?.trim())
    .map(
      (name) => `${name}: set, but S3_BUCKET is not; set S3_BUCKET to store files in S3, or unset ${name}`,
    );
}
