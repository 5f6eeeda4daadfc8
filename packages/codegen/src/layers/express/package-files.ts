/** The generated server's package.json, TypeScript and test configuration, Dockerfile and .env.example. */
import type { AppModel } from '../../model.ts';
import { dependencies, NODE_ENGINE } from '../../versions.ts';

export function serverPackageJson(app: AppModel): string {
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
    dependencies: dependencies('@electric-sql/pglite', 'express', 'pg', 'zod'),
    devDependencies: dependencies(
      '@types/express',
      '@types/node',
      '@types/pg',
      '@types/supertest',
      'supertest',
      'tsx',
      'typescript',
      'vitest',
    ),
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
    // Files in a worker share one embedded database (see test/helpers.ts); each gets its own schema.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
`;

export const serverDockerfile = `# Build stage: compile TypeScript.
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
COPY package.json ./
RUN npm install --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
COPY migrations ./migrations
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
`;

export const serverEnvExample = `# Port the API listens on.
PORT=3000
# PostgreSQL connection string. Leave empty to use the embedded database (PGlite) in PGLITE_DATA_DIR.
DATABASE_URL=
PGLITE_DATA_DIR=.data/pglite
# Connections in the PostgreSQL pool.
DB_POOL_SIZE=10
`;
