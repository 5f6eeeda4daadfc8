/** Root files of a generated project: workspace package.json, dev runner, docker-compose, .gitignore. */
import { yamlString } from '../../emit/literal.ts';
import type { AppModel } from '../../model.ts';
import { NODE_ENGINE } from '../../versions.ts';

export function rootPackageJson(app: AppModel): string {
  const pkg = {
    name: app.spec.app.slug,
    version: '0.1.0',
    private: true,
    type: 'module',
    engines: { node: NODE_ENGINE },
    workspaces: ['server', 'client'],
    scripts: {
      dev: 'node scripts/dev.mjs',
      build: 'npm run build -w server && npm run build -w client',
      test: 'npm test -w server && npm test -w client',
      start: 'npm start -w server',
      migrate: 'npm run migrate -w server',
      seed: 'npm run seed -w server',
    },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const devScript = `// Runs the API and the client dev server together; Ctrl-C stops both.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const children = ['server', 'client'].map((workspace) =>
  spawn(npm, ['run', 'dev', '-w', workspace], { stdio: 'inherit', shell: process.platform === 'win32' }),
);

let stopping = false;
const stop = (code = 0) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
`;

export function dockerCompose(app: AppModel): string {
  const db = app.spec.app.slug.replace(/-/g, '_');
  return `# ${yamlString(app.spec.app.name)}: PostgreSQL, the API and the client behind nginx.
# docker compose up --build, then open http://localhost:8080
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
      POSTGRES_DB: ${db}
    volumes:
      - postgres-data:/var/lib/postgresql/data
    healthcheck:
      test: ["CMD-SHELL", "pg_isready -U app -d ${db}"]
      interval: 5s
      timeout: 3s
      retries: 10

  server:
    build: ./server
    environment:
      PORT: "3000"
      DATABASE_URL: postgres://app:app@postgres:5432/${db}
    depends_on:
      postgres:
        condition: service_healthy
    ports:
      - "3000:3000"

  client:
    build: ./client
    depends_on:
      - server
    ports:
      - "8080:80"

volumes:
  postgres-data:
`;
}

export const gitignore = `node_modules/
dist/
.data/
.env
*.tsbuildinfo
coverage/
`;
