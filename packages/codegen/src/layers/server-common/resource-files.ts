/** Per-entity server files: the resource description that the generic repository and router serve. */
import { jsString } from '../../emit/literal.ts';
import type { AppModel, EntityModel } from '../../model.ts';
import { OWNER_COLUMN } from '../database/users-table.ts';

const SEARCH_TYPES = new Set(['string', 'text', 'email', 'url', 'phone']);

function objectLines(entries: Array<[string, string]>, indent = '    '): string {
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, value]) => `${indent}${key}: ${value},`).join('\n')}\n${indent.slice(2)}}`;
}

/** With accounts, every record has an owner: a column the server writes and a filter it applies. */
export function resourceFile(model: EntityModel, auth = false): string {
  const columns: Array<[string, string]> = [
    ...model.fields.map((f): [string, string] => [f.name, jsString(f.column)]),
    ...model.references.map((r): [string, string] => [r.key, jsString(r.column)]),
  ];
  const owner: Array<[string, string]> = auth ? [['ownerId', jsString(OWNER_COLUMN)]] : [];
  const sortable: Array<[string, string]> = [
    ['id', jsString('id')],
    ['createdAt', jsString('created_at')],
    ['updatedAt', jsString('updated_at')],
    ...columns,
  ];
  const filters: Array<[string, string]> = [
    ...owner.map(([key, column]): [string, string] => [key, `{ column: ${column}, type: 'id' }`]),
    ...model.references.map((r): [string, string] => [
      r.key,
      `{ column: ${jsString(r.column)}, type: 'id' }`,
    ]),
    ...model.fields
      .filter((f) => f.type === 'enum' || f.type === 'boolean')
      .map((f): [string, string] => [
        f.name,
        `{ column: ${jsString(f.column)}, type: ${f.type === 'boolean' ? "'boolean'" : "'text'"} }`,
      ]),
  ];
  const manys = model.manys.map(
    (m) =>
      `    { key: ${jsString(m.key)}, filter: ${jsString(`${m.key.slice(0, -3)}Id`)}, table: ${jsString(m.joinTable)}, ownColumn: ${jsString(m.ownColumn)}, otherColumn: ${jsString(m.otherColumn)} },`,
  );
  const references: Array<[string, string]> = model.references.map((r) => [
    r.key,
    jsString(r.target.label.toLowerCase()),
  ]);
  const targets: Array<[string, string]> = [
    ...model.references.map((r): [string, string] => [r.key, jsString(r.target.slug)]),
    ...model.manys.map((m): [string, string] => [m.key, jsString(m.target.slug)]),
  ];
  const children: Array<[string, string]> = model.inverses.map((inv) => {
    const filter = inv.relation.kind === 'many-to-many' ? `${inv.key.slice(0, -3)}Id` : inv.key;
    return [
      jsString(inv.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()),
      `{ slug: ${jsString(inv.source.slug)}, filter: ${jsString(filter)} }`,
    ];
  });
  return `import { ${model.camel}InputSchema, ${model.camel}UpdateSchema } from '../shared/schemas.js';
import type { Resource } from './resource.js';

export const ${model.camel}Resource: Resource = {
  name: ${jsString(model.name)},
  label: ${jsString(model.label)},
  slug: ${jsString(model.slug)},
  table: ${jsString(model.table)},
  columns: ${objectLines([...columns, ...owner])},
  searchable: [${model.fields
    .filter((f) => SEARCH_TYPES.has(f.type))
    .map((f) => jsString(f.column))
    .join(', ')}],
  sortable: ${objectLines(sortable)},
  filters: ${objectLines(filters)},
  types: ${objectLines(model.fields.map((f): [string, string] => [f.name, jsString(f.type)]))},
  manys: [${manys.length ? `\n${manys.join('\n')}\n  ` : ''}],
  references: ${objectLines(references)},${auth ? `\n  targets: ${objectLines(targets)},` : ''}
  children: ${objectLines(children)},
  inputSchema: ${model.camel}InputSchema,
  updateSchema: ${model.camel}UpdateSchema,
};
`;
}

export function resourcesIndexFile(app: AppModel): string {
  return `import type { Resource } from './resource.js';
${app.entities.map((m) => `import { ${m.camel}Resource } from './${m.file}.js';`).join('\n')}

export type { Resource } from './resource.js';

/** Every entity of the app, in an order where each comes after the entities it requires. */
export const resources: Resource[] = [${app.ordered.map((m) => `${m.camel}Resource`).join(', ')}];
`;
}
