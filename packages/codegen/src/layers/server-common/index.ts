/**
 * What every backend's server/ shares, written once: TypeScript and test configuration, the resource
 * description per entity, the migrate and seed commands with their sample data, and the API tests. A
 * backend layer adds its app, routes, error handling, entry point, test helper and package files. Seed data
 * comes with the extras (beyond simple); accounts' tests at advanced (see accounts-layer.ts for the rest).
 */
import type { Layer } from '../../layer.ts';
import { authAppTestFile, authTestFile, firstAdminTestFile } from './auth-test-files.ts';
import { migrateCliFile } from './cli-files.ts';
import { serverBuildTsconfig, serverTsconfig, vitestConfig } from './package-files.ts';
import { resourceFile, resourcesIndexFile } from './resource-files.ts';
import { resourceTypeFile } from './runtime-files.ts';
import { authSeedCliFile, seedCliFile, seedDataFile, seedFile } from './seed-files.ts';
import { appTestFile, entityTestFile, fixturesFile } from './test-files.ts';

export const serverCommonLayer: Layer = {
  name: 'server-common',
  *files(app) {
    const { auth, extras } = app.level;
    yield ['server/tsconfig.json', serverTsconfig];
    yield ['server/tsconfig.build.json', serverBuildTsconfig];
    yield ['server/vitest.config.ts', vitestConfig];
    yield ['server/src/migrate-cli.ts', migrateCliFile];
    if (extras) {
      yield ['server/src/seed.ts', seedFile(auth)];
      yield ['server/src/seed-cli.ts', auth ? authSeedCliFile : seedCliFile];
      yield ['server/src/seed-data.ts', seedDataFile(app)];
    }
    yield ['server/src/resources/resource.ts', resourceTypeFile(auth)];
    yield ['server/src/resources/index.ts', resourcesIndexFile(app)];
    for (const model of app.entities)
      yield [`server/src/resources/${model.file}.ts`, resourceFile(model, auth)];
    yield ['server/test/fixtures.ts', fixturesFile(app)];
    yield ['server/test/app.test.ts', auth ? authAppTestFile : appTestFile(extras)];
    if (auth) {
      yield ['server/test/auth.test.ts', authTestFile(app)];
      yield ['server/test/auth.first-admin.test.ts', firstAdminTestFile(app)];
    }
    for (const model of app.entities) yield [`server/test/${model.file}.test.ts`, entityTestFile(model)];
  },
};
