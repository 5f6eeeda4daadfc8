/**
 * The Vue client's own tests (vitest + @vue/test-utils on happy-dom): the generic form and table, and
 * every generated page mounted through the real router against a stubbed API.
 */
import { jsString } from '../../emit/literal.ts';
import { indent } from '../../emit/ts-module.ts';
import type { AppModel } from '../../model.ts';
import { listPath } from '../client-common/routes.ts';

export const entityFormTest = `import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { FieldSpec } from '../lib/form';
import { initialValues } from '../lib/form';
import { ApiError } from '../lib/api-client';
import EntityForm from './EntityForm.vue';

const FIELDS: FieldSpec[] = [
  { name: 'title', label: 'Title', kind: 'string', required: true },
  { name: 'pages', label: 'Pages', kind: 'integer', required: false, min: 1 },
  { name: 'done', label: 'Done', kind: 'boolean', required: false },
];
const schema = z
  .object({ title: z.string().min(1, 'Required'), pages: z.number().int().min(1).nullable(), done: z.boolean() })
  .strict();

function mountForm(save = vi.fn(async () => undefined)) {
  const wrapper = mount(EntityForm, {
    props: { fields: FIELDS, options: {}, initial: initialValues(FIELDS), schema, submitLabel: 'Create', save },
    attachTo: document.body,
  });
  return { wrapper, save };
}

describe('EntityForm', () => {
  it('labels every control', () => {
    const { wrapper } = mountForm();
    for (const field of FIELDS) {
      const label = wrapper.find('label[for="field-' + field.name + '"]');
      expect(label.text()).toContain(field.label);
      expect(wrapper.find('#field-' + field.name).exists()).toBe(true);
    }
    wrapper.unmount();
  });

  it('shows the shared schema\\u2019s errors and does not save', async () => {
    const { wrapper, save } = mountForm();
    await wrapper.find('#field-pages').setValue('0');
    await wrapper.find('form').trigger('submit');
    expect(save).not.toHaveBeenCalled();
    expect(wrapper.find('#field-title').attributes('aria-invalid')).toBe('true');
    expect(wrapper.find('#field-title-error').text()).toBe('Required');
    expect(wrapper.find('#field-pages-error').exists()).toBe(true);
    wrapper.unmount();
  });

  it('saves the parsed input', async () => {
    const { wrapper, save } = mountForm();
    await wrapper.find('#field-title').setValue('Dune');
    await wrapper.find('#field-pages').setValue('412');
    await wrapper.find('#field-done').setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(save).toHaveBeenCalledWith({ title: 'Dune', pages: 412, done: true });
    wrapper.unmount();
  });

  it('places the API\\u2019s field errors', async () => {
    const save = vi.fn(async () => {
      throw new ApiError(409, 'CONFLICT', 'Title is taken.', { title: 'already exists' });
    });
    const { wrapper } = mountForm(save);
    await wrapper.find('#field-title').setValue('Dune');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#field-title-error').text()).toBe('already exists');
    expect(wrapper.find('[role="alert"]').text()).toContain('Title is taken.');
    wrapper.unmount();
  });
});
`;

export const dataTableTest = `import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { ListParams, ReadResource } from '../lib/api-client';
import DataTable from './DataTable.vue';

interface Row {
  id: number;
  name: string;
}

function resourceOf(rows: Row[], fail = false) {
  const list = vi.fn(async (params?: ListParams) => {
    if (fail) throw new Error('Server down');
    return { items: rows, total: rows.length, page: params?.page ?? 1, pageSize: 20 };
  });
  const resource: ReadResource<Row> = { slug: 'rows', list, get: async (id) => ({ id, name: 'x' }) };
  return { resource, list };
}

async function mountTable(resource: ReadResource<Row>) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }] });
  await router.push('/');
  const wrapper = mount(DataTable<Row>, {
    props: { resource, columns: [{ key: 'name', header: 'Name', sortable: true }], emptyMessage: 'No rows yet.' },
    global: { plugins: [router] },
  });
  await flushPromises();
  return { wrapper, router };
}

describe('DataTable', () => {
  it('shows the rows and the page count', async () => {
    const { wrapper } = await mountTable(resourceOf([{ id: 1, name: 'Ada' }]).resource);
    expect(wrapper.find('tbody').text()).toContain('Ada');
    expect(wrapper.find('nav[aria-label="Pagination"]').text()).toContain('1 records');
  });

  it('says so when there is nothing yet', async () => {
    const { wrapper } = await mountTable(resourceOf([]).resource);
    expect(wrapper.text()).toContain('No rows yet.');
  });

  it('shows a failure with a retry', async () => {
    const { wrapper } = await mountTable(resourceOf([], true).resource);
    expect(wrapper.find('[role="alert"]').text()).toContain('Server down');
    expect(wrapper.find('[role="alert"] button').text()).toBe('Try again');
  });

  it('sorts by a column through the URL', async () => {
    const { resource, list } = resourceOf([{ id: 1, name: 'Ada' }]);
    const { wrapper, router } = await mountTable(resource);
    await wrapper.find('th button').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'name', order: 'asc' });
    expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'name', order: 'asc' }));
    expect(wrapper.find('th').attributes('aria-sort')).toBe('ascending');
  });
});
`;

/** src/pages/pages.test.ts: each entity's pages render through the router, with labelled form controls. */
export function pagesTest(app: AppModel): string {
  const { extras, auth } = app.level;
  const first = app.entities[0];
  const entities = app.entities.map((model) => {
    const labels = [
      ...model.fields.map((f) => f.label),
      ...model.references.map((r) => r.label),
      ...model.manys.map((m) => m.label),
    ];
    return `{
  path: ${jsString(listPath(model))},
  plural: ${jsString(model.pluralLabel)},
  label: ${jsString(model.label)},
  fields: [${labels.map((label) => jsString(label)).join(', ')}],
},`;
  });
  return `import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory } from 'vue-router';
import App from '../App.vue';
${auth ? "import { currentUser } from '../lib/session';\n" : ''}import { createAppRouter } from '../router';

const ENTITIES = [
  ${indent(entities.join('\n'), 2)}
];

/** An API with no records: every list is empty, every count is 0, every record is missing. */
function emptyApi(url: string): { status: number; body: unknown } {
${auth ? "  if (url === '/api/auth/me') return loggedIn ? { status: 200, body: USER } : { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Log in to continue' } } };\n" : ''}  if (url === '/api/stats') return { status: 200, body: { counts: {} } };
  if (/^\\/api\\/[a-z0-9-]+\\/\\d+$/.test(url)) return { status: 404, body: { error: { code: 'NOT_FOUND', message: 'Not found' } } };
  return { status: 200, body: { items: [], total: 0, page: 1, pageSize: 20 } };
}

${
  auth
    ? `const USER = { id: 1, email: 'member@example.com', role: 'user', createdAt: '2025-01-01T00:00:00.000Z' };
let loggedIn = true;

`
    : ''
}beforeEach(() => {${auth ? '\n  loggedIn = true;\n  currentUser.value = undefined;' : ''}
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const { status, body } = emptyApi(input);
      return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

async function visit(path: string) {
  const router = createAppRouter(createMemoryHistory());
  await router.push(path);
  const wrapper = mount(App, { global: { plugins: [router] }, attachTo: document.body });
  await flushPromises();
  return wrapper;
}

describe('pages', () => {
${extras ? DASHBOARD_TEST : homeTest(first ? listPath(first) : '/')}${auth ? AUTH_TESTS : ''}
  it.each(ENTITIES)('$path lists its records, or says there are none', async (entity) => {
    const wrapper = await visit(entity.path);
    expect(wrapper.find('h1').text()).toBe(entity.plural);
    expect(wrapper.find('tbody').text()).toContain('No ' + entity.plural.toLowerCase() + ' yet.');
    wrapper.unmount();
  });

  it.each(ENTITIES)('$path/new labels a control for every field', async (entity) => {
    const wrapper = await visit(entity.path + '/new');
    expect(wrapper.find('h1').text()).toBe('New ' + entity.label);
    const labels = wrapper.findAll('label, legend').map((node) => node.text());
    for (const field of entity.fields) expect(labels.some((text) => text.startsWith(field))).toBe(true);
    wrapper.unmount();
  });

  it.each(ENTITIES)('$path/:id says when the record does not exist', async (entity) => {
    const wrapper = await visit(entity.path + '/999');
    expect(wrapper.find('[role="alert"]').text()).toContain('does not exist');
    wrapper.unmount();
  });

  it('answers unknown paths with a 404 page', async () => {
    const wrapper = await visit('/no/such/page');
    expect(wrapper.find('h1').text()).toBe('Page not found');
    wrapper.unmount();
  });
});
`;
}

const DASHBOARD_TEST = `  it('the dashboard links to every list', async () => {
    const wrapper = await visit('/');
    for (const entity of ENTITIES) expect(wrapper.find('main a[href="' + entity.path + '"]').exists()).toBe(true);
    wrapper.unmount();
  });
`;

/** At simple there is no dashboard: home is the first list, and the navigation links to every list. */
const homeTest = (
  path: string,
) => `  it('home is the first list, and the navigation links to every list', async () => {
    const wrapper = await visit('/');
    expect(wrapper.vm.$route.path).toBe(${jsString(path)});
    for (const entity of ENTITIES) expect(wrapper.find('nav a[href="' + entity.path + '"]').exists()).toBe(true);
    wrapper.unmount();
  });
`;

const AUTH_TESTS = `
  it('sends a visitor who is not logged in to the log-in page, and back afterwards', async () => {
    loggedIn = false;
    const path = ENTITIES[0]?.path ?? '/';
    const wrapper = await visit(path);
    expect(wrapper.vm.$route.path).toBe('/login');
    expect(wrapper.vm.$route.query.from).toBe(path);
    expect(wrapper.find('h1').text()).toBe('Log in');
    expect(wrapper.find('input[type="email"]').exists()).toBe(true);
    expect(wrapper.find('input[type="password"]').exists()).toBe(true);
    wrapper.unmount();
  });

  it('shows who is logged in', async () => {
    const wrapper = await visit(ENTITIES[0]?.path ?? '/');
    expect(wrapper.find('aside').text()).toContain(USER.email);
    expect(wrapper.findAll('aside button').map((button) => button.text())).toContain('Log out');
    wrapper.unmount();
  });
`;
