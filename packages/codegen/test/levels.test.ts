import { createHash } from 'node:crypto';
import { type AppSpec, COMPLEXITIES, DATABASES, FRONTENDS } from '@appgen/spec';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generate } from '../src/index.ts';
import { compileSfc } from './compile-sfc.ts';
import { sampleSpecs } from './samples.ts';

const samples = new Map(sampleSpecs());
const base = samples.get('02-one-to-many') as AppSpec;
const at = (complexity: AppSpec['complexity'], stack: Partial<AppSpec['stack']> = {}) =>
  generate({ ...base, complexity }, { ...base.stack, ...stack });
const paths = (tree: ReturnType<typeof generate>) => tree.map((f) => f.path);
const file = (tree: ReturnType<typeof generate>, path: string) => {
  const found = tree.find((f) => f.path === path);
  if (!found) throw new Error(`${path} is missing`);
  return found.content;
};

const cells = COMPLEXITIES.flatMap((complexity) =>
  DATABASES.flatMap((database) => FRONTENDS.map((frontend) => [complexity, database, frontend] as const)),
);

describe.each(cells)('02-one-to-many at %s on %s with %s', (complexity, database, frontend) => {
  const tree = at(complexity, { database, frontend });

  it('is deterministic and emits only code that parses', () => {
    expect(at(complexity, { database, frontend })).toEqual(tree);
    for (const f of tree.filter((f) => /\.(ts|tsx)$/.test(f.path)))
      expect(
        () => transformSync(f.content, { loader: f.path.endsWith('x') ? 'tsx' : 'ts' }),
        f.path,
      ).not.toThrow();
    for (const f of tree.filter((f) => f.path.endsWith('.vue'))) compileSfc(f.path, f.content);
    for (const f of tree.filter((f) => f.path.endsWith('.json')))
      expect(() => JSON.parse(f.content), f.path).not.toThrow();
  });

  it('matches the snapshot of its tree (path and content hash)', () => {
    if (complexity === 'standard') return; // the samples' own snapshots cover standard
    const listing = tree.map(
      (f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}`,
    );
    expect(listing).toMatchSnapshot();
  });
});

describe('simple', () => {
  const simple = at('simple');
  const standard = at('standard');

  it('has fewer files: no seed data, dashboard, stats or docker-compose', () => {
    expect(simple.length).toBeLessThan(standard.length);
    for (const path of [
      'docker-compose.yml',
      'server/Dockerfile',
      'server/src/seed.ts',
      'server/src/seed-data.ts',
      'client/src/pages/DashboardPage.tsx',
    ])
      expect(paths(simple)).not.toContain(path);
    expect(file(simple, 'server/src/app.ts')).not.toContain('/api/stats');
    expect(file(simple, 'client/src/lib/api.ts')).not.toContain('getStats');
    expect(JSON.parse(file(simple, 'package.json')).scripts).not.toHaveProperty('seed');
    expect(file(simple, 'README.md')).not.toMatch(/docker compose|npm run seed/);
  });

  it('lists without search, sort or filters, and goes home to the first list', () => {
    const list = file(simple, 'client/src/pages/book/BookListPage.tsx');
    expect(list).not.toContain('searchable');
    expect(list).not.toContain('filters=');
    expect(list).not.toContain('sortable: true');
    expect(file(simple, 'client/src/App.tsx')).toContain(
      '<Route index element={<Navigate to="/authors" replace />} />',
    );
    expect(file(simple, 'client/src/components/Layout.tsx')).not.toContain('Dashboard');
  });

  it('still tests its API, with sample rows of its own', () => {
    const fixtures = file(simple, 'server/test/fixtures.ts');
    expect(fixtures).not.toContain('seed-data');
    expect(fixtures).toContain('const seedData');
    expect(paths(simple)).toContain('server/test/book.test.ts');
  });
});

describe('on Fastify', () => {
  it('generates simple without stats or Dockerfile', () => {
    const simple = at('simple', { backend: 'fastify' });
    expect(file(simple, 'server/src/app.ts')).not.toContain('/api/stats');
    expect(paths(simple)).not.toContain('server/Dockerfile');
  });

  it('generates advanced with the same tests as Express, passed through its own routes and hooks', () => {
    const onFastify = at('advanced', { backend: 'fastify' });
    const onExpress = new Map(at('advanced').map((f) => [f.path, f.content]));
    const tests = onFastify.filter(
      (f) => f.path.startsWith('server/test/') && f.path !== 'server/test/helpers.ts',
    );
    expect(tests.map((f) => f.path)).toContain('server/test/auth.test.ts');
    for (const f of tests) expect(f.content, f.path).toBe(onExpress.get(f.path));
    expect(file(onFastify, 'server/test/helpers.ts')).toContain("app.server.emit('request', req, res)");
    const auth = file(onFastify, 'server/src/http/auth-routes.ts');
    expect(auth).toContain("app.addHook('onRequest'");
    expect(auth).toContain('runAsUser(request.user, done)');
    expect(file(onFastify, 'server/src/app.ts')).toContain('requireUser(owned, accounts, options.session)');
    const pkg = JSON.parse(file(onFastify, 'server/package.json'));
    expect(Object.keys(pkg.dependencies)).toEqual(
      expect.arrayContaining(['fastify', 'pino', 'swagger-ui-dist']),
    );
    expect(JSON.stringify(pkg)).not.toMatch(/express|pino-http/);
    for (const f of onFastify) expect(f.content, f.path).not.toMatch(/from 'express'/);
    const config = file(onFastify, 'server/src/config.ts');
    expect(config.match(/LOG_LEVEL:/g)).toHaveLength(1);
    expect(config).toContain('HOST:');
    expect(file(onFastify, 'server/.env.example').match(/^LOG_LEVEL=/gm)).toHaveLength(1);
  });
});

describe('advanced', () => {
  const advanced = at('advanced');
  const standard = new Map(at('standard').map((f) => [f.path, f.content]));

  it('adds accounts, ownership, docs, rate limits, logging and CI to the standard project', () => {
    for (const path of standard.keys()) expect(paths(advanced)).toContain(path);
    for (const path of [
      'server/src/auth/password.ts',
      'server/src/auth/session-token.ts',
      'server/src/auth/accounts.ts',
      'server/src/db/owned-repository.ts',
      'server/src/openapi.ts',
      'server/src/http/auth-routes.ts',
      'server/src/http/docs-routes.ts',
      'server/src/http/rate-limit.ts',
      'server/src/http/request-logging.ts',
      'server/test/auth.test.ts',
      'client/src/auth/RequireAuth.tsx',
      'client/src/pages/AuthPage.tsx',
      '.github/workflows/ci.yml',
    ])
      expect(paths(advanced)).toContain(path);
    const pkg = JSON.parse(file(advanced, 'server/package.json'));
    for (const name of ['pino', 'pino-http', 'swagger-ui-dist'])
      expect(pkg.dependencies[name]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('leaves the entity tests as they are: the test helper logs them in', () => {
    expect(file(advanced, 'server/test/book.test.ts')).toBe(standard.get('server/test/book.test.ts'));
    expect(file(advanced, 'server/test/helpers.ts')).toContain("signUp(server, 'member@example.com')");
  });

  it('hashes passwords with scrypt, a salt per user and a constant-time comparison', () => {
    const password = file(advanced, 'server/src/auth/password.ts');
    expect(password).toContain('randomBytes(16)');
    expect(password).toContain('timingSafeEqual');
    expect(file(advanced, 'server/src/auth/cookies.ts')).toContain("'HttpOnly', 'SameSite=Lax'");
  });

  it('ends sessions on the server at log-out and makes one admin of racing first sign-ups', () => {
    const accounts = file(advanced, 'server/src/auth/accounts.ts');
    expect(accounts).toContain('SET session_version = session_version + 1');
    expect(accounts).toContain("role: 'admin', firstSignup: 1");
    expect(accounts).not.toMatch(/count\(\)\) === 0 \? 'admin'/);
    expect(file(advanced, 'server/src/auth/session-token.ts')).toContain('ver: session.version');
    for (const backend of ['express', 'fastify'] as const) {
      const tree = at('advanced', { backend });
      expect(file(tree, 'server/src/http/auth-routes.ts')).toContain('await accounts.endSessions(claims)');
      expect(file(tree, 'server/test/auth.first-admin.test.ts')).toContain('Promise.all(');
    }
  });

  it('guards the Express routes themselves, so unknown API paths answer 404 without a session', () => {
    const app = file(advanced, 'server/src/app.ts');
    expect(app).not.toContain("app.use('/api', requireUser");
    expect(app).toContain("app.get('/api/stats', loggedIn,");
    expect(app).toContain('crudRouter(resource, repositories, loggedIn)');
    expect(file(advanced, 'server/test/auth.test.ts')).toContain('answers an unknown API path 404');
  });

  it('keeps framework-neutral pieces free of Express', () => {
    const neutral = advanced.filter(
      (f) =>
        f.path.startsWith('server/src/auth/') ||
        [
          'server/src/db/owned-repository.ts',
          'server/src/openapi.ts',
          'server/src/rate-limiter.ts',
          'server/src/logger.ts',
          'server/test/auth.test.ts',
        ].includes(f.path),
    );
    expect(neutral.length).toBeGreaterThan(8);
    for (const f of neutral) expect(f.content, f.path).not.toMatch(/from 'express'/);
  });

  it.each(DATABASES)('creates the users table and an owner on every entity table on %s', (database) => {
    const migration = file(at('advanced', { database }), 'server/migrations/001_initial.sql');
    expect(migration).toMatch(/CREATE TABLE ["`]users["`]/);
    // Raised on log-out to end earlier sessions; held only by the first user to sign up, the admin.
    expect(migration).toMatch(/["`]session_version["`] (integer|int|INTEGER) NOT NULL DEFAULT 0,/);
    expect(migration).toMatch(/["`]first_signup["`] (integer|int|INTEGER) UNIQUE,/);
    expect(migration.match(/owner_id["`] (integer|int|INTEGER) NOT NULL/g)).toHaveLength(
      base.entities.length,
    );
    expect(
      migration.match(
        /FOREIGN KEY \(["`]owner_id["`]\) REFERENCES ["`]users["`] \(["`]id["`]\) ON DELETE CASCADE/g,
      ),
    ).toHaveLength(base.entities.length);
  });

  it.each(DATABASES)('runs CI with the database service it needs on %s', (database) => {
    const ci = parseYaml(file(at('advanced', { database }), '.github/workflows/ci.yml'));
    const job = ci.jobs.test;
    expect(job.steps.map((step: { run?: string }) => step.run).filter(Boolean)).toEqual([
      'npm install --no-audit --no-fund',
      'npm run typecheck -w server -w client',
      'npm run build',
      'npm test',
    ]);
    const service = { postgres: ['postgres'], mysql: ['mariadb'], sqlite: [] }[database];
    expect(Object.keys(job.services ?? {})).toEqual(service);
    if (database !== 'sqlite') expect(job.env.DATABASE_URL).toMatch(/^(postgres|mysql):\/\//);
  });

  it('names the accounts table apart from an entity called users', () => {
    const spec = { ...base, complexity: 'advanced' as const };
    const withUsers = {
      ...spec,
      entities: spec.entities.map((e, i) => (i === 0 ? { ...e, plural: 'Users' } : e)),
    };
    const migration = file(generate(withUsers), 'server/migrations/001_initial.sql');
    expect(migration).toContain('CREATE TABLE "app_users"');
    expect(migration).toContain('CREATE TABLE "users"');
  });

  it('guards the Vue client and tests the guard', () => {
    const vue = at('advanced', { frontend: 'vue' });
    expect(file(vue, 'client/src/router.ts')).toContain('router.beforeEach');
    expect(file(vue, 'client/src/pages/pages.test.ts')).toContain('sends a visitor who is not logged in');
    expect(file(vue, 'client/src/lib/api-client.ts')).toContain(
      'if (response.status === 401) unauthorized();',
    );
  });
});
