/**
 * The shape every backend layer has: package files, the error handling and CRUD routes, and the app, entry
 * point, config and test helper, plain or with accounts (advanced). A backend passes in its own files and
 * variables; where they go, and what server-common adds beside them, is decided here once.
 */
import type { Layer } from '../../layer.ts';
import type { AppModel } from '../../model.ts';
import { AUTH_CONFIG_ENV, appOptionsFile } from './app-options-files.ts';
import { authHelpersFile } from './auth-test-files.ts';
import {
  type FrameworkPackages,
  serverDockerfile,
  serverEnvExample,
  serverPackageJson,
} from './package-files.ts';
import { configFile } from './runtime-files.ts';

/** A backend's own variables: lines of config.ts's zod object (after PORT) and their .env.example text. */
export interface BackendEnv {
  config: string[];
  example: string;
}

export interface BackendFiles {
  name: string;
  packages: FrameworkPackages;
  /** Lines (comments, ENV) the Dockerfile's run stage adds. */
  dockerRunEnv?: string;
  /** server/src/errors.ts */
  errorsFile: string;
  /** The CRUD routes every entity is served by: path and content. */
  crudRoutes: readonly [path: string, content: string];
  /** Simple and standard. */
  plain: {
    env?: BackendEnv;
    entryFile: string;
    /** server/src/app.ts; the dashboard's record counts come with the extras. */
    appFile(extras: boolean): string;
    /** server/test/helpers.ts */
    helpersFile: string;
  };
  /** Advanced: variables before the accounts' own, and the routes and middleware that use server-common's accounts. */
  accounts: {
    env?: BackendEnv;
    entryFile: string;
    appFile(app: AppModel): string;
    authRoutesFile: string;
    rateLimitFile: string;
    requestLoggingFile: string;
    docsRoutesFile: string;
    /** serve() in the shared test helper. */
    serveSource: string;
  };
}

/** The app, entry point, config and test helper: plain, or with accounts (advanced). */
function* wiring(backend: BackendFiles, app: AppModel): Generator<readonly [string, string]> {
  if (!app.level.auth) {
    const { env, entryFile, appFile, helpersFile } = backend.plain;
    yield ['server/src/index.ts', entryFile];
    yield ['server/src/app.ts', appFile(app.level.extras)];
    yield ['server/src/config.ts', configFile(env?.config)];
    yield ['server/test/helpers.ts', helpersFile];
    return;
  }
  const { accounts } = backend;
  yield ['server/src/index.ts', accounts.entryFile];
  yield ['server/src/app.ts', accounts.appFile(app)];
  yield ['server/src/config.ts', configFile([...(accounts.env?.config ?? []), ...AUTH_CONFIG_ENV])];
  yield ['server/src/app-options.ts', appOptionsFile];
  yield ['server/src/http/auth-routes.ts', accounts.authRoutesFile];
  yield ['server/src/http/rate-limit.ts', accounts.rateLimitFile];
  yield ['server/src/http/request-logging.ts', accounts.requestLoggingFile];
  yield ['server/src/http/docs-routes.ts', accounts.docsRoutesFile];
  yield ['server/test/helpers.ts', authHelpersFile(accounts.serveSource)];
}

export function backendLayer(backend: BackendFiles): Layer {
  return {
    name: backend.name,
    *files(app) {
      const env = app.level.auth ? backend.accounts.env : backend.plain.env;
      yield ['server/package.json', serverPackageJson(app, backend.packages)];
      if (app.level.extras) yield ['server/Dockerfile', serverDockerfile(backend.dockerRunEnv)];
      yield ['server/.env.example', serverEnvExample(app, env?.example)];
      yield* wiring(backend, app);
      yield ['server/src/errors.ts', backend.errorsFile];
      yield backend.crudRoutes;
    },
  };
}
