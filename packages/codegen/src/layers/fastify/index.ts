import type { Layer } from '../../layer.ts';
import type { AppModel } from '../../model.ts';
import { AUTH_CONFIG_ENV, appOptionsFile } from '../server-common/app-options-files.ts';
import { authHelpersFile } from '../server-common/auth-test-files.ts';
import {
  type FrameworkPackages,
  serverDockerfile,
  serverEnvExample,
  serverPackageJson,
} from '../server-common/package-files.ts';
import { configFile } from '../server-common/runtime-files.ts';
import { appFile, serverEntryFile } from './app-files.ts';
import {
  authAppFile,
  authRoutesFile,
  authServerEntryFile,
  docsRoutesFile,
  rateLimitFile,
  requestLoggingFile,
} from './auth-files.ts';
import { crudRoutesFile, errorsFile } from './runtime-files.ts';
import { helpersFile, serveSource } from './test-helpers.ts';

const FASTIFY_PACKAGES: FrameworkPackages = { dependencies: ['fastify'], devDependencies: [] };

const HOST_ENV = "HOST: z.string().min(1).default('localhost'),";
const LOG_LEVEL_ENV =
  "LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),";

const HOST_EXAMPLE = `# Address the API listens on: localhost in development, 0.0.0.0 in a container (the Dockerfile sets it).
HOST=localhost
`;
const LOG_LEVEL_EXAMPLE = `# Level of the JSON log (pino): fatal, error, warn, info, debug, trace or silent.
LOG_LEVEL=info
`;

const DOCKER_RUN_ENV = `# Fastify listens on localhost unless told otherwise; in a container it must listen on every interface.
ENV HOST=0.0.0.0
`;

/**
 * The app, entry point, config and test helper: plain, or with accounts (advanced). Where Fastify listens
 * is its own variable; the log level is too, unless the accounts' variables (advanced) bring it.
 */
function* wiring(app: AppModel): Generator<readonly [string, string]> {
  if (!app.level.auth) {
    yield ['server/src/index.ts', serverEntryFile];
    yield ['server/src/app.ts', appFile(app.level.extras)];
    yield ['server/src/config.ts', configFile([HOST_ENV, LOG_LEVEL_ENV])];
    yield ['server/test/helpers.ts', helpersFile];
    return;
  }
  yield ['server/src/index.ts', authServerEntryFile];
  yield ['server/src/app.ts', authAppFile(app)];
  yield ['server/src/config.ts', configFile([HOST_ENV, ...AUTH_CONFIG_ENV])];
  yield ['server/src/app-options.ts', appOptionsFile];
  yield ['server/src/http/auth-routes.ts', authRoutesFile];
  yield ['server/src/http/rate-limit.ts', rateLimitFile];
  yield ['server/src/http/request-logging.ts', requestLoggingFile];
  yield ['server/src/http/docs-routes.ts', docsRoutesFile];
  yield ['server/test/helpers.ts', authHelpersFile(serveSource)];
}

/**
 * Fastify 5 + TypeScript API: one CRUD route plugin, registered per entity under /api/{slug}, serving the
 * same REST contract as the Express layer. The files every backend shares come from server-common.
 */
export const fastifyLayer: Layer = {
  name: 'fastify',
  *files(app) {
    yield ['server/package.json', serverPackageJson(app, FASTIFY_PACKAGES)];
    if (app.level.extras) yield ['server/Dockerfile', serverDockerfile(DOCKER_RUN_ENV)];
    const envLines = app.level.auth ? HOST_EXAMPLE : HOST_EXAMPLE + LOG_LEVEL_EXAMPLE;
    yield ['server/.env.example', serverEnvExample(app, envLines)];
    yield* wiring(app);
    yield ['server/src/errors.ts', errorsFile];
    yield ['server/src/http/crud-routes.ts', crudRoutesFile];
  },
};
