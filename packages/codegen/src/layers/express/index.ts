import type { Layer } from '../../layer.ts';
import type { AppModel } from '../../model.ts';
import { authAppTestFile, authHelpersFile, authTestFile } from '../server-common/auth-test-files.ts';
import {
  authAppFile,
  authConfigFile,
  authRoutesFile,
  authServerEntryFile,
  docsRoutesFile,
  rateLimitFile,
  requestLoggingFile,
} from './auth-files.ts';
import {
  serverBuildTsconfig,
  serverDockerfile,
  serverEnvExample,
  serverPackageJson,
  serverTsconfig,
  vitestConfig,
} from './package-files.ts';
import {
  appFile,
  migrateCliFile,
  resourceFile,
  resourcesIndexFile,
  serverEntryFile,
} from './resource-files.ts';
import { configFile, crudRouterFile, errorsFile, resourceTypeFile } from './runtime-files.ts';
import { authSeedCliFile, seedCliFile, seedDataFile, seedFile } from './seed-files.ts';
import { appTestFile, entityTestFile, fixturesFile, helpersFile } from './test-files.ts';

/** The app, entry point, config and test helpers: plain, or with accounts (advanced). */
function* wiring(app: AppModel): Generator<readonly [string, string]> {
  if (!app.level.auth) {
    yield ['server/src/index.ts', serverEntryFile];
    yield ['server/src/app.ts', appFile(app.level.extras)];
    yield ['server/src/config.ts', configFile];
    yield ['server/test/helpers.ts', helpersFile];
    yield ['server/test/app.test.ts', appTestFile(app.level.extras)];
    return;
  }
  yield ['server/src/index.ts', authServerEntryFile];
  yield ['server/src/app.ts', authAppFile(app)];
  yield ['server/src/config.ts', authConfigFile];
  yield ['server/src/http/auth-routes.ts', authRoutesFile];
  yield ['server/src/http/rate-limit.ts', rateLimitFile];
  yield ['server/src/http/request-logging.ts', requestLoggingFile];
  yield ['server/src/http/docs-routes.ts', docsRoutesFile];
  yield ['server/test/helpers.ts', authHelpersFile];
  yield ['server/test/app.test.ts', authAppTestFile];
  yield ['server/test/auth.test.ts', authTestFile(app)];
}

/** Express 5 + TypeScript API: one generic CRUD router serving a resource description per entity. */
export const expressLayer: Layer = {
  name: 'express',
  *files(app) {
    const { auth, extras } = app.level;
    yield ['server/package.json', serverPackageJson(app)];
    yield ['server/tsconfig.json', serverTsconfig];
    yield ['server/tsconfig.build.json', serverBuildTsconfig];
    yield ['server/vitest.config.ts', vitestConfig];
    if (extras) yield ['server/Dockerfile', serverDockerfile];
    yield ['server/.env.example', serverEnvExample(app)];
    yield* wiring(app);
    yield ['server/src/errors.ts', errorsFile];
    yield ['server/src/migrate-cli.ts', migrateCliFile];
    if (extras) {
      yield ['server/src/seed.ts', seedFile(auth)];
      yield ['server/src/seed-cli.ts', auth ? authSeedCliFile : seedCliFile];
      yield ['server/src/seed-data.ts', seedDataFile(app)];
    }
    yield ['server/src/http/crud-router.ts', crudRouterFile];
    yield ['server/src/resources/resource.ts', resourceTypeFile(auth)];
    yield ['server/src/resources/index.ts', resourcesIndexFile(app)];
    for (const model of app.entities)
      yield [`server/src/resources/${model.file}.ts`, resourceFile(model, auth)];
    yield ['server/test/fixtures.ts', fixturesFile(app)];
    for (const model of app.entities) yield [`server/test/${model.file}.test.ts`, entityTestFile(model)];
  },
};
