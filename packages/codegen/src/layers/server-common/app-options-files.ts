/**
 * The backend-neutral wiring of an advanced project: the configuration of accounts, logging and rate
 * limits, app-options.ts that turns it into createApp's options, and source both backends' files share.
 */

/** An optional variable where an empty value (NAME= in .env) counts as unset. */
const optional = (schema: string) =>
  `z.preprocess((value) => (value === '' ? undefined : value), ${schema}.optional())`;

/** The level of the JSON log (pino): a variable of the accounts' below, and of a backend that logs without them. */
export const LOG_LEVEL_ENV =
  "LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),";

/** The variables of accounts, logging and rate limits, added to server/src/config.ts after PORT. */
export const AUTH_CONFIG_ENV = [
  "NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),",
  `SESSION_SECRET: ${optional("z.string().min(32, 'Use at least 32 random characters')")},`,
  'SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(8760).default(168),',
  `ADMIN_EMAIL: ${optional('z.string().trim().toLowerCase().pipe(z.email())')},`,
  `ADMIN_PASSWORD: ${optional('z.string().min(8)')},`,
  LOG_LEVEL_ENV,
  'RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(300),',
  'AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),',
];

/** server/src/app-options.ts: what createApp needs, from the configuration. */
export const appOptionsFile = `import { randomBytes } from 'node:crypto';
import type { AppOptions } from './app.js';
import type { Config } from './config.js';
import { createLogger } from './logger.js';

/** The app's options. Without SESSION_SECRET (development only), sessions end when the server restarts. */
export function appOptions(config: Config): AppOptions {
  if (config.NODE_ENV === 'production' && !config.SESSION_SECRET)
    throw new Error('Invalid configuration: SESSION_SECRET is required in production (at least 32 random characters)');
  return {
    session: {
      secret: config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
      ttlSeconds: config.SESSION_TTL_HOURS * 3600,
      secure: config.NODE_ENV === 'production',
    },
    adminEmail: config.ADMIN_EMAIL,
    rateLimit: { api: config.RATE_LIMIT_PER_MINUTE, auth: config.AUTH_RATE_LIMIT_PER_MINUTE },
    logger: createLogger(config.LOG_LEVEL),
  };
}
`;

/** The options interface of createApp, in each backend's server/src/app.ts. */
export const appOptionsInterfaceSource = `export interface AppOptions {
  session: SessionOptions;
  /** The admin's email; without it the first user to sign up is the admin. */
  adminEmail?: string;
  /** Requests per client and minute: every API route, and the stricter auth routes. */
  rateLimit: { api: number; auth: number };
  logger: Logger;
}
`;

/** How sessions are signed and sent, in each backend's server/src/http/auth-routes.ts. */
export const sessionOptionsSource = `export interface SessionOptions {
  secret: string;
  ttlSeconds: number;
  /** Send the cookie over HTTPS only (production). */
  secure: boolean;
}
`;

/** Swagger UI's page and its start script, in each backend's server/src/http/docs-routes.ts. */
export const swaggerUiPageSource = `const page = \`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>API docs</title>
    <link rel="stylesheet" href="/api/docs/swagger-ui.css" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js"></script>
    <script src="/api/docs/init.js"></script>
  </body>
</html>
\`;
const init = "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', withCredentials: true });\\n";`;

/**
 * The first part of an advanced server's entry point, the same on every backend: configuration, the
 * database and its migrations, the admin account; each backend's entry then listens and shuts down.
 */
export const authServerStartSource = `import { createApp } from './app.js';
import { appOptions } from './app-options.js';
import { createAccounts } from './auth/accounts.js';
import { loadConfig } from './config.js';
import { connect, connectOptions, describeDatabase, migrate } from './db/index.js';

// A .env file is optional; real environment variables win over it.
try {
  process.loadEnvFile();
} catch {}

const config = loadConfig();
const options = appOptions(config);
const { logger } = options;
const db = await connect(connectOptions(config));
const applied = await migrate(db);
if (applied.length > 0) logger.info({ applied }, 'applied migrations');
if (config.ADMIN_EMAIL && config.ADMIN_PASSWORD) {
  const admin = await createAccounts(db).ensureAdmin({ email: config.ADMIN_EMAIL, password: config.ADMIN_PASSWORD });
  logger.info({ userId: admin.id }, 'admin account ready');
}
if (!config.SESSION_SECRET) logger.warn('SESSION_SECRET is not set: sessions end when the server restarts');

`;
