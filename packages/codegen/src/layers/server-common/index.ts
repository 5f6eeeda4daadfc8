/**
 * What every backend's server/ shares, written once: TypeScript and test configuration, the resource
 * description per entity, the migrate and seed commands with their sample data, and the API tests. A
 * backend layer adds its app, routes, error handling, entry point, test helper and package files.
 */
import type { Layer } from '../../layer.ts';
import { migrateCliFile } from './cli-files.ts';
import { serverBuildTsconfig, serverTsconfig, vitestConfig } from './package-files.ts';
import { resourceFile, resourcesIndexFile } from './resource-files.ts';
import { resourceTypeFile } from './runtime-files.ts';
import { seedCliFile, seedDataFile, seedFile } from './seed-files.ts';
import { appTestFile, entityTestFile, fixturesFile } from './test-files.ts';

export const serverCommonLayer: Layer = {
  name: 'server-common',
  *files(app) {
    yield ['server/tsconfig.json', serverTsconfig];
    yield ['server/tsconfig.build.json', serverBuildTsconfig];
    yield ['server/vitest.config.ts', vitestConfig];
    yield ['server/src/migrate-cli.ts', migrateCliFile];
    yield ['server/src/seed.ts', seedFile];
    yield ['server/src/seed-cli.ts', seedCliFile];
    yield ['server/src/seed-data.ts', seedDataFile(app)];
    yield ['server/src/resources/resource.ts', resourceTypeFile];
    yield ['server/src/resources/index.ts', resourcesIndexFile(app)];
    for (const model of app.entities) yield [`server/src/resources/${model.file}.ts`, resourceFile(model)];
    yield ['server/test/fixtures.ts', fixturesFile(app)];
    yield ['server/test/app.test.ts', appTestFile];
    for (const model of app.entities) yield [`server/test/${model.file}.test.ts`, entityTestFile(model)];
  },
};
