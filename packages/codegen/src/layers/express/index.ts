import type { Layer } from '../../layer.ts';
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
import { seedCliFile, seedDataFile, seedFile } from './seed-files.ts';
import { appTestFile, entityTestFile, fixturesFile, helpersFile } from './test-files.ts';

/** Express 5 + TypeScript API: one generic CRUD router serving a resource description per entity. */
export const expressLayer: Layer = {
  name: 'express',
  *files(app) {
    yield ['server/package.json', serverPackageJson(app)];
    yield ['server/tsconfig.json', serverTsconfig];
    yield ['server/tsconfig.build.json', serverBuildTsconfig];
    yield ['server/vitest.config.ts', vitestConfig];
    yield ['server/Dockerfile', serverDockerfile];
    yield ['server/.env.example', serverEnvExample(app)];
    yield ['server/src/index.ts', serverEntryFile];
    yield ['server/src/app.ts', appFile];
    yield ['server/src/config.ts', configFile];
    yield ['server/src/errors.ts', errorsFile];
    yield ['server/src/migrate-cli.ts', migrateCliFile];
    yield ['server/src/seed.ts', seedFile];
    yield ['server/src/seed-cli.ts', seedCliFile];
    yield ['server/src/seed-data.ts', seedDataFile(app)];
    yield ['server/src/http/crud-router.ts', crudRouterFile];
    yield ['server/src/resources/resource.ts', resourceTypeFile];
    yield ['server/src/resources/index.ts', resourcesIndexFile(app)];
    for (const model of app.entities) yield [`server/src/resources/${model.file}.ts`, resourceFile(model)];
    yield ['server/test/helpers.ts', helpersFile];
    yield ['server/test/fixtures.ts', fixturesFile(app)];
    yield ['server/test/app.test.ts', appTestFile];
    for (const model of app.entities) yield [`server/test/${model.file}.test.ts`, entityTestFile(model)];
  },
};
