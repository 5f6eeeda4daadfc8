import { normalizeSpec } from '@appgen/spec';
import { describe, expect, it } from 'vitest';
import { importsFor } from '../../emit/ts-module.ts';
import { isSafeRelativePath } from '../../file-tree.ts';
import { buildModel } from '../../model.ts';
import { clientCommonLayer } from '../client-common/index.ts';
import { reactLayer } from './index.ts';

function clientFiles(input: unknown): Map<string, string> {
  const app = buildModel(normalizeSpec(input).spec);
  return new Map([...clientCommonLayer.files(app), ...reactLayer.files(app)]);
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

const HOSTILE = ['"q"', '`tick`', '${boom}', '*/', '</script><b>'];
const hostile = {
  app: { name: `App ${HOSTILE.join(' ')}`, description: HOSTILE.join(' ') },
  entities: [
    {
      name: 'Event',
      label: `Event ${HOSTILE.join(' ')}`,
      description: HOSTILE.join(' '),
      fields: [
        { name: 'order', type: 'integer', label: `Order ${HOSTILE.join(' ')}` },
        { name: 'class', required: true, description: HOSTILE.join(' ') },
        { name: 'note', type: 'text', default: HOSTILE.join(' ') },
      ],
    },
    { name: 'Class', fields: [{ name: 'title' }] },
  ],
  relations: [{ kind: 'many-to-many', from: 'Event', to: 'Class' }],
};

describe('reactLayer', () => {
  it('writes only safe paths under client/', () => {
    const files = clientFiles(library);
    for (const path of files.keys()) {
      expect(path.startsWith('client/'), path).toBe(true);
      expect(isSafeRelativePath(path), path).toBe(true);
    }
  });

  it('gives every entity a list, detail and form page and their four routes', () => {
    const files = clientFiles(library);
    const app = files.get('client/src/App.tsx') ?? '';
    for (const [file, name, slug] of [
      ['author', 'Author', 'authors'],
      ['book', 'Book', 'books'],
      ['order-item', 'OrderItem', 'order-items'],
      ['tag', 'Tag', 'tags'],
    ]) {
      for (const kind of ['List', 'Detail', 'Form']) {
        expect(files.has(`client/src/pages/${file}/${name}${kind}Page.tsx`)).toBe(true);
        expect(app).toContain(`import { ${name}${kind}Page } from './pages/${file}/${name}${kind}Page';`);
      }
      for (const path of [slug, `${slug}/new`, `${slug}/:id`, `${slug}/:id/edit`])
        expect(app).toContain(`path="${path}"`);
      expect(files.get('client/src/lib/navigation.ts')).toContain(`path: "/${slug}"`);
    }
  });

  it('speaks the REST contract: slugs, filters of inverse relations, shared schemas', () => {
    const files = clientFiles(library);
    expect(files.get('client/src/lib/api.ts')).toContain(
      'book: resource<S.Book, S.BookInput, S.BookUpdate>("books")',
    );
    const author = files.get('client/src/pages/author/AuthorDetailPage.tsx') ?? '';
    expect(author).toContain('filters={{ authorId: record.id }}');
    expect(author).toContain('"/books/new?authorId=" + record.id');
    // The many-to-many inverse filters by the singular key (tagId), as the API expects.
    expect(files.get('client/src/pages/tag/TagDetailPage.tsx')).toContain('filters={{ tagId: record.id }}');
    const form = files.get('client/src/pages/book/BookFormPage.tsx') ?? '';
    expect(form).toContain('schema={S.bookInputSchema}');
    expect(form).toContain('schema={S.bookUpdateSchema}');
    expect(form).toContain(`{ name: "authorId", label: "Author", kind: 'reference', required: true },`);
    expect(form).toContain(`{ name: "tagIds", label: "Tags", kind: 'many', required: false },`);
  });

  it('pins dependency versions from the version map', () => {
    const pkg = JSON.parse(clientFiles(library).get('client/package.json') ?? '{}');
    expect(pkg.name).toBe('client');
    expect(pkg.dependencies['react-router']).toMatch(/^7\.\d+\.\d+$/);
    for (const version of [...Object.values(pkg.dependencies), ...Object.values(pkg.devDependencies)]) {
      expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    }
  });

  it('writes user text only escaped', () => {
    const files = clientFiles(hostile);
    for (const [path, content] of files) {
      // index.html is HTML, where only markup characters need escaping (checked below).
      if (path === 'client/index.html') continue;
      for (const raw of ['</script><b>', '${boom}', '`tick`'])
        expect(content.includes(raw), `${raw} in ${path}`).toBe(false);
    }
    const list = files.get('client/src/pages/event/EventListPage.tsx') ?? '';
    expect(list).toContain('\\u0024{boom}');
    expect(list).toContain('\\u003c/script\\u003e');
    const html = files.get('client/index.html') ?? '';
    expect(html).toContain('&#60;/script&#62;&#60;b&#62;');
    expect(html).not.toContain('</script><b>');
  });

  it('never declares an entity name as a bare identifier', () => {
    const files = clientFiles(hostile);
    const list = files.get('client/src/pages/event/EventListPage.tsx') ?? '';
    expect(list).toContain('Column<S.Event>[]');
    expect(list).not.toMatch(/\b(const|let|function|interface|type) Event\b/);
  });

  it('is deterministic', () => {
    expect([...clientFiles(hostile)]).toEqual([...clientFiles(hostile)]);
  });
});

describe('importsFor', () => {
  const specs = [{ from: 'x', names: ['used', 'unused', 'type T', 'spread'] }];
  it('keeps only names used outside strings, comments and property access', () => {
    const body = 'const a = used(); const s = "unused"; // unused\nobj.unused; const b: T = { ...spread };';
    expect(importsFor(body, specs)).toBe("import { used, type T, spread } from 'x';");
  });
});
