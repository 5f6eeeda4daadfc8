/**
 * Entity page data every frontend writes the same way, as TypeScript: form field specs, list filters and
 * the option lists a page loads (through the frontend's own `useOptions`).
 */
import { jsString, jsValue } from '../../emit/literal.ts';
import type { EntityModel, FieldModel } from '../../model.ts';
import { manyFilterKey } from './routes.ts';

function fieldSpec(field: FieldModel): string {
  const parts = [
    `name: ${jsString(field.name)}`,
    `label: ${jsString(field.label)}`,
    `kind: ${jsString(field.type)}`,
    // A checkbox always has a value; other required fields must not be left empty.
    `required: ${field.type !== 'boolean' && field.required}`,
  ];
  if (field.description) parts.push(`description: ${jsString(field.description)}`);
  if (field.default !== null) parts.push(`defaultValue: ${jsValue(field.default)}`);
  if (field.type === 'enum') parts.push(`enumValues: ${jsValue(field.enumValues)}`);
  if (field.min !== null) parts.push(`min: ${JSON.stringify(field.min)}`);
  if (field.max !== null) parts.push(`max: ${JSON.stringify(field.max)}`);
  if (field.maxLength !== null) parts.push(`maxLength: ${field.maxLength}`);
  return `{ ${parts.join(', ')} },`;
}

/** The `FieldSpec` entries (src/lib/form.ts) of an entity form: fields, references, many-to-many keys. */
export function fieldSpecs(model: EntityModel): string[] {
  return [
    ...model.fields.map(fieldSpec),
    ...model.references.map(
      (r) =>
        `{ name: ${jsString(r.key)}, label: ${jsString(r.label)}, kind: 'reference', required: ${r.relation.required}${
          r.target === model ? ', self: true' : ''
        } },`,
    ),
    ...model.manys.map(
      (m) => `{ name: ${jsString(m.key)}, label: ${jsString(m.label)}, kind: 'many', required: false },`,
    ),
  ];
}

/** The list filters of an entity page: enum and boolean fields, references, many-to-many (REST contract). */
export function listFilters(model: EntityModel): string[] {
  const byField = model.fields.flatMap((f) => {
    if (f.type === 'enum') {
      const values = `${jsValue(f.enumValues)}.map((value) => ({ value, label: humanize(value) }))`;
      return [`{ key: ${jsString(f.name)}, label: ${jsString(f.label)}, options: ${values} },`];
    }
    if (f.type === 'boolean')
      return [`{ key: ${jsString(f.name)}, label: ${jsString(f.label)}, options: BOOLEAN_FILTER },`];
    return [];
  });
  const byReference = model.references.map(
    (r) =>
      `{ key: ${jsString(r.key)}, label: ${jsString(r.label)}, options: optionsFilter(options.${r.key}) },`,
  );
  const byMany = model.manys.map(
    (m) =>
      `{ key: ${jsString(manyFilterKey(m.key))}, label: ${jsString(m.label)}, options: optionsFilter(options.${m.key}) },`,
  );
  return [...byField, ...byReference, ...byMany];
}

/**
 * One `useOptions` per reference and many-to-many key (the related entity's first 100 records, loaded
 * once), as an object keyed by the input property, e.g. `{ authorId: …, tagIds: … }`.
 */
export function optionsObject(model: EntityModel, prefix: string): string | null {
  const sources = [
    ...model.references.map((r) => ({ key: r.key, target: r.target })),
    ...model.manys.map((m) => ({ key: m.key, target: m.target })),
  ];
  if (sources.length === 0) return null;
  const lines = sources.map(({ key, target }) => {
    const sort = target.displayField === 'id' ? '' : `, ${jsString(target.displayField)}`;
    return `  ${key}: useOptions(api.${target.camel}, display.${target.camel}${sort}),`;
  });
  return `${prefix}{\n${lines.join('\n')}\n};`;
}
