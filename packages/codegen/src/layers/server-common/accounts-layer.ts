/**
 * The framework-free server files of an advanced project: accounts, sessions, ownership, the OpenAPI
 * document, rate counting and logging. A backend layer adds the routes and middleware that use them.
 */
import type { Layer } from '../../layer.ts';
import {
  accountsFile,
  cookiesFile,
  currentUserFile,
  ownedRepositoryFile,
  passwordFile,
  sessionTokenFile,
  usersResourceFile,
} from './auth-files.ts';
import { loggerFile, openApiFile, rateLimiterFile } from './platform-files.ts';

export const accountsLayer: Layer = {
  name: 'accounts',
  *files(app) {
    if (!app.level.auth) return;
    yield ['server/src/auth/password.ts', passwordFile];
    yield ['server/src/auth/session-token.ts', sessionTokenFile];
    yield ['server/src/auth/cookies.ts', cookiesFile];
    yield ['server/src/auth/current-user.ts', currentUserFile];
    yield ['server/src/auth/users-resource.ts', usersResourceFile(app.usersTable)];
    yield ['server/src/auth/accounts.ts', accountsFile];
    yield ['server/src/db/owned-repository.ts', ownedRepositoryFile];
    yield ['server/src/openapi.ts', openApiFile];
    yield ['server/src/rate-limiter.ts', rateLimiterFile];
    yield ['server/src/logger.ts', loggerFile];
  },
};
