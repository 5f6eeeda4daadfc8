/**
 * Every dependency a generated project uses, pinned to an exact version known to install and build on
 * Node.js 20.19+. Generation never asks a registry; updating a version is one edit here, verified by
 * `npm run verify:generated`.
 */
export const VERSIONS = {
  // server
  express: '5.1.0',
  fastify: '5.12.8',
  zod: '4.1.12',
  pg: '8.16.3',
  '@electric-sql/pglite': '0.3.11',
  // 12, not 13: 13 needs Node.js 22 and crashes on 20.
  'better-sqlite3': '12.9.0',
  mysql2: '3.24.6',
  // advanced: structured logging and the files of Swagger UI
  pino: '9.14.0',
  'pino-http': '10.5.0',
  'swagger-ui-dist': '5.35.0',
  // client
  react: '19.2.0',
  'react-dom': '19.2.0',
  'react-router': '7.9.4',
  'lucide-react': '0.548.0',
  clsx: '2.1.1',
  'tailwind-merge': '3.3.1',
  'class-variance-authority': '0.7.1',
  tailwindcss: '4.1.16',
  '@tailwindcss/vite': '4.1.16',
  vite: '7.1.12',
  '@vitejs/plugin-react': '5.1.0',
  // Vue client
  vue: '3.5.45',
  'vue-router': '4.6.5',
  '@vitejs/plugin-vue': '6.0.11',
  'vue-tsc': '3.3.14',
  '@vue/test-utils': '2.6.0',
  'happy-dom': '21.0.4',
  // tooling
  typescript: '5.9.3',
  tsx: '4.20.6',
  vitest: '3.2.4',
  supertest: '7.1.4',
  '@types/express': '5.0.5',
  '@types/node': '20.19.24',
  '@types/pg': '8.15.6',
  '@types/better-sqlite3': '7.6.13',
  '@types/supertest': '6.0.3',
  '@types/react': '19.2.2',
  '@types/react-dom': '19.2.2',
} as const;

export type DependencyName = keyof typeof VERSIONS;

/** `{ name: version }` for package.json, in the order given. */
export function dependencies(...names: DependencyName[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, VERSIONS[name]]));
}

/** Node.js versions generated projects support. */
export const NODE_ENGINE = '>=20.19';
