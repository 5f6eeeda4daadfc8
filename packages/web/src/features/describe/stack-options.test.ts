import { describe, expect, it } from 'vitest';
import { stackOptionsFrom } from './stack-options.ts';

describe('stackOptionsFrom', () => {
  it('labels each stack of GET /api/stacks by its layers', () => {
    const body = {
      stacks: [
        { name: 'react-express-postgres', frontend: 'react', backend: 'express', database: 'postgres' },
        { name: 'react-express-sqlite', frontend: 'react', backend: 'express', database: 'sqlite' },
        { name: 'react-express-mysql', frontend: 'react', backend: 'express', database: 'mysql' },
        { name: 'react-fastify-postgres', frontend: 'react', backend: 'fastify', database: 'postgres' },
        { name: 'vue-fastify-sqlite', frontend: 'vue', backend: 'fastify', database: 'sqlite' },
      ],
    };
    const options = stackOptionsFrom(body);
    expect(options.map((option) => option.label)).toEqual([
      'React + Express + PostgreSQL',
      'React + Express + SQLite',
      'React + Express + MySQL/MariaDB',
      'React + Fastify + PostgreSQL',
      'Vue + Fastify + SQLite',
    ]);
    expect(options.map((option) => option.id)).toContain('vue-fastify-sqlite');
  });
});
