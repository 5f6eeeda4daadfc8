/**
 * Normalises relations into three canonical kinds: many-to-one and one-to-one (a foreign key on `from`)
 * and many-to-many (a join table named by `through`). One-to-many is flipped; a many-to-many through an
 * existing entity becomes two many-to-one relations on that entity.
 */
import type * as z from 'zod';
import { formatPath, type SpecIssue } from './errors.ts';
import { pluralize, singularize } from './inflect.ts';
import { camelCase, safeEntityName, safeFieldName } from './names.ts';
import type { Entity, Relation, relationInputSchema } from './schema.ts';

type RelationInput = z.output<typeof relationInputSchema>;

/** Every name an entity's records expose: fields, foreign keys, relation and inverse names. */
export class EntityNames {
  private readonly taken = new Map<string, Set<string>>();
  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      this.taken.set(
        entity.name,
        new Set(['id', 'createdAt', 'updatedAt', ...entity.fields.map((f) => f.name)]),
      );
    }
  }
  has(entity: string, name: string): boolean {
    return this.taken.get(entity)?.has(name) ?? false;
  }
  add(entity: string, name: string): void {
    this.taken.get(entity)?.add(name);
  }
  /** `base`, or `base2`, `base3` … whichever is free on the entity. */
  unique(entity: string, base: string, alsoFree: (name: string) => boolean = () => true): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : `${base}${n}`;
      if (!this.has(entity, candidate) && alsoFree(candidate)) return candidate;
    }
  }
}

export interface RelationContext {
  entities: Entity[];
  issues: SpecIssue[];
  warnings: SpecIssue[];
}

function resolveEntity(raw: string, ctx: RelationContext, path: Array<string | number>): Entity | null {
  const name = safeEntityName(singularize(raw.trim()));
  const entity = ctx.entities.find((e) => e.name === name);
  if (!entity) {
    const known = ctx.entities.map((e) => e.name).join(', ');
    ctx.issues.push({
      path: formatPath(path),
      message: `names no entity: ${JSON.stringify(raw).slice(0, 60)} (entities are: ${known})`,
    });
  }
  return entity ?? null;
}

const safeName = (raw: string | undefined, fallback: string) => (raw ? safeFieldName(raw) : null) ?? fallback;

export function normalizeRelations(inputs: readonly RelationInput[], ctx: RelationContext): Relation[] {
  const names = new EntityNames(ctx.entities);
  const relations: Relation[] = [];
  const signatures = new Set<string>();

  const addReference = (
    kind: 'many-to-one' | 'one-to-one',
    from: Entity,
    to: Entity,
    rawName: string | undefined,
    rawInverse: string | undefined,
    required: boolean,
    onDelete: Relation['onDelete'] | undefined,
    path: Array<string | number>,
  ): Relation | null => {
    const self = from.name === to.name;
    let name = safeName(rawName, self ? 'parent' : camelCase(to.name));
    if (name.endsWith('Id') && name.length > 2) name = name.slice(0, -2);
    const signature = `${kind}:${from.name}.${name}->${to.name}`;
    if (signatures.has(signature)) return null;
    signatures.add(signature);
    // A plain field with the relation's name or foreign key is the planner describing the same thing twice.
    for (const duplicate of [name, `${name}Id`]) {
      const index = from.fields.findIndex((f) => f.name === duplicate);
      if (index >= 0) {
        from.fields.splice(index, 1);
        ctx.warnings.push({
          path: formatPath(path),
          message: `field ${from.name}.${duplicate} is replaced by the relation to ${to.name}`,
        });
      }
    }
    name = names.unique(from.name, name, (n) => !names.has(from.name, `${n}Id`));
    names.add(from.name, name);
    names.add(from.name, `${name}Id`);
    const inverseBase = safeName(
      rawInverse,
      self ? camelCase(`sub ${pluralize(to.name)}`) : camelCase(pluralize(from.name)),
    );
    const inverseName = names.has(to.name, inverseBase)
      ? names.unique(to.name, safeFieldName(`${name} ${pluralize(from.name)}`) ?? inverseBase)
      : inverseBase;
    names.add(to.name, inverseName);
    // A record cannot require a parent of its own type (the first one could never be created).
    const isRequired = self ? false : required;
    let rule = onDelete ?? (isRequired ? 'restrict' : 'set-null');
    if (rule === 'set-null' && isRequired) rule = 'restrict';
    return {
      kind,
      from: from.name,
      to: to.name,
      name,
      inverseName,
      required: isRequired,
      onDelete: rule,
      through: null,
    };
  };

  inputs.forEach((input, index) => {
    const path = ['relations', index];
    const a = resolveEntity(input.from, ctx, [...path, 'from']);
    const b = resolveEntity(input.to, ctx, [...path, 'to']);
    if (!a || !b) return;
    const push = (relation: Relation | null) => relation && relations.push(relation);
    switch (input.kind) {
      case 'many-to-one':
      case 'one-to-one':
        push(
          addReference(
            input.kind,
            a,
            b,
            input.name,
            input.inverseName,
            input.required ?? false,
            input.onDelete,
            path,
          ),
        );
        break;
      case 'one-to-many':
        push(
          addReference(
            'many-to-one',
            b,
            a,
            input.inverseName,
            input.name,
            input.required ?? false,
            input.onDelete,
            path,
          ),
        );
        break;
      case 'many-to-many': {
        const through = input.through
          ? ctx.entities.find((e) => e.name === safeEntityName(singularize(input.through ?? '')))
          : undefined;
        if (through && through.name !== a.name && through.name !== b.name) {
          // An explicit join entity: it carries its own fields and references both sides.
          push(addReference('many-to-one', through, a, undefined, undefined, true, 'cascade', path));
          push(addReference('many-to-one', through, b, undefined, undefined, true, 'cascade', path));
          const keys = relations.filter(
            (r) => r.from === through.name && (r.to === a.name || r.to === b.name),
          );
          if (keys.length >= 2 && a.name !== b.name) {
            const pair = keys.slice(-2).map((r) => `${r.name}Id`);
            if (!through.uniqueTogether.some((set) => set.join() === pair.join()))
              through.uniqueTogether.push(pair);
          }
          break;
        }
        const signature = `m2m:${[a.name, b.name].sort().join('+')}:${input.name ?? ''}`;
        if (signatures.has(signature)) break;
        signatures.add(signature);
        const self = a.name === b.name;
        const name = names.unique(
          a.name,
          safeName(input.name, camelCase(pluralize(b.name))),
          (n) => !names.has(a.name, `${singularize(n)}Ids`),
        );
        names.add(a.name, name);
        names.add(a.name, `${singularize(name)}Ids`);
        const inverseBase = safeName(
          input.inverseName,
          self ? camelCase(`related ${pluralize(a.name)}`) : camelCase(pluralize(a.name)),
        );
        const inverseName = names.unique(b.name, inverseBase);
        names.add(b.name, inverseName);
        const taken = new Set([
          ...ctx.entities.map((e) => e.name),
          ...relations.flatMap((r) => (r.through ? [r.through] : [])),
        ]);
        let joinName = safeEntityName(`${a.name} ${singularize(name)}`) ?? `${a.name}${b.name}`;
        for (let n = 2; taken.has(joinName); n++) joinName = `${a.name}${b.name}Link${n}`;
        relations.push({
          kind: 'many-to-many',
          from: a.name,
          to: b.name,
          name,
          inverseName,
          required: false,
          onDelete: 'cascade',
          through: joinName,
        });
        break;
      }
    }
  });
  breakRequiredCycles(relations, ctx);
  return relations;
}

/** Required foreign keys that form a cycle would make every insert fail; the last edge becomes optional. */
function breakRequiredCycles(relations: Relation[], ctx: RelationContext): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (entity: string): void => {
    state.set(entity, 'visiting');
    for (const relation of relations) {
      if (
        relation.from !== entity ||
        relation.kind === 'many-to-many' ||
        !relation.required ||
        relation.from === relation.to
      )
        continue;
      const next = state.get(relation.to);
      if (next === 'visiting') {
        relation.required = false;
        relation.onDelete = 'set-null';
        ctx.warnings.push({
          path: 'relations',
          message: `${relation.from}.${relation.name} became optional: required references formed a cycle`,
        });
      } else if (next === undefined) visit(relation.to);
    }
    state.set(entity, 'done');
  };
  for (const entity of ctx.entities) if (!state.has(entity.name)) visit(entity.name);
}
