import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpecValidationError } from './errors.ts';
import { normalizeSpec } from './normalize.ts';
import { appSpecSchema, CAMEL_IDENTIFIER, PASCAL_IDENTIFIER } from './schema.ts';

const issuesOf = (input: unknown) => {
  try {
    normalizeSpec(input);
  } catch (error) {
    if (error instanceof SpecValidationError) return error.issues;
    throw error;
  }
  throw new Error('expected a SpecValidationError');
};

describe('normalizeSpec', () => {
  it('maps reserved words of JS, TS and SQL to safe names', () => {
    const { spec } = normalizeSpec({
      app: { name: 'x' },
      entities: [
        {
          name: 'class',
          fields: ['order', 'default', 'class', '__proto__', 'constructor', 'toString', 'select', 'user'].map(
            (name) => ({ name }),
          ),
        },
      ],
    });
    const [entity] = spec.entities;
    expect(entity?.name).toBe('ClassSession');
    expect(entity?.label).toBe('Class');
    expect(entity?.fields.map((f) => f.name)).toEqual([
      'sortOrder',
      'defaultValue',
      'className',
      'protoValue',
      'constructorValue',
      'toStringValue',
      'selectValue',
      'userName',
    ]);
  });

  it('renames entities that would collide with names the generated project uses (App, Resource, Index)', () => {
    const { spec } = normalizeSpec({
      app: { name: 'x' },
      entities: ['App', 'Resource', 'Index'].map((name) => ({ name, fields: [{ name: 'title' }] })),
    });
    expect(spec.entities.map((e) => [e.name, e.label])).toEqual([
      ['Application', 'App'],
      ['ResourceItem', 'Resource'],
      ['IndexEntry', 'Index'],
    ]);
  });

  it('singularises entity names and merges duplicates', () => {
    const { spec, warnings } = normalizeSpec({
      app: { name: 'x' },
      entities: [
        { name: 'categories', fields: [{ name: 'name' }] },
        { name: 'Category', fields: [{ name: 'Name' }, { name: 'slug' }] },
        { name: 'people', fields: [{ name: 'full name' }] },
      ],
    });
    expect(spec.entities.map((e) => [e.name, e.plural])).toEqual([
      ['Category', 'Categories'],
      ['Person', 'People'],
    ]);
    expect(spec.entities[0]?.fields.map((f) => f.name)).toEqual(['name', 'slug']);
    expect(warnings.map((w) => w.message).join()).toMatch(/duplicate/);
  });

  it('flips one-to-many, implies a join for many-to-many, and expands an explicit join entity', () => {
    const { spec } = normalizeSpec({
      app: { name: 'x' },
      entities: ['Author', 'Book', 'Tag', 'Student', 'Course', 'Enrollment'].map((name) => ({
        name,
        fields: [{ name: 'name' }],
      })),
      relations: [
        { kind: 'one-to-many', from: 'Author', to: 'Book' },
        { kind: 'many-to-many', from: 'Book', to: 'Tag' },
        { kind: 'many-to-many', from: 'Student', to: 'Course', through: 'Enrollment' },
      ],
    });
    expect(spec.relations).toEqual([
      expect.objectContaining({
        kind: 'many-to-one',
        from: 'Book',
        to: 'Author',
        name: 'author',
        inverseName: 'books',
      }),
      expect.objectContaining({
        kind: 'many-to-many',
        from: 'Book',
        to: 'Tag',
        name: 'tags',
        through: 'BookTag',
      }),
      expect.objectContaining({ kind: 'many-to-one', from: 'Enrollment', to: 'Student', required: true }),
      expect.objectContaining({ kind: 'many-to-one', from: 'Enrollment', to: 'Course', required: true }),
    ]);
    expect(spec.entities.find((e) => e.name === 'Enrollment')?.uniqueTogether).toEqual([
      ['studentId', 'courseId'],
    ]);
  });

  it('makes self relations optional, names two references to one entity apart, and breaks required cycles', () => {
    const { spec } = normalizeSpec({
      app: { name: 'x' },
      entities: ['Employee', 'Warehouse', 'Movement', 'A', 'B'].map((name) => ({
        name,
        fields: [{ name: 'name' }],
      })),
      relations: [
        { kind: 'many-to-one', from: 'Employee', to: 'Employee', name: 'manager', required: true },
        { kind: 'many-to-one', from: 'Movement', to: 'Warehouse', name: 'source warehouse', required: true },
        {
          kind: 'many-to-one',
          from: 'Movement',
          to: 'Warehouse',
          name: 'destination warehouse',
          required: true,
        },
        { kind: 'many-to-one', from: 'A', to: 'B', required: true },
        { kind: 'many-to-one', from: 'B', to: 'A', required: true },
      ],
    });
    const [manager, source, destination, ab, ba] = spec.relations;
    expect(manager).toMatchObject({ name: 'manager', required: false, onDelete: 'set-null' });
    expect(source?.name).toBe('sourceWarehouse');
    expect(destination?.name).toBe('destinationWarehouse');
    expect(source?.inverseName).not.toBe(destination?.inverseName);
    expect([ab?.required, ba?.required].filter(Boolean)).toHaveLength(1);
  });

  it('drops a plain field that duplicates a relation and system fields', () => {
    const { spec } = normalizeSpec({
      app: { name: 'x' },
      entities: [
        {
          name: 'Book',
          fields: [
            { name: 'title' },
            { name: 'author' },
            { name: 'authorId', type: 'integer' },
            { name: 'id' },
            { name: 'created at' },
          ],
        },
        { name: 'Author', fields: [{ name: 'name' }] },
      ],
      relations: [{ kind: 'many-to-one', from: 'Book', to: 'Author' }],
    });
    expect(spec.entities[0]?.fields.map((f) => f.name)).toEqual(['title']);
  });

  it('keeps defaults only when they fit the type and enum values as safe tokens', () => {
    const { spec } = normalizeSpec({
      app: { name: 'x' },
      entities: [
        {
          name: 'Task',
          fields: [
            {
              name: 'status',
              type: 'enum',
              enumValues: ['To do', 'In progress', 'Done', 'done', '1st'],
              default: 'In progress',
            },
            { name: 'points', type: 'integer', default: 'many' },
            { name: 'due', type: 'date', default: '2024-02-30' },
            { name: 'flag', type: 'boolean', required: true },
          ],
        },
      ],
    });
    const [status, points, due, flag] = spec.entities[0]?.fields ?? [];
    expect(status).toMatchObject({
      enumValues: ['to_do', 'in_progress', 'done', 'v_1st'],
      default: 'in_progress',
    });
    expect(points?.default).toBeNull();
    expect(due?.default).toBeNull();
    expect(flag).toMatchObject({ required: false, default: false });
  });

  it('names the offending path in every error', () => {
    expect(issuesOf({ app: { name: 'x' }, entities: [{ name: '!!!' }] })[0]?.path).toBe('entities[0].name');
    expect(
      issuesOf({ app: { name: 'x' }, entities: [{ name: 'A', fields: [{ name: 'b', type: 'money' }] }] })[0]
        ?.path,
    ).toBe('entities[0].fields[0].type');
    const unknown = issuesOf({
      app: { name: 'x' },
      entities: [{ name: 'A' }],
      relations: [{ kind: 'many-to-one', from: 'A', to: 'Ghost' }],
    });
    expect(unknown[0]).toMatchObject({ path: 'relations[0].to' });
    expect(unknown[0]?.message).toMatch(/Ghost/);
    expect(issuesOf({ app: { name: 'x' }, entities: [] })[0]?.path).toBe('entities');
    expect(issuesOf({ app: { name: 'x' }, entities: [{ name: 'A', extra: 1 }] })[0]?.path).toBe(
      'entities[0]',
    );
  });

  it('turns any user text into one printable line', () => {
    const { spec } = normalizeSpec({
      app: { name: 'Evil\n*/ `${x}` | </script>\u0000\u2028', description: 'a\r\nb' },
      entities: [{ name: 'Thing', label: 'Line1\nLine2', fields: [{ name: 'name', label: 'x\u202e y' }] }],
    });
    expect(spec.app.name).toBe('Evil */ `${x}` / </script>');
    expect(spec.app.description).toBe('a b');
    expect(spec.entities[0]?.label).toBe('Line1 Line2');
    expect(spec.entities[0]?.fields[0]?.label).toBe('x y');
  });

  it('always yields safe identifiers or a path-named error, for any input (property)', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 30 });
    const field = fc.record({
      name: text,
      type: fc.constantFrom('string', 'integer', 'enum', 'date', 'boolean'),
      enumValues: fc.array(text, { maxLength: 4 }),
      default: fc.oneof(text, fc.integer(), fc.boolean()),
    });
    const entity = fc.record({ name: text, label: text, fields: fc.array(field, { maxLength: 5 }) });
    fc.assert(
      fc.property(
        fc.array(entity, { minLength: 1, maxLength: 5 }),
        text,
        fc.array(
          fc.tuple(
            fc.nat(4),
            fc.nat(4),
            fc.constantFrom('many-to-one', 'one-to-many', 'many-to-many', 'one-to-one'),
          ),
          { maxLength: 4 },
        ),
        (entities, name, rels) => {
          const relations = rels.map(([a, b, kind]) => ({
            kind,
            from: entities[a % entities.length]?.name ?? 'x',
            to: entities[b % entities.length]?.name ?? 'x',
          }));
          try {
            const { spec } = normalizeSpec({ app: { name: name || 'x' }, entities, relations });
            expect(appSpecSchema.safeParse(spec).success).toBe(true);
            for (const e of spec.entities) {
              expect(e.name).toMatch(PASCAL_IDENTIFIER);
              for (const f of e.fields) expect(f.name).toMatch(CAMEL_IDENTIFIER);
            }
          } catch (error) {
            expect(error).toBeInstanceOf(SpecValidationError);
            for (const issue of (error as SpecValidationError).issues)
              expect(issue.path).toMatch(/^(entities|relations|app)/);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
