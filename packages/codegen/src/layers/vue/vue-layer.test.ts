import { normalizeSpec } from '@appgen/spec';
import { describe, expect, it } from 'vitest';
import { compileSfc } from '../../../test/compile-sfc.ts';
import { isSafeRelativePath } from '../../file-tree.ts';
import { generate } from '../../generate.ts';

function vueFiles(input: unknown): Map<string, string> {
  const { spec } = normalizeSpec(input);
  const tree = generate(spec, { ...spec.stack, frontend: 'vue' });
  return new Map(tree.map((file) => [file.path, file.content]));
}

const library = {
  app: { name: 'Library' },
  entities: [
    { name: 'Author', fields: [{ name: 'name', required: true }] },
    {
      name: 'Book',
      fields: [
        { name: 'title', required: true },
        { name: 'status', type: 'enum', enumValues: ['draft', 'out'] },
      ],
    },
    { name: 'OrderItem', fields: [{ name: 'quantity', type: 'integer' }] },
    { name: 'Tag', fields: [{ name: 'label' }] },
  ],
  relations: [
    { kind: 'one-to-many', from: 'Author', to: 'Book', required: true },
    { kind: 'many-to-many', from: 'Book', to: 'Tag' },
  ],
};

const HOSTILE = ['"q"', '`tick`', '${boom}', '*/', '</script><b>', '{{ x }}', '&amp;'];
const hostile = {
  app: { name: `App ${HOSTILE.join(' ')}`, description: HOSTILE.join(' ') },
  entities: [
    {
      name: 'Event',
      label: `CANARY ${HOSTILE.join(' ')}`,
      description: `CANARY ${HOSTILE.join(' ')}`,
      fields: [
        { name: 'order', type: 'integer', label: `CANARY ${HOSTILE.join(' ')}` },
        { name: 'class', required: true, description: `CANARY ${HOSTILE.join(' ')}` },
      ],
    },
    { name: 'Class', label: `CANARY ${HOSTILE.join(' ')}`, fields: [{ name: 'title' }] },
  ],
  relations: [
    { kind: 'many-to-many', from: 'Event', to: 'Class', name: 'classes' },
    { kind: 'many-to-one', from: 'Event', to: 'Class', name: 'host' },
  ],
};

describe('vue layer', () => {
  it('writes a Vue client and no React files, at safe paths', () => {
    const files = vueFiles(library);
    expect(JSON.parse(files.get('client/package.json') ?? '{}').dependencies.vue).toBeDefined();
    expect(files.get('client/package.json')).toContain('vue-tsc --noEmit');
    expect([...files.keys()].filter((path) => path.endsWith('.tsx'))).toEqual([]);
    for (const path of files.keys()) expect(isSafeRelativePath(path), path).toBe(true);
    expect(files.get('README.md')).toContain('Vue 3 + Vite + Tailwind client');
  });

  it('gives every entity a list, detail and form page and their four routes', () => {
    const files = vueFiles(library);
    const router = files.get('client/src/router.ts') ?? '';
    for (const [file, name, slug] of [
      ['author', 'Author', 'authors'],
      ['order-item', 'OrderItem', 'order-items'],
    ]) {
      for (const kind of ['List', 'Detail', 'Form']) {
        expect(files.has(`client/src/pages/${file}/${name}${kind}Page.vue`)).toBe(true);
        expect(router).toContain(`import ${name}${kind}Page from './pages/${file}/${name}${kind}Page.vue';`);
      }
      for (const path of [slug, `${slug}/new`, `${slug}/:id`, `${slug}/:id/edit`])
        expect(router).toContain(`path: "/${path}"`);
    }
  });

  it('uses the shared schemas and the REST contract in pages', () => {
    const files = vueFiles(library);
    const form = files.get('client/src/pages/book/BookFormPage.vue') ?? '';
    expect(form).toContain(':schema="S.bookInputSchema"');
    expect(form).toContain(':schema="S.bookUpdateSchema"');
    expect(form).toContain('{ name: "tagIds", label: "Tags", kind: \'many\', required: false },');
    const author = files.get('client/src/pages/author/AuthorDetailPage.vue') ?? '';
    expect(author).toContain('filter: "authorId", add: "/books/new?authorId="');
    const tag = files.get('client/src/pages/tag/TagDetailPage.vue') ?? '';
    expect(tag).toContain('filter: "tagId"');
    const list = files.get('client/src/pages/book/BookListPage.vue') ?? '';
    expect(list).toContain('#cell-authorId="{ row }"');
    expect(list).toContain('optionsFilter(options.tagIds)');
  });

  it('compiles every component', () => {
    for (const input of [library, hostile]) {
      for (const [path, content] of vueFiles(input)) if (path.endsWith('.vue')) compileSfc(path, content);
    }
  });

  it('keeps user text out of templates: only escaped constants in the script carry it', () => {
    for (const [path, content] of vueFiles(hostile)) {
      if (!path.endsWith('.vue')) continue;
      const template = content.slice(content.indexOf('</script>'));
      expect(template, path).not.toContain('CANARY');
      const script = content.slice(0, content.indexOf('</script>'));
      for (const line of script.split('\n')) {
        const code = line.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, '""');
        const at = code.indexOf('CANARY');
        if (at >= 0) expect(code.slice(0, at), `${path}: ${line}`).toMatch(/\/\//);
      }
    }
  });
});
