/**
 * The contract every layer meets at, derived once from a normalised AppSpec: names of tables, columns,
 * routes, files and the relations seen from each side. Layers read this; none re-derives a name.
 */
import {
  type AppSpec,
  camelCase,
  type Entity,
  type Field,
  humanize,
  kebabCase,
  type Relation,
  singularize,
  snakeCase,
} from '@appgen/spec';
import { type LevelModel, levelOf } from './level.ts';

export interface FieldModel extends Field {
  column: string;
}

/** A foreign key on this entity (many-to-one or one-to-one). */
export interface ReferenceModel {
  relation: Relation;
  /** Property holding the related record's id, e.g. "authorId". */
  key: string;
  column: string;
  /** The related record's name, e.g. "author". */
  name: string;
  label: string;
  target: EntityModel;
  unique: boolean;
}

/** Records of another entity pointing at this one ("an author's books"). */
export interface InverseModel {
  relation: Relation;
  name: string;
  label: string;
  source: EntityModel;
  /** The source's key pointing here, e.g. "authorId". */
  key: string;
}

/** A many-to-many list seen from one side, e.g. post.tags via the post_tags table. */
export interface ManyModel {
  relation: Relation;
  /** Property holding the related ids, e.g. "tagIds". */
  key: string;
  name: string;
  label: string;
  target: EntityModel;
  joinTable: string;
  /** Join-table column pointing at this entity and at the other one. */
  ownColumn: string;
  otherColumn: string;
}

export interface EntityModel {
  entity: Entity;
  name: string;
  /** camelCase singular, e.g. "orderItem". */
  camel: string;
  /** URL segment and file stem, e.g. "order-items". */
  slug: string;
  /** File stem for this entity's modules, e.g. "order-item". */
  file: string;
  table: string;
  label: string;
  pluralLabel: string;
  fields: FieldModel[];
  references: ReferenceModel[];
  inverses: InverseModel[];
  manys: ManyModel[];
  displayField: string;
  /** Fields searched by the `q` query parameter. */
  searchable: FieldModel[];
  /** Columns clients may sort by. */
  sortable: string[];
  uniqueTogether: string[][];
}

export interface AppModel {
  spec: AppSpec;
  /** What the complexity level turns on (see level.ts). */
  level: LevelModel;
  /** Table of the accounts (advanced): "users", unless an entity's table already has that name. */
  usersTable: string;
  entities: EntityModel[];
  /** Entities ordered so that each comes after every entity it requires (for migrations and seeding). */
  ordered: EntityModel[];
  joinTables: Array<{ table: string; many: ManyModel; owner: EntityModel }>;
}

const SEARCHABLE_TYPES = new Set<Field['type']>(['string', 'text', 'email', 'url', 'phone']);

export function buildModel(spec: AppSpec): AppModel {
  const entities: EntityModel[] = spec.entities.map((entity) => ({
    entity,
    name: entity.name,
    camel: camelCase(entity.name),
    slug: kebabCase(entity.plural),
    file: kebabCase(entity.name),
    table: snakeCase(entity.plural),
    label: entity.label,
    pluralLabel: entity.pluralLabel,
    fields: entity.fields.map((field) => ({ ...field, column: snakeCase(field.name) })),
    references: [],
    inverses: [],
    manys: [],
    displayField: entity.displayField,
    searchable: [],
    sortable: [],
    uniqueTogether: entity.uniqueTogether,
  }));
  const byName = new Map(entities.map((e) => [e.name, e]));
  const get = (name: string) => {
    const found = byName.get(name);
    if (!found) throw new Error(`relation names unknown entity ${name}`);
    return found;
  };
  const joinTables: AppModel['joinTables'] = [];

  for (const relation of spec.relations) {
    const from = get(relation.from);
    const to = get(relation.to);
    if (relation.kind === 'many-to-many') {
      const base = snakeCase(relation.through ?? `${relation.from} ${singularize(relation.name)}`);
      const joinTable = entities.some((e) => e.table === base) ? `${base}_link` : base;
      const self = from === to;
      const ownColumn = `${snakeCase(from.name)}_id`;
      const otherColumn = self ? `${snakeCase(singularize(relation.name))}_id` : `${snakeCase(to.name)}_id`;
      const forward: ManyModel = {
        relation,
        key: `${singularize(relation.name)}Ids`,
        name: relation.name,
        label: humanLabel(relation.name),
        target: to,
        joinTable,
        ownColumn,
        otherColumn: otherColumn === ownColumn ? `other_${otherColumn}` : otherColumn,
      };
      from.manys.push(forward);
      joinTables.push({ table: joinTable, many: forward, owner: from });
      to.inverses.push({
        relation,
        name: relation.inverseName,
        label: humanLabel(relation.inverseName),
        source: from,
        key: forward.key,
      });
      continue;
    }
    from.references.push({
      relation,
      key: `${relation.name}Id`,
      column: `${snakeCase(relation.name)}_id`,
      name: relation.name,
      label: humanLabel(relation.name),
      target: to,
      unique: relation.kind === 'one-to-one',
    });
    to.inverses.push({
      relation,
      name: relation.inverseName,
      label: humanLabel(relation.inverseName),
      source: from,
      key: `${relation.name}Id`,
    });
  }

  for (const model of entities) {
    model.searchable = model.fields.filter((f) => SEARCHABLE_TYPES.has(f.type));
    model.sortable = [
      'id',
      'createdAt',
      'updatedAt',
      ...model.fields.map((f) => f.name),
      ...model.references.map((r) => r.key),
    ];
  }
  const usersTable = entities.some((e) => e.table === 'users') ? 'app_users' : 'users';
  return {
    spec,
    level: levelOf(spec),
    usersTable,
    entities,
    ordered: orderByDependency(entities),
    joinTables,
  };
}

const humanLabel = humanize;

/**
 * Depth-first order over required foreign keys (acyclic after normalisation), so every record can be
 * created after the records it requires. Optional references may point forward and are filled later.
 */
function orderByDependency(entities: EntityModel[]): EntityModel[] {
  const done = new Set<EntityModel>();
  const visiting = new Set<EntityModel>();
  const out: EntityModel[] = [];
  const visit = (model: EntityModel) => {
    if (done.has(model) || visiting.has(model)) return;
    visiting.add(model);
    for (const ref of model.references) if (ref.target !== model && ref.relation.required) visit(ref.target);
    visiting.delete(model);
    done.add(model);
    out.push(model);
  };
  for (const model of entities) visit(model);
  return out;
}

/** Column name for a camelCase property of an entity (fields and foreign keys). */
export function columnOf(model: EntityModel, property: string): string {
  if (property === 'id') return 'id';
  if (property === 'createdAt') return 'created_at';
  if (property === 'updatedAt') return 'updated_at';
  const field = model.fields.find((f) => f.name === property);
  if (field) return field.column;
  const ref = model.references.find((r) => r.key === property);
  if (ref) return ref.column;
  throw new Error(`${model.name} has no property ${property}`);
}
