/**
 * The domain knowledge base: common entities and their usual fields, used when a prompt names an
 * entity but not its fields. Entries are compact strings — "title author isbn publicationYear" — whose
 * types come from the same name rules as the prompt's own fields, with ":type" or "=a|b|c" (enum) where
 * the name alone would mislead.
 */
import { camelCase, FIELD_TYPES, type FieldType } from '@appgen/spec';
import { inferType } from '../types.ts';
import { MORE_PEOPLE, MORE_THINGS } from './more.ts';
import { PEOPLE } from './people.ts';
import { THINGS } from './things.ts';

export interface KnownField {
  name: string;
  type: FieldType;
  enumValues?: string[];
}

function parseField(spec: string): KnownField {
  const [head = spec, values] = spec.split('=');
  const [name = head, explicit] = head.split(':');
  if (values) return { name, type: 'enum', enumValues: values.split('|') };
  if (explicit && (FIELD_TYPES as readonly string[]).includes(explicit))
    return { name, type: explicit as FieldType };
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ');
  return { name, type: inferType(words) };
}

const KB = new Map<string, KnownField[]>();
for (const [key, fields] of Object.entries({ ...MORE_THINGS, ...MORE_PEOPLE, ...THINGS, ...PEOPLE })) {
  KB.set(key.toLowerCase(), fields.split(/\s+/).map(parseField));
}

/** Usual fields of an entity named by these (singular, lower-case) words, most specific name first. */
export function knownFields(words: readonly string[]): KnownField[] | undefined {
  for (let start = 0; start < words.length; start++) {
    const hit = KB.get(camelCase(words.slice(start).join(' ')).toLowerCase());
    if (hit) return hit;
  }
  return undefined;
}

/** Whether the words name a known kind of entity ("warehouse", "sales rep"). */
export function isKnownEntity(words: readonly string[]): boolean {
  return (
    KB.has(camelCase(words.join(' ')).toLowerCase()) ||
    (words.length > 0 && KB.has(words[words.length - 1] ?? ''))
  );
}

const PERSON_KEYS = new Set(
  [...Object.keys(PEOPLE), ...Object.keys(MORE_PEOPLE)].map((k) => k.toLowerCase()),
);

/** Whether the words name a kind of person or organisation ("volunteer", "sales rep"). */
export const isPerson = (words: readonly string[]) =>
  PERSON_KEYS.has(camelCase(words.join(' ')).toLowerCase()) || PERSON_KEYS.has(words[words.length - 1] ?? '');

/** Whether exactly these words are a key of the knowledge base ("work order", not just "order"). */
export const isKnownExact = (words: readonly string[]) => KB.has(camelCase(words.join(' ')).toLowerCase());
