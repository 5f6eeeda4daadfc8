/**
 * Terse prompts — a title of a few words ("dog grooming salon booking", "fleet fuel log", "log my blood
 * pressure readings"). A noun compound is split into the entities it names (known compounds such as
 * "work order" stay whole); modifiers that name an activity, a material or the setting are dropped; a head
 * that names the tool ("scheduler", "catalog") or the kind of app ("booking", "rental", "log") is no
 * entity but adds what such an app needs: a booking app books a thing for a person, a log keeps dated
 * entries, an inventory records stock movements.
 */
import { singularize } from '@appgen/spec';
import { type Chunk, chunk } from './chunk.ts';
import { IMPERATIVES } from './chunk-rules.ts';
import type { Draft, DraftEntity } from './draft.ts';
import { isKnownEntity, isKnownExact, isPerson } from './knowledge/index.ts';
import { ENTITY_ADJECTIVES, META_NOUNS, own, POSSESSIVES } from './lexicon.ts';
import {
  APP_KINDS,
  type AppKind,
  COLLECTIVES,
  QUALIFIERS,
  RECORD_COMPOUNDS,
  RECORD_HEADS,
  SETTINGS,
  TOOL_HEADS,
} from './terse-lexicon.ts';
import { splitSentences, tokenize } from './tokenize.ts';
import { verbLemma } from './verbs.ts';

const MAX_WORDS = 8;
/** "… for a food bank", "… at our school": the phrase after these names the setting. */
const SETTING_PREPS = new Set(['for', 'at', 'in']);
const LEADING_VERBS = new Set([...IMPERATIVES, 'plan', 'organize', 'organise', 'catalog', 'catalogue']);

type UnitKind = 'entity' | 'noun' | 'kind' | 'tool' | 'qualifier' | 'setting' | 'collective';
interface Unit {
  kind: UnitKind;
  words: string[];
  app?: AppKind;
}

const sing = (w: string) => singularize(w).toLowerCase();

/** The words of a noun phrase as units: known compounds first, then one word at a time. */
function segment(words: readonly string[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < words.length; ) {
    let compound: Unit | null = null;
    for (let j = words.length; j >= i + 2 && !compound; j--) {
      const ws = [...words.slice(i, j - 1), sing(words[j - 1] ?? '')];
      const app = own(RECORD_COMPOUNDS, ws.join(' '));
      if (app || isKnownExact(ws)) compound = { kind: 'entity', words: ws, app };
    }
    if (compound) {
      units.push(compound);
      i += compound.words.length;
      continue;
    }
    // "tool library": a tool word before the real head is the thing kept; "campground site reservations":
    // so is one before the record the app keeps.
    units.push(
      classify(words[i] ?? '', words.slice(i + 1).every(isToolOrKind) && !keepsRecord(words[i + 1])),
    );
    i++;
  }
  // "wine cellar inventory": the place at the head keeps the material named before it.
  const head = units.findLastIndex((u) => u.kind !== 'tool' && u.kind !== 'kind');
  const place = units[head];
  const before = units[head - 1];
  if (place?.kind === 'setting' && before?.kind === 'qualifier' && isKnownEntity(before.words)) {
    before.kind = 'entity';
  }
  return units;
}

const isToolOrKind = (w: string) =>
  own(APP_KINDS, w) !== undefined ||
  own(APP_KINDS, sing(w)) !== undefined ||
  TOOL_HEADS.has(sing(w)) ||
  META_NOUNS.has(w);

const keepsRecord = (w: string | undefined) =>
  w !== undefined && Boolean((own(APP_KINDS, w) ?? own(APP_KINDS, sing(w)))?.record);

function classify(w: string, last: boolean): Unit {
  const s = sing(w);
  const words = [s];
  const app = own(APP_KINDS, w) ?? own(APP_KINDS, s);
  if (app) return { kind: 'kind', words, app };
  if ((TOOL_HEADS.has(s) || META_NOUNS.has(w)) && last) return { kind: 'tool', words };
  if (own(COLLECTIVES, s)) return { kind: 'collective', words: [own(COLLECTIVES, s) ?? s] };
  if (own(SETTINGS, s) !== undefined) return { kind: 'setting', words };
  if (ENTITY_ADJECTIVES.has(w) || /^\d/.test(w)) return { kind: 'qualifier', words };
  if (!last && (QUALIFIERS.has(w) || QUALIFIERS.has(s))) return { kind: 'qualifier', words };
  if (isKnownEntity([s])) return { kind: 'entity', words };
  if (/[^aeiou]ing$/.test(w) && w.length > 5) return { kind: 'qualifier', words: [w] };
  return { kind: 'noun', words };
}

interface TerseNp {
  units: Unit[];
  setting: boolean;
  plural: boolean;
}

/** The noun phrases of a terse prompt and its leading verb, or null when the prompt is a sentence. */
function read(text: string): { nps: TerseNp[]; verb: string | null; raw: string[] } | null {
  const sentences = splitSentences(text);
  if (sentences.length !== 1) return null;
  const tokens = tokenize(sentences[0] ?? '');
  if (tokens.some((t) => t.k === 'punct') || tokens.length > MAX_WORDS) return null;
  const chunks: Chunk[] = chunk(tokens);
  let verb: string | null = null;
  const nps: TerseNp[] = [];
  let setting = false;
  for (const [i, c] of chunks.entries()) {
    if (c.t === 'verb' && i === 0 && LEADING_VERBS.has(c.lemma)) verb = c.lemma;
    else if (c.t === 'np') {
      nps.push({ units: segment(c.words), setting, plural: c.plural });
      setting = false;
    } else if (c.t === 'prep' && (SETTING_PREPS.has(c.w) || c.w === 'of' || c.w === 'with'))
      setting = SETTING_PREPS.has(c.w);
    else if (!(c.t === 'and' || c.t === 'or' || (c.t === 'pron' && POSSESSIVES.has(c.w)))) return null;
  }
  if (nps.length === 0 || nps.every((np) => np.setting)) return null;
  // "hello", "asdf": nothing the app could be about is known.
  const known = (u: Unit) => u.kind !== 'noun' && u.kind !== 'qualifier' && u.kind !== 'tool';
  if (!nps.some((np) => np.units.some(known))) return null;
  const raw = tokens.flatMap((t) => (t.k === 'word' ? [t.raw] : []));
  return { nps, verb, raw: verb ? raw.slice(1).filter((w) => !POSSESSIVES.has(w.toLowerCase())) : raw };
}

/**
 * Plans a terse prompt into the draft; returns the words of the app's name, or null when the prompt is
 * not terse (the sentence rules read it then).
 */
export function planTerse(text: string, draft: Draft): string[] | null {
  const parsed = read(text);
  if (!parsed) return null;
  const kinds: AppKind[] =
    parsed.verb && own(APP_KINDS, parsed.verb) ? [own(APP_KINDS, parsed.verb) as AppKind] : [];
  if (parsed.verb === 'track' || parsed.verb === 'record') kinds.push(APP_KINDS.log as AppKind);
  const people = parsed.nps.flatMap((np) =>
    np.units.flatMap((u) => (u.kind === 'setting' || (np.setting && u.kind !== 'tool') ? u.words : [])),
  );
  const servedPerson = people.map((w) => own(SETTINGS, w)).find(Boolean) ?? 'customer';
  const subjects: DraftEntity[] = [];
  const records: Array<{ entity: DraftEntity; app: AppKind }> = [];
  for (const np of parsed.nps.filter((n) => !n.setting)) {
    for (const u of np.units) if (u.kind === 'kind' && u.app) kinds.push(u.app);
    const entries = kinds.some((k) => k.entries);
    const named = np.units.filter((u) => u.kind === 'entity' || u.kind === 'noun' || u.kind === 'collective');
    const headUnit = named.filter((u) => u.kind !== 'collective').pop() ?? named[named.length - 1];
    const entities: DraftEntity[] = [];
    let head: DraftEntity | null = null;
    for (const u of named) {
      if (u.kind === 'noun' && u !== headUnit) continue;
      let words = u.words;
      if (u === headUnit) words = headWords(np.units, u, entries);
      const entity = draft.entity(words);
      if (!entity) continue;
      entities.push(entity);
      if (u === headUnit) head = entity;
      if (u.app) records.push({ entity, app: u.app });
      if (entity.words[entity.words.length - 1] === 'entry' && entity.fields.length === 0)
        for (const f of [['date'], entity.words.slice(0, -1)])
          if (f.length > 0) draft.addField(entity, { words: f, hints: {}, optional: false });
    }
    // "running log": an activity with nothing else named is the record itself.
    const activity = np.units.find((u) => u.kind === 'qualifier' && /ing$/.test(u.words[0] ?? ''));
    if (entities.length === 0 && activity) {
      const lemma = verbLemma(activity.words[0] ?? '');
      const entity = lemma ? draft.entity([lemma]) : null;
      if (entity) {
        draft.addField(entity, { words: ['date'], hints: {}, optional: false });
        entities.push(entity);
        head = entity;
      }
    }
    for (const e of entities)
      if (head && e !== head) draft.relate({ kind: 'many-to-one', from: head.key, to: e.key });
    subjects.push(...entities);
  }
  applyKinds(draft, kinds, subjects, records, servedPerson, parsed.nps);
  if (draft.entities.size === 0) return null;
  return parsed.raw;
}

/** The head's name: a dated record keeps the measure it records ("blood pressure reading", "mood entry"). */
function headWords(units: readonly Unit[], head: Unit, entries: boolean): string[] {
  const index = units.indexOf(head);
  const before: string[] = [];
  for (let i = index - 1; i >= 0 && before.length < 2; i--) {
    const u = units[i];
    if (u?.kind !== 'noun' && u?.kind !== 'qualifier') break;
    if (ENTITY_ADJECTIVES.has(u.words[0] ?? '')) break;
    before.unshift(...u.words);
  }
  const last = head.words[head.words.length - 1] ?? '';
  if (RECORD_HEADS.has(last)) return [...before, ...head.words];
  if (entries && head.kind === 'noun') return [...before, ...head.words, 'entry'];
  return head.words;
}

function applyKinds(
  draft: Draft,
  kinds: readonly AppKind[],
  subjects: DraftEntity[],
  records: Array<{ entity: DraftEntity; app: AppKind }>,
  servedPerson: string,
  nps: readonly TerseNp[],
): void {
  const things = () => subjects.filter((e) => !isPerson(e.words));
  for (const app of kinds) {
    if (app.fallback && things().length === 0) {
      // "restaurant directory": with nothing else named, the setting is the thing; "gym class booking": a
      // second setting after the first is the thing booked.
      const settings = nps.flatMap((np) => np.units).filter((u) => u.kind === 'setting');
      const booked = app.record && settings.length > 1 ? settings[settings.length - 1] : undefined;
      // "reservations for our 40 campsites": the things the prompt says it has are what is booked.
      const owned = nps
        .filter((np) => np.setting && np.plural)
        .flatMap((np) => np.units)
        .filter((u) => (u.kind === 'noun' || u.kind === 'entity') && !isPerson(u.words.map(sing)))
        .pop();
      const setting = owned ?? (app.record ? booked : settings[0]);
      const entity = draft.entity(setting ? setting.words : app.fallback.split(' '));
      if (entity) subjects.push(entity);
    }
    if (app.record) {
      const entity = draft.entity(app.record.split(' '));
      if (entity) records.push({ entity, app });
    }
    if (app.extra) {
      const extra = draft.entity(app.extra.split(' '));
      const thing = things()[0];
      if (extra && thing && extra !== thing)
        draft.relate({ kind: 'many-to-one', from: extra.key, to: thing.key });
    }
  }
  for (const { entity, app } of records) {
    for (const s of subjects)
      if (s !== entity) draft.relate({ kind: 'many-to-one', from: entity.key, to: s.key, required: true });
    if (app.person && !subjects.some((s) => isPerson(s.words))) {
      const person = draft.entity(servedPerson.split(' '));
      if (person && person !== entity)
        draft.relate({ kind: 'many-to-one', from: entity.key, to: person.key, required: true });
    }
  }
}
