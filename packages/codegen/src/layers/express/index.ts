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
import { crudRouterFile, errorsFile } from './runtime-files.ts';
import { helpersFile, serveSource } from './test-helpers.ts';

const EXPRESS_PACKAGES: FrameworkPackages = {
  dependencies: ['express'],
  devDependencies: ['@types/express'],
  accountsDependencies: ['pino-http'],
};

/** The app, entry point, config and test helper: plain, or with accounts (advanced). */
function* wiring(app: AppModel): Generator<readonly [string, string]> {
  if (!app.level.auth) {
    yield ['server/src/index.ts', serverEntryFile];
    yield ['server/src/app.ts', appFile(app.level.extras)];
    yield ['server/src/config.ts', configFile()];
    yield ['server/test/helpers.ts', helpersFile];
    return;
  }
  yield ['server/src/index.ts', authServerEntryFile];
  yield ['server/src/app.ts', authAppFile(app)];
  yield ['server/src/config.ts', configFile(AUTH_CONFIG_ENV)];
  yield ['server/src/app-options.ts', appOptionsFile];
  yield ['server/src/http/auth-routes.ts', authRoutesFile];
  yield ['server/src/http/rate-limit.ts', rateLimitFile];
  yield ['server/src/http/request-logging.ts', requestLoggingFile];
  yield ['server/src/http/docs-routes.ts', docsRoutesFile];
  yield ['server/test/helpers.ts', authHelpersFile(serveSource)];
}

/**
 * Express 5 + TypeScript API: one generic CRUD router serving a resource description per entity. The
 * files every backend shares come from server-common.
 */
export const expressLayer: Layer = {
  name: 'express',
  *files(app) {
    yield ['server/package.json', serverPackageJson(app, EXPRESS_PACKAGES)];
    if (app.level.extras) yield ['server/Dockerfile', serverDockerfile()];
    yield ['server/.env.example', serverEnvExample(app)];
    yield* wiring(app);
    yield ['server/src/errors.ts', errorsFile];
    yield ['server/src/http/crud-router.ts', crudRouterFile];
  },
};
