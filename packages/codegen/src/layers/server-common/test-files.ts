/**
 * The generated project's own API tests: one file per entity plus app-level checks. They speak HTTP through
 * supertest to whatever test/helpers.ts hands them as `t.app`, so every backend runs the same tests.
 */
import { jsString, jsValue } from '../../emit/literal.ts';
import type { AppModel, EntityModel, FieldModel } from '../../model.ts';
import { sampleValue } from '../../sample-data.ts';

/** A JS expression giving a distinct valid value of a unique field for sequence number `n`. */
function uniqueExpression(field: FieldModel): string {
  switch (field.type) {
    case 'email':
      return "'user' + n + '@example.com'";
    case 'url':
      return "'https://example.com/u/' + n";
    case 'phone':
      return "'+1 555 ' + String(1000 + n)";
    case 'integer':
    case 'decimal': {
      const min = field.min ?? 1;
      return field.max !== null
        ? `${min} + (n % ${Math.max(1, Math.floor(field.max - min) + 1)})`
        : `${min} + n`;
    }
    case 'date':
      return 'new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10)';
    case 'datetime':
      return 'new Date(Date.UTC(2000, 0, 1, 0, n)).toISOString()';
    default: {
      const max = field.maxLength ?? 255;
      const min = field.minLength ?? 1;
      return `('U' + n).slice(0, ${max}).padEnd(${min}, 'x')`;
    }
  }
}

export function fixturesFile(app: AppModel): string {
  const uniques = app.entities.map((model) => {
    const inSets = new Set(model.uniqueTogether.flat());
    const fields = model.fields.filter((f) => f.unique || inSets.has(f.name));
    const lines = fields.map((f) => `      ${f.name}: ${uniqueExpression(f)},`);
    return `  ${jsString(model.slug)}: (n) => ({${lines.length ? `\n${lines.join('\n')}\n  ` : ''}}),`;
  });
  const required = app.entities.map((model) => {
    const refs = model.references
      .filter((r) => r.relation.required)
      .map((r) => `${jsString(r.key)}: ${jsString(r.target.slug)}`);
    return `  ${jsString(model.slug)}: { ${refs.join(', ')} },`;
  });
  return `import request from 'supertest';
import { expect } from 'vitest';
import { seedData } from '../src/seed-data.js';
import type { TestApp } from './helpers.js';

type Body = Record<string, unknown>;

/** Values that must differ between records (unique fields), by sequence number. */
const uniqueValues: Record<string, (n: number) => Body> = {
${uniques.join('\n')}
};

/** Required references: key → the slug of the entity it points at. */
export const requiredLinks: Record<string, Record<string, string>> = {
${required.join('\n')}
};

let sequence = 0;

/** A valid create body for a resource (parents not included). */
export function sampleBody(slug: string): Body {
  const rows = seedData.find((entry) => entry.slug === slug)?.rows ?? [];
  const n = sequence++;
  const values = rows.length > 0 ? rows[n % rows.length]?.values : {};
  return { ...values, ...uniqueValues[slug]?.(n) };
}

/** Creates a record over HTTP, creating the records it requires first. Returns the API's answer. */
export async function createRecord(t: TestApp, slug: string, overrides: Body = {}): Promise<Body & { id: number }> {
  const body = sampleBody(slug);
  for (const [key, target] of Object.entries(requiredLinks[slug] ?? {})) {
    if (overrides[key] === undefined) body[key] = (await createRecord(t, target)).id;
  }
  Object.assign(body, overrides);
  const response = await request(t.app).post('/api/' + slug).send(body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}
`;
}

/** A body that must fail validation, and the property the error must name. */
function invalidCase(model: EntityModel): { body: string; field: string } {
  const required = model.fields.find((f) => f.required && f.default === null && f.type !== 'boolean');
  if (required) return { body: '{}', field: required.name };
  const first = model.fields[0];
  if (first) {
    const wrong: Record<FieldModel['type'], string> = {
      string: '12345',
      text: '12345',
      email: "'not-an-email'",
      url: "'not a url'",
      phone: "'call me'",
      integer: "'many'",
      decimal: "'lots'",
      boolean: "'yes'",
      date: "'tomorrow'",
      datetime: "'soon'",
      enum: "'not-a-choice'",
    };
    return { body: `{ ${first.name}: ${wrong[first.type]} }`, field: first.name };
  }
  const ref = model.references[0];
  if (ref) return { body: ref.relation.required ? '{}' : `{ ${ref.key}: 'abc' }`, field: ref.key };
  return { body: '{ unknownProperty: 1 }', field: 'unknownProperty' };
}

export function entityTestFile(model: EntityModel): string {
  const slug = jsString(model.slug);
  const label = model.label.toLowerCase();
  const invalid = invalidCase(model);
  const patchField = model.fields.find((f) => !f.unique && !model.uniqueTogether.flat().includes(f.name));
  const searchField = model.searchable.find(
    (f) => !f.unique && String(sampleValue(model, f, 0) ?? '').length >= 3,
  );
  const uniqueField = model.fields.find((f) => f.unique);
  const nullableField = model.fields.find(
    (f) => !f.required && !f.unique && f.type !== 'boolean' && !model.uniqueTogether.flat().includes(f.name),
  );
  const tests: string[] = [];

  tests.push(`  it('creates a record and reads it back', async () => {
    const created = await createRecord(t, ${slug});
    expect(created.id).toBeTypeOf('number');
    expect(created.createdAt).toBeTypeOf('string');
    const response = await request(t.app).get('/api/' + ${slug} + '/' + created.id).expect(200);
    expect(response.body).toEqual(created);
  });`);

  tests.push(`  it('lists records with pagination and sorting', async () => {
    const ids = [(await createRecord(t, ${slug})).id, (await createRecord(t, ${slug})).id, (await createRecord(t, ${slug})).id];
    const page = await request(t.app).get('/api/' + ${slug}).query({ page: 1, pageSize: 2, sort: 'id', order: 'desc' }).expect(200);
    expect(page.body.items).toHaveLength(2);
    expect(page.body.total).toBeGreaterThanOrEqual(3);
    expect(page.body.items[0].id).toBe(Math.max(...ids));
    expect(page.body.items[0].id).toBeGreaterThan(page.body.items[1].id);
    const bad = await request(t.app).get('/api/' + ${slug}).query({ pageSize: 1000 }).expect(400);
    expect(bad.body.error.code).toBe('VALIDATION_FAILED');
  });`);

  if (nullableField) {
    const key = jsString(nullableField.name);
    tests.push(`  it(${jsString(`sorts by ${nullableField.name} with empty values last, in a stable order`)}, async () => {
    await createRecord(t, ${slug}, { ${nullableField.name}: null });
    await createRecord(t, ${slug}, { ${nullableField.name}: ${jsValue(sampleValue(model, nullableField, 1))} });
    await createRecord(t, ${slug}, { ${nullableField.name}: null });
    for (const order of ['asc', 'desc']) {
      const all = await request(t.app).get('/api/' + ${slug}).query({ sort: ${key}, order, pageSize: 100 }).expect(200);
      const empty = all.body.items.map((item: Record<string, unknown>) => item[${key}] === null);
      expect(empty).toEqual([...empty].sort());
      const ids = all.body.items.map((item: { id: number }) => item.id);
      const first = await request(t.app).get('/api/' + ${slug}).query({ sort: ${key}, order, pageSize: 2, page: 1 }).expect(200);
      const second = await request(t.app).get('/api/' + ${slug}).query({ sort: ${key}, order, pageSize: 2, page: 2 }).expect(200);
      expect([...first.body.items, ...second.body.items].map((item: { id: number }) => item.id)).toEqual(ids.slice(0, 4));
    }
  });`);
  }

  if (searchField) {
    tests.push(`  it('finds records by text search', async () => {
    const created = await createRecord(t, ${slug});
    const term = String(created[${jsString(searchField.name)}]).slice(0, 3);
    const found = await request(t.app).get('/api/' + ${slug}).query({ q: term, pageSize: 100 }).expect(200);
    expect(found.body.items.map((item: { id: number }) => item.id)).toContain(created.id);
    const upper = await request(t.app).get('/api/' + ${slug}).query({ q: term.toUpperCase(), pageSize: 100 }).expect(200);
    expect(upper.body.items.map((item: { id: number }) => item.id)).toContain(created.id);
    const none = await request(t.app).get('/api/' + ${slug}).query({ q: 'zz-no-such-text-zz' }).expect(200);
    expect(none.body.total).toBe(0);
  });`);
  }

  if (patchField) {
    const value = sampleValue(model, patchField, 3);
    tests.push(`  it('updates a record with PATCH', async () => {
    const created = await createRecord(t, ${slug});
    const response = await request(t.app).patch('/api/' + ${slug} + '/' + created.id).send({ ${patchField.name}: ${jsValue(value)} }).expect(200);
    expect(response.body.${patchField.name}).toEqual(${jsValue(value)});
    expect(Date.parse(response.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(String(created.updatedAt)));
  });`);
  }

  if (uniqueField) {
    tests.push(`  it(${jsString(`answers 409 naming ${uniqueField.name} when its value is taken`)}, async () => {
    const first = await createRecord(t, ${slug});
    const body = sampleBody(${slug});
    for (const [key, target] of Object.entries(requiredLinks[${slug}] ?? {})) body[key] = (await createRecord(t, target)).id;
    body[${jsString(uniqueField.name)}] = first[${jsString(uniqueField.name)}];
    const response = await request(t.app).post('/api/' + ${slug}).send(body).expect(409);
    expect(response.body.error.code).toBe('CONFLICT');
    expect(response.body.error.fields).toHaveProperty(${jsString(uniqueField.name)});
  });`);
  }

  tests.push(`  it('deletes a record', async () => {
    const created = await createRecord(t, ${slug});
    await request(t.app).delete('/api/' + ${slug} + '/' + created.id).expect(204);
    await request(t.app).get('/api/' + ${slug} + '/' + created.id).expect(404);
    await request(t.app).delete('/api/' + ${slug} + '/' + created.id).expect(404);
  });`);

  tests.push(`  it(${jsString(`rejects an invalid ${label} with 400 naming the field`)}, async () => {
    const response = await request(t.app).post('/api/' + ${slug}).send(${invalid.body}).expect(400);
    expect(response.body.error.code).toBe('VALIDATION_FAILED');
    expect(response.body.error.fields).toHaveProperty(${jsString(invalid.field)});
  });`);

  tests.push(`  it('answers 404 for a missing or malformed id', async () => {
    const missing = await request(t.app).get('/api/' + ${slug} + '/999999').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    await request(t.app).get('/api/' + ${slug} + '/abc').expect(404);
    await request(t.app).patch('/api/' + ${slug} + '/999999').send({}).expect(404);
  });`);

  for (const ref of model.references) {
    tests.push(`  it(${jsString(`rejects a ${ref.label.toLowerCase()} that does not exist`)}, async () => {
    const body = sampleBody(${slug});
    for (const [key, target] of Object.entries(requiredLinks[${slug}] ?? {})) body[key] = (await createRecord(t, target)).id;
    body[${jsString(ref.key)}] = 999999;
    const response = await request(t.app).post('/api/' + ${slug}).send(body).expect(400);
    expect(response.body.error.fields).toHaveProperty(${jsString(ref.key)});
  });`);
    if (ref.target !== model) {
      const child = ref.relation.inverseName.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
      tests.push(`  it(${jsString(`is listed under its ${ref.target.label.toLowerCase()} (${ref.key})`)}, async () => {
    const parent = await createRecord(t, ${jsString(ref.target.slug)});
    const created = await createRecord(t, ${slug}, { ${ref.key}: parent.id });
    const filtered = await request(t.app).get('/api/' + ${slug}).query({ ${ref.key}: parent.id }).expect(200);
    expect(filtered.body.items.map((item: { id: number }) => item.id)).toEqual([created.id]);
    const nested = await request(t.app).get('/api/' + ${jsString(ref.target.slug)} + '/' + parent.id + '/' + ${jsString(child)}).expect(200);
    expect(nested.body.items.map((item: { id: number }) => item.id)).toEqual([created.id]);${
      ref.relation.onDelete === 'restrict'
        ? `
    const blocked = await request(t.app).delete('/api/' + ${jsString(ref.target.slug)} + '/' + parent.id).expect(409);
    expect(blocked.body.error.code).toBe('CONFLICT');`
        : ''
    }
  });`);
    }
  }

  for (const many of model.manys) {
    const filter = `${many.key.slice(0, -3)}Id`;
    tests.push(`  it(${jsString(`links ${many.label.toLowerCase()}`)}, async () => {
    const other = await createRecord(t, ${jsString(many.target.slug)});
    const created = await createRecord(t, ${slug}, { ${many.key}: [other.id] });
    expect(created.${many.key}).toEqual([other.id]);
    const filtered = await request(t.app).get('/api/' + ${slug}).query({ ${filter}: other.id }).expect(200);
    expect(filtered.body.items.map((item: { id: number }) => item.id)).toContain(created.id);
    const cleared = await request(t.app).patch('/api/' + ${slug} + '/' + created.id).send({ ${many.key}: [] }).expect(200);
    expect(cleared.body.${many.key}).toEqual([]);
  });`);
  }

  return `import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, requiredLinks, sampleBody } from './fixtures.js';
import { setupTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp(${jsString(model.file.replace(/-/g, '_'))});
});
afterAll(async () => {
  await t?.close();
});

describe(${jsString(`${model.pluralLabel} API`)}, () => {
${tests.join('\n\n')}
});
`;
}

export const appTestFile = `import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../src/resources/index.js';
import { seed } from '../src/seed.js';
import { setupTestApp, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await setupTestApp('app');
});
afterAll(async () => {
  await t?.close();
});

describe('API', () => {
  it('reports health', async () => {
    const response = await request(t.app).get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('seeds valid sample data and counts it', async () => {
    const inserted = await seed(t.db);
    for (const resource of resources) expect(inserted[resource.slug]).toBeGreaterThan(0);
    const stats = await request(t.app).get('/api/stats').expect(200);
    for (const resource of resources) expect(stats.body.counts[resource.slug]).toBe(inserted[resource.slug]);
    expect(await seed(t.db)).toEqual({});
  });

  it('answers unknown routes and malformed JSON with JSON errors', async () => {
    const missing = await request(t.app).get('/api/no-such-thing').expect(404);
    expect(missing.body.error.code).toBe('NOT_FOUND');
    const malformed = await request(t.app).post('/api/' + resources[0]?.slug).set('Content-Type', 'application/json').send('{"oops"').expect(400);
    expect(malformed.body.error.code).toBe('BAD_REQUEST');
  });
});
`;
