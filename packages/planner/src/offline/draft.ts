/** The planner's working model: entities, fields and relations as they are found, before building the spec. */
import { pascalCase, singularize } from '@appgen/spec';
import { isNounish, isPluralWord } from './chunk-rules.ts';
import { isKnownEntity, isKnownExact, isPerson } from './knowledge/index.ts';
import { ENTITY_ADJECTIVES, ORGANISATIONS } from './lexicon.ts';
import { cleanNameWords } from './names.ts';
import { looksLikeAttribute, type TypeHints } from './types.ts';
import { isPastParticiple, verbLemma } from './verbs.ts';

/** Records that are the same thing under another name. */
const SYNONYMS: readonly string[][] = [
  ['booking', 'reservation'],
  ['loan', 'borrowing', 'checkout', 'rental'],
  ['review', 'rating'],
  ['enrollment', 'registration'],
];

const DETAIL_GROUPS = new Set(['detail', 'info', 'information']);
/** Heads that name a group of the things before them. */
const GROUP_HEADS = new Set(
  'list checklist roster collection stash catalogue catalog chart registry directory archive schedule calendar timetable tracker'.split(
    ' ',
  ),
);
/** Group heads whose things are events, "-ing" nouns too ("screening schedule"). */
const SCHEDULES = new Set(['schedule', 'calendar', 'timetable']);
/** Heads that hold known things ("recipe box", "guest book"). */
const HOLDERS = new Set(['box', 'binder', 'folder', 'book']);
/** Records kept about a thing: "meter readings", "machine maintenance". */
const THING_RECORDS = new Set(
  'reading measurement inspection maintenance repair service booking reservation rental'.split(' '),
);
/** Units that say how big a thing is ("30 min slots"), not what it is. */
const SIZE_UNITS = new Set(
  'min mins minute minutes hour hours hr day days week kg g lb litre liter gallon ml cm inch foot ft metre meter'.split(
    ' ',
  ),
);
/** A name with one of these is a clause ("somebody adopt"); after a conjunction the name starts anew. */
const PEOPLE_PRONOUNS = new Set('somebody someone anybody anyone everybody everyone nobody'.split(' '));
const CONJUNCTIONS = new Set('because if whether unless although'.split(' '));
const NO_THING = new Set(
  `one most everyone everybody everything someone somebody anyone anybody none long short much lot lots
  date time monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);

/** "job openings … a job": heads that only say which record of the thing before them it is. */
const GENERIC_HEADS = new Set('opening posting listing record entry item request'.split(' '));

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
  /** Named in the plural somewhere ("clubs"): there are many of it, so it is no single setting. */
  many?: boolean;
  /** Its head word was written in the plural somewhere ("mechanics", "guardians authorised"): a kind of record. */
  counted?: boolean;
  /** Made from the shape of a clause, not named: the knowledge base's fields for its name do not apply. */
  shaped?: boolean;
  /** Named only as one detail in another's field list, so far ("speakers: name, company"). */
  detailOnly?: boolean;
  /** Named as the setting at least once, or before anything else ("a small law firm wants …"). */
  setting?: boolean;
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
    const owner = partyCompound(words);
    if (owner) {
      // "patient appointments", "customer orders": the record, referring to the party it is for.
      const party = this.entity(owner, weak);
      const record = this.entity(words.slice(1), weak);
      if (party && record) this.relate({ kind: 'many-to-one', from: record.key, to: party.key });
      return record;
    }
    const key = pascalCase(words.join(' '));
    if (!key || !/^[A-Za-z]/.test(key)) return null;
    let entity = this.entities.get(key) ?? this.corefer(words);
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
        setting: weak || this.entities.size === 0,
      };
      this.entities.set(key, entity);
    } else {
      entity.detailOnly = false;
      if (!weak) entity.weak = false;
      else entity.setting = true;
    }
    const rawLast = rawWords[rawWords.length - 1] ?? '';
    if (singularize(rawLast).toLowerCase() !== rawLast.toLowerCase()) entity.many = true;
    if (rawWords.some(isPluralWord)) entity.counted = true;
    for (const word of rawWords) if (ENTITY_ADJECTIVES.has(word)) entity.modifiers.add(word);
    return entity;
  }

  find(rawWords: readonly string[]): DraftEntity | undefined {
    const words = entityWords(rawWords);
    // "each move": a word read as a bare verb is still the thing once it has been named as one ("moves").
    if (words.length === 0)
      return rawWords.length === 1
        ? this.entities.get(pascalCase(singularize(rawWords[0] ?? '')))
        : undefined;
    return this.entities.get(pascalCase(words.join(' '))) ?? this.corefer(words);
  }

  /**
   * An entity named earlier by other words: "expense reports … each report" (the head of one compound
   * named before), "accepted papers" (a participle on a known entity), "a reservation" after guests
   * "book" (a synonym of a transaction record).
   */
  private corefer(words: readonly string[]): DraftEntity | undefined {
    const head = words[words.length - 1] ?? '';
    if (words.length === 1) {
      const compounds = [...this.entities.values()].filter(
        (e) =>
          e.words.length === 2 &&
          (e.words[1] === head || (e.words[0] === head && GENERIC_HEADS.has(e.words[1] ?? ''))),
      );
      if (compounds.length === 1) return compounds[0];
      const synonyms = SYNONYMS.find((group) => group.includes(head)) ?? [];
      for (const key of this.joins) {
        const join = this.entities.get(key);
        if (join && join.words.length === 1 && synonyms.includes(join.words[0] ?? '')) return join;
      }
      return undefined;
    }
    if (/ed$/.test(words[0] ?? '')) return this.entities.get(pascalCase(words.slice(1).join(' ')));
    return undefined;
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

/** "numbered", "scheduled", "completed": a participle used as an adjective (not "breed", "feed"). */
const participle = (w: string) => /ed$/.test(w) && isPastParticiple(w) && (verbLemma(w) ?? w) !== w;

/** Words that say something about the noun before them: "players cant log in", "reports due". */
const PREDICATES = new Set(
  'cant can must should will dont doesnt wont may might due optional required needed available overdue'.split(
    ' ',
  ),
);
/** Plural nouns that modify compounds ("sales rep", "sports team"). */
const PLURAL_MODIFIERS = new Set(
  'sales sports savings goods news arts customs clothes glasses operations'.split(' '),
);

/** Where a name that ran on into its clause ends: after a plural noun followed by a verb or a predicate. */
function clauseInName(words: readonly string[]): number {
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1] ?? '';
    if (!isPluralWord(word) || PLURAL_MODIFIERS.has(word)) continue;
    // Only a base form: "walks", "runs" after a noun are plural nouns as often as verbs.
    if (PREDICATES.has(next) || (verbLemma(next) === next && !isNounish(next))) return i + 1;
  }
  return words.length;
}

/** Name words of an entity: adjectives dropped, last word singular, at most three words. */
export function entityWords(rawWords: readonly string[]): string[] {
  // "paper 1-10", "box 3": numbers and ranges are not part of a name.
  let words = cleanNameWords(rawWords.filter((w) => /\p{L}/u.test(w)));
  words = words.slice(0, clauseInName(words));
  // "monthly budgets", "numbered spaces", "scheduled walks": a leading adjective or participle is no part of a name.
  // A generic head keeps its participle: a "saved item" is not any item.
  const dropped = (w: string) =>
    ENTITY_ADJECTIVES.has(w) ||
    (participle(w) && !(words.length === 2 && GENERIC_HEADS.has(words[1] ?? ''))) ||
    // "prescribing doctors", "attending physician": what the person does, not a kind of person.
    (/ing$/.test(w) &&
      verbLemma(w) !== null &&
      words.length === 2 &&
      isPerson([singularize(words[1] ?? '')]));
  while (words.length > 1 && dropped(words[0] ?? '')) words = words.slice(1);
  // "30 min slots", "5 kg bags": the size before a thing is no part of its name ("min players" keeps it).
  const sized = /^\d/.test(rawWords[0] ?? '');
  if (sized && words.length > 1 && SIZE_UNITS.has(words[0] ?? '')) words = words.slice(1);
  // "company laptops", "lab samples", "church services": the organisation that owns them is the setting.
  if (words.length === 2 && ORGANISATIONS.has(words[0] ?? '') && !isKnownExact(words)) words = words.slice(1);
  // "lessons are weekly", "parents pay monthly": an adjective alone names nothing.
  if (words.length === 0 || (words.length === 1 && ENTITY_ADJECTIVES.has(words[0] ?? ''))) return [];
  const last = singularize(words[words.length - 1] ?? '').toLowerCase();
  // "which ones", "at most one", "among everyone": pronouns and quantities name nothing.
  if (words.length === 1 && NO_THING.has(last)) return [];
  // "somebody adopt": a clause, not a name; "because guest": the name after the conjunction.
  if (words.some((w) => PEOPLE_PRONOUNS.has(w))) return [];
  const conjunction = words.findLastIndex((w) => CONJUNCTIONS.has(w));
  if (conjunction >= 0) words = words.slice(conjunction + 1);
  if (words.length === 0) return [];
  // "contact details", "billing info": a group of fields, not a thing.
  if (words.length > 1 && DETAIL_GROUPS.has(last)) return [];
  words = [...words.slice(0, -1), last];
  // "guest list (name, email …)": a list of known things is those things.
  // "board game collection", "fabric stash": a container of things names those things, unless its
  // modifier says what kind of container it is ("shopping list", "price list").
  const kind = words[words.length - 2] ?? '';
  // "recipe box", "guest book": a box or book of known things holds those things.
  if (words.length > 1 && HOLDERS.has(last) && isKnownEntity([kind]) && !isKnownExact(words))
    words = words.slice(0, -1);
  else if (
    words.length > 1 &&
    GROUP_HEADS.has(last) &&
    (isKnownEntity([kind]) ||
      // "screening schedule", "training calendar": what a schedule holds are events, -ing nouns included.
      (SCHEDULES.has(last) && /ing$/.test(kind)) ||
      (!/ing$|^to-?do$/.test(kind) && !verbLemma(kind) && !looksLikeAttribute([kind])))
  )
    words = words.slice(0, -1);
  // "inspection records", "vaccination entries": an event noun is already the record.
  const event = words[words.length - 2] ?? '';
  if ((last === 'record' || last === 'entry') && /(?:tion|sion|ment|ance|ence)$/.test(event))
    words = words.slice(0, -1);
  return words.slice(-3);
}

/**
 * "patient appointments", "customer orders": a person before a known record that is not itself a person,
 * and no known compound, names the record kept for that person, not a kind of record.
 */
function partyCompound(words: readonly string[]): string[] | null {
  const [party = '', record = ''] = words;
  // "sensor readings", "vehicle inspections": a record kept about a known thing refers to that thing.
  if (
    words.length === 2 &&
    THING_RECORDS.has(singularize(record)) &&
    isKnownExact([party]) &&
    !isKnownExact(words)
  )
    return [party];
  if (words.length !== 2 || !isPerson([party]) || isPerson([record]) || GENERIC_HEADS.has(record))
    return null;
  if (!isKnownExact([record]) || isKnownExact(words)) return null;
  return [party];
}
