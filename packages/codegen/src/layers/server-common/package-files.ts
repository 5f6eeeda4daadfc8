/**
 * The generated server's package.json, TypeScript and test configuration, Dockerfile and .env.example.
 * What a backend adds (its framework's packages, variables) comes in as arguments.
 */
import type { AppModel } from '../../model.ts';
import { type DependencyName, dependencies, NODE_ENGINE } from '../../versions.ts';
import { databaseEngine } from '../database/engines.ts';

/** Structured logging and the Swagger UI files of an advanced project; the rest is node:crypto. */
const AUTH_DEPENDENCIES: DependencyName[] = ['pino', 'swagger-ui-dist'];

const sortedDependencies = (names: DependencyName[]) => dependencies(...[...names].sort());

/** The packages a backend framework adds to the server's package.json. */
export interface FrameworkPackages {
  dependencies: DependencyName[];
  devDependencies: DependencyName[];
  /** What the framework adds for accounts and request logging (advanced). */
  accountsDependencies?: DependencyName[];
}

export function serverPackageJson(app: AppModel, framework: FrameworkPackages): string {
  const engine = databaseEngine(app.spec.stack.database);
  const pkg = {
    name: `${app.spec.app.slug}-server`,
    version: '0.1.0',
    private: true,
    type: 'module',
    engines: { node: NODE_ENGINE },
    scripts: {
      dev: 'tsx watch src/index.ts',
      build: 'tsc -p tsconfig.build.json',
      start: 'node dist/index.js',
      migrate: 'tsx src/migrate-cli.ts',
      seed: 'tsx src/seed-cli.ts',
      typecheck: 'tsc --noEmit',
      test: 'vitest run',
    },
    dependencies: sortedDependencies([
      ...engine.dependencies,
      ...framework.dependencies,
      'zod',
      ...(app.level.auth ? [...AUTH_DEPENDENCIES, ...(framework.accountsDependencies ?? [])] : []),
    ]),
    devDependencies: sortedDependencies([
      ...engine.devDependencies,
      ...framework.devDependencies,
      '@types/node',
      '@types/supertest',
      'supertest',
      'tsx',
      'typescript',
      'vitest',
    ]),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const serverTsconfig = `{
  "compilerOptions": {
    "target": "ES2022",
    "module": "NodeNext",
    "moduleResolution": "NodeNext",
    "lib": ["ES2023"],
    "types": ["node"],
    "strict": true,
    "noUncheckedIndexedAccess": true,
    "esModuleInterop": true,
    "skipLibCheck": true,
    "outDir": "dist",
    "rootDir": "."
  },
  "include": ["src", "test", "vitest.config.ts"]
}
`;

export const serverBuildTsconfig = `{
  "extends": "./tsconfig.json",
  "compilerOptions": { "rootDir": "src", "outDir": "dist" },
  "include": ["src"]
}
`;

export const vitestConfig = `import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Files in a worker share module state, such as an embedded database (see test/database.ts).
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
`;

/** The server's Dockerfile; `runEnv` adds lines (comments, ENV) a backend needs in the run stage. */
export function serverDockerfile(runEnv = ''): string {
  return `# Build stage: compile TypeScript.
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

# Run stage: production dependencies and the compiled server only, as a non-root user.
FROM node:20-alpine
WORKDIR /app
ENV NODE_ENV=production
${runEnv}COPY package.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
# Embedded databases keep their files here; a volume mounted on it stays writable for the node user.
RUN mkdir -p .data && chown node:node .data
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
`;
}

const AUTH_ENV_EXAMPLE = `# development or production (production requires SESSION_SECRET and sends the cookie over HTTPS only).
NODE_ENV=development
# Signs session cookies: at least 32 random characters, e.g. from \`openssl rand -hex 32\`.
# Unset in development: a random one per start, so sessions end when the server restarts.
SESSION_SECRET=
SESSION_TTL_HOURS=168
# The admin account, created at start when missing. Unset: the first user to sign up is the admin.
ADMIN_EMAIL=
ADMIN_PASSWORD=
# fatal, error, warn, info, debug, trace or silent.
LOG_LEVEL=info
# Requests per client and minute: every API route, and sign-up/log-in.
RATE_LIMIT_PER_MINUTE=300
AUTH_RATE_LIMIT_PER_MINUTE=10
`;

/** server/.env.example; `backendLines` documents a backend's own variables, then the accounts' (advanced). */
export function serverEnvExample(app: AppModel, backendLines = ''): string {
  return `# Port the API listens on.
PORT=3000
${backendLines}${app.level.auth ? AUTH_ENV_EXAMPLE : ''}${databaseEngine(app.spec.stack.database).envExample(app)}`;
}
