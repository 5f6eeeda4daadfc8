import { LOG_LEVEL_ENV } from '../server-common/app-options-files.ts';
import { backendLayer } from '../server-common/backend-layer.ts';
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

const HOST_ENV = "HOST: z.string().min(1).default('localhost'),";
const HOST_EXAMPLE = `# Address the API listens on: localhost in development, 0.0.0.0 in a container (the Dockerfile sets it).
HOST=localhost
`;
const LOG_LEVEL_EXAMPLE = `# Level of the JSON log (pino): fatal, error, warn, info, debug, trace or silent.
LOG_LEVEL=info
`;

/**
 * Fastify 5 + TypeScript API: one CRUD route plugin, registered per entity under /api/{slug}, serving the
 * same REST contract as the Express layer. The files every backend shares come from server-common. Where
 * Fastify listens is its own variable; the log level is too, unless the accounts' variables (advanced)
 * bring it.
 */
export const fastifyLayer = backendLayer({
  name: 'fastify',
  packages: { dependencies: ['fastify'], devDependencies: [] },
  dockerRunEnv: `# Fastify listens on localhost unless told otherwise; in a container it must listen on every interface.
ENV HOST=0.0.0.0
`,
  errorsFile,
  crudRoutes: ['server/src/http/crud-routes.ts', crudRoutesFile],
  plain: {
    env: { config: [HOST_ENV, LOG_LEVEL_ENV], example: HOST_EXAMPLE + LOG_LEVEL_EXAMPLE },
    entryFile: serverEntryFile,
    appFile,
    helpersFile,
  },
  accounts: {
    env: { config: [HOST_ENV], example: HOST_EXAMPLE },
    entryFile: authServerEntryFile,
    appFile: authAppFile,
    authRoutesFile,
    rateLimitFile,
    requestLoggingFile,
    docsRoutesFile,
    serveSource,
  },
});
