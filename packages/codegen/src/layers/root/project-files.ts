/** Root files of a generated project: workspace package.json, dev runner, docker-compose, .gitignore. */
import { yamlString } from '../../emit/literal.ts';
import type { AppModel } from '../../model.ts';
import { NODE_ENGINE } from '../../versions.ts';
import { databaseEngine } from '../database/engines.ts';

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
      ...(app.level.extras ? { seed: 'npm run seed -w server' } : {}),
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
  const engine = databaseEngine(app.spec.stack.database);
  const parts = engine.compose(app);
  const environment = Object.entries({ PORT: '3000', ...parts.serverEnvironment }).map(
    ([name, value]) => `      ${name}: ${yamlString(value)}`,
  );
  const server = [
    '  server:',
    '    build: ./server',
    '    environment:',
    ...environment,
    ...(parts.dependsOn
      ? ['    depends_on:', `      ${parts.dependsOn}:`, '        condition: service_healthy']
      : []),
    ...(parts.serverVolumes.length
      ? ['    volumes:', ...parts.serverVolumes.map((v) => `      - ${v}`)]
      : []),
    '    ports:',
    '      - "3000:3000"',
  ];
  const what = parts.services
    ? `${engine.label}, the API and the client behind nginx`
    : `the API (${engine.label} in a volume) and the client behind nginx`;
  const services = [...(parts.services ? [parts.services] : []), server.join('\n')].join('\n');
  return `# ${yamlString(app.spec.app.name)}: ${what}.
# docker compose up --build, then open http://localhost:8080
services:
${services}

  client:
    build: ./client
    depends_on:
      - server
    ports:
      - "8080:80"

volumes:
${parts.volumes.map((v) => `  ${v}:`).join('\n')}
`;
}

export const gitignore = `node_modules/
dist/
.data/
.env
*.tsbuildinfo
coverage/
`;
