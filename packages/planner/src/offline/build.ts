/** Draft → AppSpecInput: knowledge-base fields, references from fields that name entities, app name, limits. */
import { type AppSpecInput, camelCase, DISPLAY_CANDIDATES, LIMITS, pluralize } from '@appgen/spec';
import { foldDetails } from './details.ts';
import type { Draft, DraftEntity } from './draft.ts';
import { type KnownField, knownFields } from './knowledge/index.ts';
import { PARENTS } from './knowledge/parents.ts';
import { ORGANISATIONS } from './lexicon.ts';
import { DEFAULT_ENUMS, inferType, knownEnumValues } from './types.ts';

type EntityInput = AppSpecInput['entities'][number];
type FieldInput = NonNullable<EntityInput['fields']>[number];
type RelationInput = NonNullable<AppSpecInput['relations']>[number];

const DISPLAY = new Set<string>(DISPLAY_CANDIDATES);
/**
 * Generic entity words get the domain's own word where the prompt shows the domain. (These once
 * worked around spec renames of List and Card, which the spec no longer makes; a table is a Table.)
 */
const CONTEXT_NAMES: ReadonlyArray<readonly [string, RegExp, string]> = [
  ['List', /\b(?:subscriber|newsletter|e-?mail|mailing|campaign)/i, 'MailingList'],
  ['List', /\b(?:todo|to-do|task|chore)/i, 'TaskList'],
  ['List', /\b(?:shopping|grocer)/i, 'ShoppingList'],
  ['Card', /\b(?:flash ?cards?|decks?|study|learn|quiz)/i, 'Flashcard'],
  ['Card', /\b(?:boards?|kanban|columns?)/i, 'BoardCard'],
];

const CLASS_KINDS =
  /\b(dance|yoga|pilates|fitness|swim|art|cooking|music|spin|barre|language|drawing|painting)(?:ming|ing)?\b/i;

/**
 * "Class" is a reserved word the spec would rename to ClassSession: a school's class is a SchoolClass,
 * a dance studio's a DanceClass, and a class next to real class sessions a ClassGroup.
 */
function className(prompt: string, keys: ReadonlySet<string>): string {
  if (/\b(?:school|timetable|pupils?|homeroom|form tutors?)\b/i.test(prompt)) return 'SchoolClass';
  const kind = CLASS_KINDS.exec(prompt)?.[1];
  if (kind) return `${kind[0]?.toUpperCase()}${kind.slice(1).toLowerCase()}Class`;
  return keys.has('ClassSession') ? 'ClassGroup' : 'Class';
}

/** Fields that name another entity are references to it ("transactions with … category"). */
function fieldsToRelations(draft: Draft): void {
  for (const entity of draft.entities.values()) {
    entity.fields = entity.fields.filter((field) => {
      const target = draft.find(field.words);
      if (!target || target === entity || field.hints.enumValues || field.hints.boolean) return true;
      draft.relate({ kind: 'many-to-one', from: entity.key, to: target.key, required: !field.optional });
      return false;
    });
  }
}

/** The organisation running the app: named as the setting, never in the plural, with at most one detail. */
const isOrganisation = (entity: DraftEntity) =>
  ORGANISATIONS.has(entity.words[entity.words.length - 1] ?? '') &&
  entity.setting &&
  !entity.many &&
  entity.fields.length < 2;

function fieldInput(
  name: string,
  type: FieldInput['type'],
  enumValues?: readonly string[],
  required = false,
): FieldInput {
  if (type !== 'enum') return { name, type, required };
  const values =
    enumValues && enumValues.length > 0
      ? enumValues
      : (knownEnumValues(name.toLowerCase().split(' ')) ??
        DEFAULT_ENUMS[
          camelCase(name)
            .replace(/^.*(?=[A-Z])/, '')
            .toLowerCase()
        ]);
  return values ? { name, type, enumValues: [...values], required } : { name, type: 'string', required };
}

/** A match between a home and an away team: its relations are named by side. */
const hasSides = (draft: Draft, entity: DraftEntity) =>
  draft.relations.some(
    (r) => r.from === entity.key && (r.name?.includes('home') || r.name?.includes('away')),
  );

function entityFields(entity: DraftEntity, known: KnownField[] | undefined, sided = false): FieldInput[] {
  const fields: FieldInput[] = [];
  for (const field of entity.fields) {
    const type = inferType(field.words, field.hints);
    // "maximum number of attendees" → max attendees.
    const bound = /^(max|min)(imum)?$/.exec(field.words[0] ?? '');
    if (bound && field.words[1] === 'number' && field.words[2] === 'of' && field.words.length > 3)
      field.words = [bound[1] ?? 'max', ...field.words.slice(3)];
    const name = camelCase(field.words.join(' '));
    // "with scores" on a match means its home and away scores when the knowledge base knows them; so does
    // "the final score" of a match between a home and an away team (against an opponent it is one field).
    const final = sided && field.words.length === 2 && field.words[0] === 'final';
    const whole = final ? camelCase(field.words[1] ?? '') : name;
    const expanded = known?.filter(
      (k) => k.name !== whole && k.name.toLowerCase().endsWith(whole.toLowerCase()) && whole.length > 3,
    );
    if (expanded && expanded.length > 1 && (final || (field.words.length === 1 && field.hints.several))) {
      for (const k of expanded) fields.push(fieldInput(k.name, k.type, k.enumValues));
      continue;
    }
    const input = fieldInput(field.words.join(' '), type, field.hints.enumValues, false);
    const range = field.hints.range;
    if (range && (type === 'integer' || type === 'decimal'))
      Object.assign(input, { min: range[0], max: range[1] });
    fields.push(input);
  }
  if (fields.length === 0) {
    for (const k of known ?? []) fields.push(fieldInput(k.name, k.type, k.enumValues));
  } else {
    const display = known?.[0];
    const hasDisplay = fields.some((f) => DISPLAY.has(camelCase(f.name)));
    if (!hasDisplay && display && DISPLAY.has(display.name))
      fields.unshift(fieldInput(display.name, display.type));
    // "trails with their distance and difficulty": a thing (no date of its own) is still called something.
    else if (!hasDisplay && !display && !fields.some((f) => f.type === 'date' || f.type === 'datetime'))
      fields.unshift(fieldInput('name', 'string'));
  }
  if (entity.modifiers.has('daily') && !fields.some((f) => f.type === 'date' || f.type === 'datetime')) {
    fields.push(fieldInput('date', 'date'));
  }
  const first = fields[0];
  if (first && DISPLAY.has(camelCase(first.name))) first.required = true;
  return fields.slice(0, LIMITS.fieldsPerEntity);
}

export function buildEntities(
  draft: Draft,
  prompt: string,
): { entities: EntityInput[]; relations: RelationInput[] } {
  fieldsToRelations(draft);
  foldDetails(draft);
  const involved = (key: string) => draft.relations.some((r) => r.from === key || r.to === key);
  for (const [child, parents] of Object.entries(PARENTS)) {
    const parent = parents.find((p) => draft.entities.has(p));
    const linked = (a: string, b: string) =>
      draft.relations.some((r) => (r.from === a && r.to === b) || (r.from === b && r.to === a));
    if (draft.entities.has(child) && parent && !parents.some((p) => linked(child, p)))
      draft.relate({ kind: 'many-to-one', from: child, to: parent, required: true });
  }
  for (const entity of [...draft.entities.values()]) {
    const bare = entity.fields.length === 0 && !involved(entity.key);
    const unknown = bare && !entity.counted && !knownFields(entity.words);
    if (((entity.derived || entity.weak || unknown) && bare) || isOrganisation(entity))
      if (draft.entities.size > 1) draft.entities.delete(entity.key);
  }
  const kept = [...draft.entities.values()].slice(0, LIMITS.entities);
  const keys = new Set(kept.map((e) => e.key));
  const rename = (key: string) =>
    CONTEXT_NAMES.find(([name, context]) => name === key && context.test(prompt))?.[2] ??
    (key === 'Class' ? className(prompt, keys) : key);
  const entities: EntityInput[] = kept.map((entity) => {
    const input: EntityInput = {
      name: rename(entity.key),
      label: entity.words.join(' ').replace(/^./, (c) => c.toUpperCase()),
      fields: entityFields(
        entity,
        entity.shaped ? undefined : knownFields(entity.words),
        hasSides(draft, entity),
      ),
    };
    if (entity.uniqueTogether.length > 0)
      input.uniqueTogether = entity.uniqueTogether.map((set) => set.map((k) => camelCase(k)));
    return input;
  });
  const relations: RelationInput[] = draft.relations
    .filter((r) => keys.has(r.from) && keys.has(r.to))
    .slice(0, LIMITS.relations)
    .map((r) => {
      const relation: RelationInput = { kind: r.kind, from: rename(r.from), to: rename(r.to) };
      if (r.name)
        relation.name = r.kind === 'many-to-many' ? pluralize(camelCase(r.name.join(' '))) : r.name.join(' ');
      if (r.required) relation.required = true;
      return relation;
    });
  return { entities, relations };
}
