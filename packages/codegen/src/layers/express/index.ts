import type { Layer } from '../../layer.ts';
import {
  type FrameworkPackages,
  serverDockerfile,
  serverEnvExample,
  serverPackageJson,
} from '../server-common/package-files.ts';
import { configFile } from '../server-common/runtime-files.ts';
import { appFile, serverEntryFile } from './app-files.ts';
import { crudRouterFile, errorsFile } from './runtime-files.ts';
import { helpersFile } from './test-helpers.ts';

const EXPRESS_PACKAGES: FrameworkPackages = {
  dependencies: ['express'],
  devDependencies: ['@types/express'],
};

/**
 * Express 5 + TypeScript API: one generic CRUD router serving a resource description per entity. The
 * files every backend shares come from server-common.
 */
export const expressLayer: Layer = {
  name: 'express',
  *files(app) {
    yield ['server/package.json', serverPackageJson(app, EXPRESS_PACKAGES)];
    yield ['server/Dockerfile', serverDockerfile()];
    yield ['server/.env.example', serverEnvExample(app)];
    yield ['server/src/index.ts', serverEntryFile];
    yield ['server/src/app.ts', appFile];
    yield ['server/src/config.ts', configFile()];
    yield ['server/src/errors.ts', errorsFile];
    yield ['server/src/http/crud-router.ts', crudRouterFile];
    yield ['server/test/helpers.ts', helpersFile];
  },
};
