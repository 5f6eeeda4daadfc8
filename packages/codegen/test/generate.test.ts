import { createHash } from 'node:crypto';
import { DATABASES, normalizeSpec } from '@appgen/spec';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { isSafeRelativePath } from '../src/file-tree.ts';
import { generate } from '../src/index.ts';
import { compileSfc } from './compile-sfc.ts';
import { sampleSpecs } from './samples.ts';

const samples = sampleSpecs();
const cases = samples.flatMap(([name, spec]) => DATABASES.map((database) => [name, database, spec] as const));

describe.each(cases)('generate(%s) on %s', (name, database, spec) => {
  const tree = generate(spec, { ...spec.stack, database });
  // PostgreSQL, the default, keeps the snapshot names it had before there were other databases.
  const stem = database === 'postgres' ? name : `${name}.${database}`;

  it('is deterministic: same input, same bytes', () => {
    expect(generate(structuredClone(spec), { ...spec.stack, database })).toEqual(tree);
  });

  it('produces sorted, unique, safe relative paths', () => {
    const paths = tree.map((f) => f.path);
    expect(paths).toEqual([...paths].sort());
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) expect(isSafeRelativePath(path), path).toBe(true);
  });

  it('writes the same shared schemas to server and client', () => {
    const server = tree.find((f) => f.path === 'server/src/shared/schemas.ts');
    const client = tree.find((f) => f.path === 'client/src/shared/schemas.ts');
    expect(server?.content).toBeDefined();
    expect(client?.content).toBe(server?.content);
  });

  it('emits only TypeScript that parses', () => {
    for (const file of tree.filter((f) => /\.(ts|tsx|mjs)$/.test(f.path))) {
      const loader = file.path.endsWith('.tsx') ? 'tsx' : 'ts';
      expect(() => transformSync(file.content, { loader, sourcefile: file.path }), file.path).not.toThrow();
    }
    for (const file of tree.filter((f) => f.path.endsWith('.json')))
      expect(() => JSON.parse(file.content), file.path).not.toThrow();
  });

  it('matches the snapshot of its tree (path and content hash)', () => {
    const listing = tree.map(
      (f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}`,
    );
    expect(listing).toMatchSnapshot();
  });

  it('matches the snapshot of its migration and schemas', async () => {
    const migration = tree.find((f) => f.path === 'server/migrations/001_initial.sql')?.content;
    await expect(migration).toMatchFileSnapshot(`__snapshots__/${stem}.sql`);
    if (database !== 'postgres') return;
    const schemas = tree.find((f) => f.path === 'server/src/shared/schemas.ts')?.content;
    await expect(schemas).toMatchFileSnapshot(`__snapshots__/${name}.schemas.ts.snap`);
  });

  it('writes the same server files as every other database, but for the database module', () => {
    const other = generate(spec, {
      ...spec.stack,
      database: database === 'postgres' ? 'sqlite' : 'postgres',
    });
    const differs = tree
      .filter((f) => other.find((o) => o.path === f.path)?.content !== f.content)
      .map((f) => f.path)
      .filter((path) => !path.startsWith('server/src/db/') && path !== 'server/migrations/001_initial.sql');
    expect(differs).toEqual([
      'README.md',
      ...(spec.complexity === 'simple' ? [] : ['docker-compose.yml']),
      'server/.env.example',
      'server/package.json',
      'server/test/database.ts',
    ]);
  });
});

describe.each(samples)('generate(%s) with the Vue client', (_name, spec) => {
  const tree = generate(spec, { ...spec.stack, frontend: 'vue' });

  it('is deterministic and compiles every component', () => {
    expect(generate(structuredClone(spec), { ...spec.stack, frontend: 'vue' })).toEqual(tree);
    for (const file of tree.filter((f) => f.path.endsWith('.vue'))) compileSfc(file.path, file.content);
    for (const file of tree.filter((f) => f.path.endsWith('.ts')))
      expect(
        () => transformSync(file.content, { loader: 'ts', sourcefile: file.path }),
        file.path,
      ).not.toThrow();
  });

  it('matches the snapshot of its client tree (path and content hash)', () => {
    const listing = tree
      .filter((f) => f.path.startsWith('client/'))
      .map((f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}`);
    expect(listing).toMatchSnapshot();
  });
});

describe.each(samples)('generate(%s) with the Fastify backend', (_name, spec) => {
  const stack = { ...spec.stack, backend: 'fastify' } as const;
  const tree = generate(spec, stack);

  it('is deterministic and emits only TypeScript that parses', () => {
    expect(generate(structuredClone(spec), stack)).toEqual(tree);
    for (const file of tree.filter((f) => f.path.endsWith('.ts')))
      expect(
        () => transformSync(file.content, { loader: 'ts', sourcefile: file.path }),
        file.path,
      ).not.toThrow();
  });

  it('matches the snapshot of its server tree (path and content hash)', () => {
    const listing = tree
      .filter((f) => f.path.startsWith('server/'))
      .map((f) => `${f.path} ${createHash('sha256').update(f.content).digest('hex').slice(0, 12)}`);
    expect(listing).toMatchSnapshot();
  });

  it("differs from the Express project only in the framework's own files, on every database", () => {
    for (const database of DATABASES) {
      const fastify = generate(spec, { ...stack, database });
      const express = generate(spec, { ...stack, database, backend: 'express' });
      const content = (files: typeof tree, path: string) => files.find((f) => f.path === path)?.content;
      const paths = [...new Set([...fastify, ...express].map((f) => f.path))].sort();
      expect(paths.filter((path) => content(fastify, path) !== content(express, path))).toEqual([
        'README.md',
        'server/.env.example',
        // At simple there is no Dockerfile (nor docker-compose).
        ...(spec.complexity === 'simple' ? [] : ['server/Dockerfile']),
        'server/package.json',
        'server/src/app.ts',
        'server/src/config.ts',
        'server/src/errors.ts',
        'server/src/http/crud-router.ts',
        'server/src/http/crud-routes.ts',
        'server/src/index.ts',
        'server/test/helpers.ts',
      ]);
    }
  });
});

describe.each(DATABASES)('user text in generated code on %s', (database) => {
  const evil = 'CANARY */ ${x} ` </script> \' " \\ -- ; DROP TABLE';
  const { spec } = normalizeSpec({
    app: { name: evil, description: evil },
    entities: [
      {
        name: 'Thing',
        label: evil,
        pluralLabel: evil,
        description: evil,
        fields: [
          { name: 'name', label: evil, description: evil, default: evil },
          { name: 'kind', type: 'enum', label: evil, enumValues: [evil, 'b'] },
        ],
      },
      { name: 'Other', label: evil, fields: [{ name: 'title', label: evil }] },
    ],
    relations: [
      { kind: 'many-to-one', from: 'Thing', to: 'Other' },
      { kind: 'many-to-many', from: 'Thing', to: 'Other', name: 'links' },
    ],
  });
  const tree = generate(spec, { ...spec.stack, database });

  it('appears in code only inside string literals or line comments', () => {
    const stringLiteral = /"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g;
    for (const file of tree.filter((f) => /\.(ts|tsx|mjs)$/.test(f.path))) {
      for (const line of file.content.split('\n')) {
        const code = line.replace(stringLiteral, '""');
        const at = code.indexOf('CANARY');
        if (at >= 0) expect(code.slice(0, at), `${file.path}: ${line}`).toMatch(/\/\/|^\s*\*|\/\*/);
      }
    }
  });

  it('still parses everywhere', () => {
    for (const file of tree.filter((f) => /\.(ts|tsx)$/.test(f.path))) {
      expect(
        () => transformSync(file.content, { loader: file.path.endsWith('x') ? 'tsx' : 'ts' }),
        file.path,
      ).not.toThrow();
    }
  });

  it('is quoted safely in SQL and YAML', () => {
    const sql = tree.find((f) => f.path.endsWith('.sql'))?.content ?? '';
    // In MySQL a backslash escapes the next character inside a string literal.
    const literal = database === 'mysql' ? /'(?:[^'\\]|''|\\.)*'/g : /'(?:[^']|'')*'/g;
    for (const line of sql.split('\n')) {
      const code = line.replace(literal, "''");
      const at = code.indexOf('CANARY');
      if (at >= 0) expect(code.slice(0, at), line).toMatch(/--/);
    }
    const compose = tree.find((f) => f.path === 'docker-compose.yml')?.content ?? '';
    for (const line of compose.split('\n'))
      if (line.includes('CANARY')) expect(line.trimStart().startsWith('#')).toBe(true);
  });
});
