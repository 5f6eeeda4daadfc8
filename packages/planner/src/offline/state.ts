/** The reading state the interpreter carries through a sentence: subject, verb, mode and what came last. */
import type { NounPhrase } from './chunk.ts';
import type { Draft, DraftEntity, DraftField } from './draft.ts';
import type { Verb } from './items.ts';

export type Mode = 'top' | 'fields' | 'objects' | 'enum' | 'passive';

export interface State {
  draft: Draft;
  top: 'entities' | 'clause';
  mode: Mode;
  subject: DraftEntity | null;
  owner: DraftEntity | null;
  verb: Verb | null;
  prep: string | null;
  last: { np: NounPhrase; entity?: DraftEntity; field?: DraftField; role?: boolean } | null;
  /** Entities in order of mention, for pronouns. */
  mentions: DraftEntity[];
  /** How often each entity was mentioned: a thing named again is no longer being introduced. */
  mentionCounts: Map<DraftEntity, number>;
  listClosed: boolean;
  neg: boolean;
  /** "per product per warehouse": the record the pair describes; `dated` when a period dates it. */
  per: { from: DraftEntity; keys: string[]; dated?: boolean } | null;
  enumField: DraftField | null;
  previousSubject: DraftEntity | null;
  gotObject: boolean;
  /** "…, is refundable", "…, has monitor": the next field in the list is a yes/no. */
  prefix: 'is' | 'has' | null;
  /** After "like" / "such as": the phrases are examples (values), not things. */
  examples: DraftField | 'skip' | null;
  /** The first object of the clause's verb: "wardens issue fines …: amount, …" describes the fines. */
  verbObject: DraftEntity | null;
  /** "each member's rating of each book": the record the "of" phrase completes. */
  joinOf: DraftEntity | null;
  /** "a lesson is one subject …": the subject of a copula, awaiting its complement. */
  copula: DraftEntity | null;
  /** The record whose details the last "Records: …" list gave, for a status line after it. */
  heading: DraftEntity | null;
  /** "a manager, who is also an employee": the entity the next phrase renames. */
  aliasOf: DraftEntity | null;
  /** "we assign volunteers to a ministry": the clause's subject is the app's user, named by "I" or "we". */
  user: boolean;
}

/** What every sentence starts afresh with; mentions, the previous subject and the heading carry over. */
export function sentenceStart(top: State['top']) {
  return {
    aliasOf: null,
    user: false,
    examples: null,
    verbObject: null,
    joinOf: null,
    copula: null,
    prefix: null,
    top,
    mode: 'top',
    subject: null,
    owner: null,
    verb: null,
    prep: null,
    last: null,
    listClosed: false,
    neg: false,
    per: null,
    enumField: null,
  } satisfies Partial<State>;
}

export function newState(draft: Draft): State {
  return {
    ...sentenceStart('clause'),
    draft,
    mentions: [],
    mentionCounts: new Map(),
    previousSubject: null,
    gotObject: false,
    heading: null,
  };
}

export function mention(st: State, entity: DraftEntity): void {
  st.mentions = st.mentions.filter((e) => e !== entity);
  st.mentions.push(entity);
  st.mentionCounts.set(entity, (st.mentionCounts.get(entity) ?? 0) + 1);
}
