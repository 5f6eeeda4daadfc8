import type { Layer } from '../../layer.ts';
import {
  type FrameworkPackages,
  serverDockerfile,
  serverEnvExample,
  serverPackageJson,
} from '../server-common/package-files.ts';
import { configFile } from '../server-common/runtime-files.ts';
import { appFile, serverEntryFile } from './app-files.ts';
import { crudRoutesFile, errorsFile } from './runtime-files.ts';
import { helpersFile } from './test-helpers.ts';

const FASTIFY_PACKAGES: FrameworkPackages = { dependencies: ['fastify'], devDependencies: [] };

/** Where Fastify listens and how much its pino logger says; the other variables are every backend's. */
const CONFIG_ENV = [
  "HOST: z.string().min(1).default('localhost'),",
  "LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),",
];

const ENV_EXAMPLE = `# Address the API listens on: localhost in development, 0.0.0.0 in a container (the Dockerfile sets it).
HOST=localhost
# Level of the JSON log (pino): fatal, error, warn, info, debug, trace or silent.
LOG_LEVEL=info
`;

const DOCKER_RUN_ENV = `# Fastify listens on localhost unless told otherwise; in a container it must listen on every interface.
ENV HOST=0.0.0.0
`;

/**
 * Fastify 5 + TypeScript API: one CRUD route plugin, registered per entity under /api/{slug}, serving the
 * same REST contract as the Express layer. The files every backend shares come from server-common.
 */
export const fastifyLayer: Layer = {
  name: 'fastify',
  *files(app) {
    yield ['server/package.json', serverPackageJson(app, FASTIFY_PACKAGES)];
    if (app.level.extras) yield ['server/Dockerfile', serverDockerfile(DOCKER_RUN_ENV)];
    yield ['server/.env.example', serverEnvExample(app, ENV_EXAMPLE)];
    yield ['server/src/index.ts', serverEntryFile];
    yield ['server/src/app.ts', appFile(app.level.extras)];
    yield ['server/src/config.ts', configFile(CONFIG_ENV)];
    yield ['server/src/errors.ts', errorsFile];
    yield ['server/src/http/crud-routes.ts', crudRoutesFile];
    yield ['server/test/helpers.ts', helpersFile];
  },
};
