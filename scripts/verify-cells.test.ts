import { BACKENDS, DATABASES, FRONTENDS, normalizeSpec } from '@appgen/spec';
import { describe, expect, it } from 'vitest';
import { type Cell, everyStack, parseChoice, type Sample, selectCells } from './verify-cells.ts';

const { spec } = normalizeSpec({
  app: { name: 'Sample' },
  entities: [{ name: 'Thing', fields: [{ name: 'name' }] }],
});
const NAMES = [
  '01-one-entity',
  '02-one-to-many',
  '03-many-to-many',
  '04-self-relation',
  '05-every-field-type',
  '06-reserved-words',
  'prompt-library',
  'prompt-clinic',
];
const samples: Sample[] = NAMES.map((name) => ({ name, spec }));
const stackOf = ({ stack }: Cell) => `${stack.frontend}-${stack.backend}-${stack.database}`;
const label = (cell: Cell) => `${cell.sample.name} ${stackOf(cell)}`;
/** The cells of the sample at the other complexity levels ("advanced-02-one-to-many"). */
const isLevelCell = (cell: Cell) => /^(simple|advanced)-/.test(cell.sample.name);
const select = (overrides: Partial<Parameters<typeof selectCells>[1]> = {}) =>
  selectCells(samples, { mode: 'default', explicit: false, databases: [...DATABASES], ...overrides });

describe('selectCells', () => {
  it('default (CI): builds every stack at least once, Fastify on every database', () => {
    const cells = select();
    expect(new Set(cells.map(stackOf))).toEqual(
      new Set(everyStack().map((s) => `${s.frontend}-${s.backend}-${s.database}`)),
    );
    expect(everyStack()).toHaveLength(FRONTENDS.length * BACKENDS.length * DATABASES.length);
    for (const database of DATABASES)
      expect(
        cells.some((c) => c.stack.backend === 'fastify' && c.stack.database === database),
        database,
      ).toBe(true);
  });

  it('default (CI): keeps the React + Express and Vue cells it had, and adds one cell per other stack', () => {
    const cells = select().filter((c) => !isLevelCell(c));
    const reactExpress = cells.filter((c) => stackOf(c).startsWith('react-express-')).map(label);
    expect(reactExpress).toHaveLength(8 + 4 + 4);
    expect(cells.filter((c) => stackOf(c) === 'vue-express-postgres').map((c) => c.sample.name)).toEqual([
      '04-self-relation',
      '05-every-field-type',
      '06-reserved-words',
    ]);
    expect(cells.filter((c) => stackOf(c) === 'react-fastify-postgres').map((c) => c.sample.name)).toEqual([
      '05-every-field-type',
    ]);
    const others = cells.filter(
      (c) =>
        !['react-express', 'vue-express-postgres', 'react-fastify-postgres'].some((s) =>
          stackOf(c).startsWith(s),
        ),
    );
    expect(others).toHaveLength(7);
    // One sample description each, taking turns.
    expect(new Set(others.map((c) => c.sample.name))).toEqual(new Set(['prompt-library', 'prompt-clinic']));
    expect(cells).toHaveLength(16 + 3 + 1 + 7);
  });

  it('--matrix: every stack on every sample description', () => {
    const cells = select({ mode: 'matrix' }).filter((c) => !isLevelCell(c));
    expect(cells).toHaveLength(12 * 2);
    expect(new Set(cells.map((c) => c.sample.name))).toEqual(new Set(['prompt-library', 'prompt-clinic']));
    expect(new Set(cells.map(stackOf)).size).toBe(12);
  });

  it('--full: every sample on every stack', () => {
    expect(select({ mode: 'full' }).filter((c) => !isLevelCell(c))).toHaveLength(NAMES.length * 12);
  });

  it('runs 02-one-to-many at the other complexity levels: on the default stack, advanced on both backends, and beyond CI at advanced everywhere', () => {
    expect(select().filter(isLevelCell).map(label)).toEqual([
      'simple-02-one-to-many react-express-postgres',
      'advanced-02-one-to-many react-express-postgres',
      'advanced-02-one-to-many react-fastify-postgres',
    ]);
    for (const mode of ['matrix', 'full'] as const) {
      const cells = select({ mode }).filter(isLevelCell);
      expect(cells.map(label)).toEqual([
        'simple-02-one-to-many react-express-postgres',
        'advanced-02-one-to-many react-express-postgres',
        'advanced-02-one-to-many react-express-sqlite',
        'advanced-02-one-to-many react-express-mysql',
        'advanced-02-one-to-many react-fastify-postgres',
        'advanced-02-one-to-many react-fastify-sqlite',
        'advanced-02-one-to-many react-fastify-mysql',
        'advanced-02-one-to-many vue-express-postgres',
        'advanced-02-one-to-many vue-fastify-postgres',
      ]);
      for (const cell of cells) expect(cell.sample.spec.complexity).toBe(cell.sample.name.split('-')[0]);
    }
    expect(select({ only: 'advanced' }).map(label)).toEqual([
      'advanced-02-one-to-many react-express-postgres',
      'advanced-02-one-to-many react-fastify-postgres',
    ]);
    expect(
      select({ backends: ['fastify'] })
        .filter(isLevelCell)
        .map(label),
    ).toEqual(['advanced-02-one-to-many react-fastify-postgres']);
    expect(select({ explicit: true }).filter(isLevelCell)).toEqual([]);
  });

  it('narrows by frontend, backend, database and sample name', () => {
    const cells = select({
      mode: 'matrix',
      frontends: ['vue'],
      backends: ['fastify'],
      databases: ['mysql', 'sqlite'],
      only: 'clinic',
    });
    expect(cells.map(label)).toEqual(['prompt-clinic vue-fastify-sqlite', 'prompt-clinic vue-fastify-mysql']);
  });

  it('runs spec files on every database of the default frontend and backend, or of the chosen ones', () => {
    const one = [samples[0] as Sample];
    const cells = selectCells(one, { mode: 'default', explicit: true, databases: [...DATABASES] });
    expect(cells.map(stackOf)).toEqual([
      'react-express-postgres',
      'react-express-sqlite',
      'react-express-mysql',
    ]);
    const fastify = selectCells(one, {
      mode: 'default',
      explicit: true,
      databases: ['postgres'],
      backends: ['fastify'],
    });
    expect(fastify.map(stackOf)).toEqual(['react-fastify-postgres']);
    expect(selectCells(one, { mode: 'matrix', explicit: true, databases: [...DATABASES] })).toHaveLength(12);
  });

  it('refuses a frontend or backend that is not on offer, naming the choices', () => {
    expect(parseChoice('backend', 'fastify', BACKENDS)).toEqual(['fastify']);
    expect(parseChoice('backend', undefined, BACKENDS)).toBeUndefined();
    expect(() => parseChoice('backend', 'koa', BACKENDS)).toThrow(
      '--backend koa: choose one of express, fastify',
    );
  });
});
