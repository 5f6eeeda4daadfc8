/** The planner's working model: entities, fields and relations as they are found, before building the spec. */
import { pascalCase, singularize } from '@appgen/spec';
import { ENTITY_ADJECTIVES } from './lexicon.ts';
import type { TypeHints } from './types.ts';

export interface DraftField {
  words: string[];
  hints: TypeHints;
  optional: boolean;
}

export interface DraftEntity {
  key: string;
  /** Singular, lower-case words of the name ("stock", "movement"). */
  words: string[];
  label: string;
  fields: DraftField[];
  /** Modifiers dropped from the name that still mean something ("daily"). */
  modifiers: Set<string>;
  uniqueTogether: string[][];
  /** Named but never described: a candidate the planner may drop. */
  derived: boolean;
  /** Only named as the setting ("for our gym"): dropped unless described or related. */
  weak?: boolean;
}

export interface DraftRelation {
  kind: 'many-to-one' | 'many-to-many';
  from: string;
  to: string;
  /** Words of the relation's name when it is a role ("home team"); the target's name otherwise. */
  name?: string[];
  required?: boolean;
}

export class Draft {
  readonly entities = new Map<string, DraftEntity>();
  readonly relations: DraftRelation[] = [];
  readonly warnings: string[] = [];
  /** Join entities created from transaction verbs, newest last. */
  readonly joins: string[] = [];
  appName: string | null = null;
  headerWords: string[] = [];

  /** Finds or creates the entity these noun-phrase words name. */
  entity(rawWords: readonly string[], weak = false): DraftEntity | null {
    const words = entityWords(rawWords);
    if (words.length === 0) return null;
    const key = pascalCase(words.join(' '));
    if (!key || !/^[A-Za-z]/.test(key)) return null;
    let entity = this.entities.get(key);
    if (!entity) {
      entity = {
        key,
        words,
        label: words.join(' '),
        fields: [],
        modifiers: new Set(),
        uniqueTogether: [],
        derived: false,
        weak,
      };
      this.entities.set(key, entity);
    } else if (!weak) entity.weak = false;
    for (const word of rawWords) if (ENTITY_ADJECTIVES.has(word)) entity.modifiers.add(word);
    return entity;
  }

  find(rawWords: readonly string[]): DraftEntity | undefined {
    const words = entityWords(rawWords);
    return this.entities.get(pascalCase(words.join(' ')));
  }

  addField(entity: DraftEntity, field: DraftField): void {
    const name = field.words.join(' ');
    const existing = entity.fields.find((f) => f.words.join(' ') === name);
    if (existing) Object.assign(existing.hints, field.hints);
    else entity.fields.push(field);
  }

  relate(relation: DraftRelation): void {
    const same = this.relations.find(
      (r) =>
        r.from === relation.from &&
        r.to === relation.to &&
        (r.name ?? []).join() === (relation.name ?? []).join(),
    );
    if (!same) this.relations.push(relation);
  }

  /** "a manager, who is also an employee": references to `from` become references to `to`, named by `from`. */
  alias(from: DraftEntity, to: DraftEntity): void {
    if (from === to) return;
    for (const relation of this.relations) {
      if (relation.to === from.key) {
        relation.to = to.key;
        relation.name = relation.name ?? from.words;
      }
      if (relation.from === from.key) relation.from = to.key;
    }
    this.entities.delete(from.key);
  }
}

/** Name words of an entity: adjectives dropped, last word singular, at most three words. */
export function entityWords(rawWords: readonly string[]): string[] {
  let words = rawWords.filter((w) => /[\p{L}\p{N}]/u.test(w));
  while (words.length > 1 && ENTITY_ADJECTIVES.has(words[0] ?? '')) words = words.slice(1);
  if (words.length === 0) return [];
  const last = singularize(words[words.length - 1] ?? '').toLowerCase();
  words = [...words.slice(0, -1), last];
  return words.slice(-3);
}
