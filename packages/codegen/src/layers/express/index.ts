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
import { crudRouterFile, errorsFile } from './runtime-files.ts';
import { helpersFile, serveSource } from './test-helpers.ts';

/**
 * Express 5 + TypeScript API: one generic CRUD router serving a resource description per entity. The
 * files every backend shares come from server-common.
 */
export const expressLayer = backendLayer({
  name: 'express',
  packages: {
    dependencies: ['express'],
    devDependencies: ['@types/express'],
    accountsDependencies: ['pino-http'],
  },
  errorsFile,
  crudRoutes: ['server/src/http/crud-router.ts', crudRouterFile],
  plain: { entryFile: serverEntryFile, appFile, helpersFile },
  accounts: {
    entryFile: authServerEntryFile,
    appFile: authAppFile,
    authRoutesFile,
    rateLimitFile,
    requestLoggingFile,
    docsRoutesFile,
    serveSource,
  },
});
