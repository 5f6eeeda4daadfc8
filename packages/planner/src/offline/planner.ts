/**
 * The offline planner: no network, no key. Sentences are chunked, read by pattern rules into a draft,
 * completed from the knowledge base and normalised by @appgen/spec like any other planner's output.
 */
import { type AppSpecInput, type Complexity, normalizeSpec, pluralize } from '@appgen/spec';
import type { Planner, PlanOptions, PlanResult } from '../planner.ts';
import { validatePrompt } from '../validate-prompt.ts';
import { buildEntities } from './build.ts';
import { type Chunk, chunk } from './chunk.ts';
import { Draft } from './draft.ts';
import { detectFeatures } from './features.ts';
import { findHeader } from './header.ts';
import { interpret } from './interpret.ts';
import { knownFields } from './knowledge/index.ts';
import { APP_HEADS, DETERMINERS, META_NOUNS } from './lexicon.ts';
import { newState } from './state.ts';
import { planTerse } from './terse.ts';
import { splitSentences, tokenize } from './tokenize.ts';

export interface OfflinePlan {
  input: AppSpecInput;
  warnings: string[];
}

const STRUCTURE = new Set<Chunk['t']>(['verb', 'have', 'paren', 'colon', 'and', 'comma', 'prep']);
const title = (words: readonly string[]) =>
  words.map((w) => (/^[a-z]/.test(w) ? w[0]?.toUpperCase() + w.slice(1) : w)).join(' ');

/** Plans a validated prompt synchronously; `OfflinePlanner.plan` wraps it. */
export function planOffline(text: string, options: PlanOptions = {}): OfflinePlan {
  const draft = new Draft();
  const state = newState(draft);
  const sentences = splitSentences(text);
  let header: string[] = [];
  let headerWords: string[] = [];
  let structured = false;
  const terse = planTerse(text, draft);
  if (terse) {
    header = terse;
    structured = true;
  }
  (terse ? [] : sentences).forEach((sentence, index) => {
    let chunks = chunk(tokenize(sentence));
    let top: 'entities' | 'clause' = 'clause';
    if (index === 0) {
      const found = findHeader(chunks, sentences.length === 1, sentences.length);
      if (found) {
        header = found.raw;
        headerWords = found.words;
        chunks = chunks.slice(found.rest);
        top = found.listFollows ? 'entities' : 'clause';
      }
    }
    if (chunks.some((c) => STRUCTURE.has(c.t))) structured = true;
    interpret(state, chunks, top);
  });

  const warnings: string[] = [];
  if (draft.entities.size === 0 && headerWords.length > 0) {
    const subject = headerWords.filter((w) => !APP_HEADS.has(w) && !META_NOUNS.has(w) && !DETERMINERS.has(w));
    // The longest known name at the end ("neighborhood tool" → tool), else the last word.
    const known = subject.map((_, i) => subject.slice(i)).find((words) => knownFields(words));
    const entity = subject.length > 0 ? draft.entity(known ?? subject.slice(-1)) : null;
    if (entity)
      structured =
        structured || knownFields(entity.words) !== undefined || subject.length < headerWords.length;
  }
  const evidence = [...draft.entities.values()].some(
    (e) =>
      e.fields.length > 0 ||
      knownFields(e.words) ||
      draft.relations.some((r) => r.from === e.key || r.to === e.key),
  );
  if (draft.entities.size === 0 || (!evidence && !structured)) {
    draft.entities.clear();
    draft.relations.length = 0;
    const item = draft.entity(['item']);
    if (item)
      item.fields.push(
        { words: ['name'], hints: {}, optional: false },
        { words: ['description'], hints: {}, optional: true },
      );
    warnings.push(
      'Could not find the things this app should store, so it plans a simple item list. Name them and their details, e.g. "a library where members borrow books; books have a title and an author".',
    );
    header = [];
  }

  const { entities, relations } = buildEntities(draft, text);
  const { features, negated } = detectFeatures(text);
  for (const feature of negated) warnings.push(`Left out ${feature}: the description says it is not wanted.`);
  const complexity: Complexity =
    options.complexity ??
    (features.includes('auth')
      ? 'advanced'
      : entities.length <= 2 && relations.length === 0
        ? 'simple'
        : 'standard');
  const nameWords = header.filter((w, i) => !(i === 0 && DETERMINERS.has(w.toLowerCase())));
  const first = entities[0];
  const appName =
    nameWords.length > 0
      ? title(nameWords)
      : warnings.length > 0 && !first
        ? 'My App'
        : `${title([pluralize(first?.label ?? 'Item')])} Tracker`;
  const input: AppSpecInput = {
    version: 1,
    app: { name: appName.slice(0, 60), description: text.slice(0, 500) },
    entities,
    relations,
    features,
    complexity,
    stack: { frontend: 'react', backend: 'express', database: 'postgres', ...options.stack },
  };
  return { input, warnings };
}

export class OfflinePlanner implements Planner {
  readonly name = 'offline';

  async plan(prompt: string, options: PlanOptions = {}): Promise<PlanResult> {
    options.signal?.throwIfAborted();
    const text = validatePrompt(prompt);
    const { input, warnings } = planOffline(text, options);
    const { spec, warnings: specWarnings } = normalizeSpec(input);
    return {
      spec,
      planner: 'offline',
      warnings: [...warnings, ...specWarnings.map((w) => `${w.path}: ${w.message}`)],
    };
  }
}
