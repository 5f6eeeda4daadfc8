/**
 * `normalizeSpec` is run on every spec, from any source, before code generation sees it. It returns a
 * spec in which every name is a safe identifier and every piece of user text is one printable line,
 * or throws a SpecValidationError naming each offending path.
 */
import { formatPath, type SpecIssue, SpecValidationError } from './errors.ts';
import { pluralize, singularize } from './inflect.ts';
import { humanize, kebabCase, pascalCase, safeEntityName, safeFieldName, safeText } from './names.ts';
import { normalizeField } from './normalize-field.ts';
import { normalizeRelations } from './normalize-relations.ts';
import { LIMITS, SYSTEM_FIELDS } from './options.ts';
import { type AppSpec, appSpecInputSchema, appSpecSchema, type Entity } from './schema.ts';

export interface NormalizeResult {
  spec: AppSpec;
  warnings: SpecIssue[];
}

/** URL segments the generated API uses itself. */
const RESERVED_SLUGS = new Set(['health', 'stats', 'auth', 'docs', 'openapi', 'assets', 'api']);
/** Field names that make a good display field, best first (planners use the same list). */
export const DISPLAY_CANDIDATES = [
  'name',
  'title',
  'fullName',
  'label',
  'subject',
  'headline',
  'code',
  'email',
  'username',
];

function chooseDisplayField(entity: Entity, requested: string | undefined): string {
  const wanted = requested ? safeFieldName(requested) : null;
  if (wanted && entity.fields.some((f) => f.name === wanted)) return wanted;
  for (const candidate of DISPLAY_CANDIDATES)
    if (entity.fields.some((f) => f.name === candidate)) return candidate;
  const textual = entity.fields.find((f) => f.type === 'string' || f.type === 'email');
  return textual?.name ?? entity.fields[0]?.name ?? 'id';
}

export function normalizeSpec(input: unknown): NormalizeResult {
  const parsed = appSpecInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new SpecValidationError(
      parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
    );
  }
  const raw = parsed.data;
  const issues: SpecIssue[] = [];
  const warnings: SpecIssue[] = [];

  const appName = safeText(raw.app.name, LIMITS.label) || 'My App';
  let slug = kebabCase(raw.app.slug || appName)
    .slice(0, LIMITS.identifier * 2)
    .replace(/-+$/, '');
  if (!/^[a-z]/.test(slug)) slug = `app-${slug}`.replace(/-+$/, '');

  const entities: Entity[] = [];
  const requestedDisplay = new Map<string, string | undefined>();
  raw.entities.forEach((input, index) => {
    const path = ['entities', index];
    const name = safeEntityName(singularize(input.name.trim()));
    if (!name) {
      issues.push({
        path: formatPath([...path, 'name']),
        message: `entity name ${JSON.stringify(input.name)} has no letters or digits`,
      });
      return;
    }
    let entity = entities.find((e) => e.name === name);
    if (entity) {
      warnings.push({
        path: formatPath(path),
        message: `duplicate entity ${name} merged into the first one`,
      });
    } else {
      const plural = pascalCase(input.plural ?? '') || pluralize(name);
      entity = {
        name,
        plural: /^[A-Z]/.test(plural) ? plural : pluralize(name),
        // Labels keep the user's word even when the identifier had to change ("Class" → ClassSession).
        label:
          safeText(input.label ?? '', LIMITS.label) ||
          humanize(singularize(pascalCase(input.name))) ||
          humanize(name),
        pluralLabel:
          safeText(input.pluralLabel ?? '', LIMITS.label) ||
          humanize(pluralize(singularize(pascalCase(input.name)))) ||
          humanize(plural),
        displayField: 'id',
        description: safeText(input.description ?? '', LIMITS.description),
        fields: [],
        uniqueTogether: [],
      };
      entities.push(entity);
      requestedDisplay.set(name, input.displayField);
    }
    input.fields.forEach((fieldInput, fieldIndex) => {
      const ctx = { path: [...path, 'fields', fieldIndex], issues, warnings };
      const field = normalizeField(fieldInput, ctx);
      if (!field || !entity) return;
      if ((SYSTEM_FIELDS as readonly string[]).includes(field.name)) {
        warnings.push({
          path: formatPath(ctx.path),
          message: `${field.name} is added to every entity; dropped`,
        });
      } else if (entity.fields.some((f) => f.name === field.name)) {
        warnings.push({
          path: formatPath(ctx.path),
          message: `duplicate field ${entity.name}.${field.name} merged`,
        });
      } else {
        entity.fields.push(field);
      }
    });
    if (entity.fields.length > LIMITS.fieldsPerEntity) {
      issues.push({
        path: formatPath([...path, 'fields']),
        message: `${entity.name} has ${entity.fields.length} fields; at most ${LIMITS.fieldsPerEntity} are supported`,
      });
    }
  });
  if (entities.length > LIMITS.entities) {
    issues.push({
      path: 'entities',
      message: `${entities.length} entities; at most ${LIMITS.entities} are supported`,
    });
  }
  if (issues.length > 0) throw new SpecValidationError(issues);

  // Distinct URL paths and table names: plural forms must not collide with each other or the API's own.
  const usedPlurals = new Set<string>();
  for (const entity of entities) {
    let plural = entity.plural;
    if (RESERVED_SLUGS.has(kebabCase(plural)) || plural === entity.name)
      plural = `${plural}${plural === entity.name ? 'List' : 'Items'}`;
    for (
      let n = 2;
      usedPlurals.has(kebabCase(plural)) || entities.some((e) => e !== entity && e.name === plural);
      n++
    ) {
      plural = `${entity.plural}${n}`;
    }
    usedPlurals.add(kebabCase(plural));
    entity.plural = plural;
  }

  const relations = normalizeRelations(raw.relations, { entities, issues, warnings });
  if (relations.length > LIMITS.relations) {
    issues.push({
      path: 'relations',
      message: `${relations.length} relations; at most ${LIMITS.relations} are supported`,
    });
  }
  if (issues.length > 0) throw new SpecValidationError(issues);

  for (const [index, entity] of entities.entries()) {
    const hasReference = relations.some((r) => r.from === entity.name && r.kind !== 'many-to-many');
    if (entity.fields.length === 0 && !hasReference) {
      entity.fields.push({
        name: 'name',
        label: 'Name',
        type: 'string',
        required: true,
        unique: false,
        default: null,
        enumValues: [],
        min: null,
        max: null,
        minLength: null,
        maxLength: 255,
        description: '',
      });
      warnings.push({
        path: formatPath(['entities', index, 'fields']),
        message: `${entity.name} had no fields; added name`,
      });
    }
    entity.displayField = chooseDisplayField(entity, requestedDisplay.get(entity.name));
    const rawEntity = raw.entities[index];
    for (const set of rawEntity?.uniqueTogether ?? []) {
      const names = set.map((n) => safeFieldName(n) ?? '');
      const known = new Set([
        ...entity.fields.map((f) => f.name),
        ...relations.filter((r) => r.from === entity.name).map((r) => `${r.name}Id`),
      ]);
      const resolved = names.map((n) => (known.has(n) ? n : known.has(`${n}Id`) ? `${n}Id` : null));
      if (resolved.every((n): n is string => n !== null) && new Set(resolved).size === resolved.length) {
        if (!entity.uniqueTogether.some((s) => s.join() === resolved.join()))
          entity.uniqueTogether.push(resolved);
      } else {
        warnings.push({
          path: formatPath(['entities', index, 'uniqueTogether']),
          message: `unknown field in ${set.join(', ').slice(0, 80)}; dropped`,
        });
      }
    }
  }

  const spec: AppSpec = {
    version: 1,
    app: {
      name: appName,
      slug: slug || 'app',
      description: safeText(raw.app.description ?? '', LIMITS.description),
    },
    entities,
    relations,
    features: [...new Set(raw.features)],
    complexity: raw.complexity,
    stack: raw.stack,
  };
  const check = appSpecSchema.safeParse(spec);
  if (!check.success) {
    // Normalisation should make this impossible; if it happens, say exactly where.
    throw new SpecValidationError(
      check.error.issues.map((i) => ({ path: formatPath(i.path), message: `internal: ${i.message}` })),
    );
  }
  return { spec: check.data, warnings };
}
