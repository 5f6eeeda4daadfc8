import { normalizeSpec } from '@appgen/spec';
import { describe, expect, it } from 'vitest';
import { isSafeRelativePath } from '../../file-tree.ts';
import { buildModel } from '../../model.ts';
import { expressLayer } from '../express/index.ts';
import { serverCommonLayer } from '../server-common/index.ts';
import { listQuerySource } from '../server-common/runtime-files.ts';
import { fastifyLayer } from './index.ts';

const library = {
  app: { name: 'Library' },
  entities: [
    { name: 'Author', fields: [{ name: 'name', required: true }] },
    { name: 'Book', fields: [{ name: 'title', required: true }] },
  ],
  relations: [{ kind: 'one-to-many', from: 'Author', to: 'Book', required: true }],
};

const model = (stack: { backend: 'express' | 'fastify'; database?: 'postgres' | 'sqlite' | 'mysql' }) => {
  const { spec } = normalizeSpec(library);
  return buildModel({ ...spec, stack: { ...spec.stack, ...stack } });
};
const files = (layer: typeof fastifyLayer, app = model({ backend: 'fastify' })) => new Map(layer.files(app));

describe('fastifyLayer', () => {
  const fastify = files(fastifyLayer);

  it('writes only safe paths under server/, none that server-common writes', () => {
    const common = files(serverCommonLayer);
    for (const path of fastify.keys()) {
      expect(path.startsWith('server/'), path).toBe(true);
      expect(isSafeRelativePath(path), path).toBe(true);
      expect(common.has(path), path).toBe(false);
    }
  });

  it('writes the same kinds of files as the Express layer, with a route plugin for the router', () => {
    const express = [...files(expressLayer, model({ backend: 'express' })).keys()];
    const renamed = express.map((path) => path.replace('http/crud-router.ts', 'http/crud-routes.ts'));
    expect([...fastify.keys()].sort()).toEqual(renamed.sort());
  });

  it('depends on Fastify, not on Express', () => {
    const pkg = JSON.parse(fastify.get('server/package.json') ?? '{}');
    expect(Object.keys(pkg.dependencies)).toContain('fastify');
    expect(JSON.stringify(pkg)).not.toMatch(/express/);
    for (const [path, content] of fastify) expect(content, path).not.toMatch(/from 'express'/);
  });

  it('reads list queries and ids with the same code as the Express router', () => {
    expect(fastify.get('server/src/http/crud-routes.ts')).toContain(listQuerySource);
    const express = files(expressLayer, model({ backend: 'express' }));
    expect(express.get('server/src/http/crud-router.ts')).toContain(listQuerySource);
  });

  it('configures where it listens and how much it logs, and listens on every interface in Docker', () => {
    const config = fastify.get('server/src/config.ts') ?? '';
    expect(config).toMatch(/HOST: z\.string\(\)\.min\(1\)\.default\('localhost'\)/);
    expect(config).toMatch(/LOG_LEVEL: z\.enum\(/);
    expect(fastify.get('server/.env.example')).toMatch(/^HOST=localhost$/m);
    expect(fastify.get('server/.env.example')).toMatch(/^LOG_LEVEL=info$/m);
    expect(fastify.get('server/Dockerfile')).toMatch(/^ENV HOST=0\.0\.0\.0$/m);
    expect(fastify.get('server/src/index.ts')).toContain('host: config.HOST');
  });

  it('sets its error and not-found handlers before it registers the routes, so the routes inherit them', () => {
    const app = fastify.get('server/src/app.ts') ?? '';
    const registered = app.indexOf('app.register(crudRoutes');
    expect(registered).toBeGreaterThan(0);
    expect(app.indexOf('app.setErrorHandler(errorHandler)')).toBeGreaterThan(0);
    expect(app.indexOf('app.setErrorHandler(errorHandler)')).toBeLessThan(registered);
    expect(app.indexOf('app.setNotFoundHandler(notFoundHandler)')).toBeLessThan(registered);
  });
});
