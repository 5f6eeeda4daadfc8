/** Closed word classes the chunker needs. Lower-case; lookups are by exact word. */

const set = (text: string) => new Set(text.trim().split(/\s+/));

export const DETERMINERS =
  set(`a an the each every their its his her our my your some any all this these those
  such another other same either`);
/** Quantity words: they mark "many" but are not part of a name. */
export const QUANTIFIERS = set(
  'multiple many several various numerous one single two three four five six seven eight nine ten twelve both few lots',
);
export const PREPOSITIONS =
  set(`with of for in on at by to from between during per about into through under over
  within via across among including like as inside onto toward towards after before until against around
  along alongside near beside behind throughout beyond upon outside`);
export const RELATIVES = set('who which that where whose whom');
export const PRONOUNS = set('they them it he she we you i us him me themselves itself there');
export const POSSESSIVES = set('their its his her our my your');
export const BE = set('is are was were be been being am');
export const HAVE = set('has have had having');
export const MODALS = set('can could may might must should will would shall');
export const NEGATIONS = set('no not never without none nor cannot dont doesnt isnt arent wont');
export const CONJUNCTIONS = set('and or plus nor');
/** Words that carry no meaning for the data model; dropped. */
export const FILLER = set(`also just only then too afterwards later optionally always usually often sometimes
  really very easily quickly simply basically etc e.g eg ie i.e so thus therefore however but while whereas
  yet still even maybe perhaps please want wants wanted need needs needed needing let lets allow allows allowing
  able used want like would should something things stuff lot kind well how what when why if else here now`);
/** Adverbs: they never belong to a noun phrase and never end one's verb ("staff also record …"). */
const ADVERBS =
  set(`also currently regularly usually typically normally generally often always sometimes already
  still just only then too actually automatically manually again soon once twice later instead together`);
/** An adverb: a listed one, or "-ly" on an adjective stem ("currently", "separately", "carefully"). */
export const isAdverb = (w: string) =>
  ADVERBS.has(w) ||
  (w.length > 6 &&
    !ENTITY_ADJECTIVES.has(w) &&
    /(?:al|nt|ar|ous|ive|ful|less|ate|ed|ct|ick|ent|ble|ct|st|rt)ly$|ibly$|ably$/.test(w));
/** Adjectives dropped from entity names ("monthly budgets" is a Budget). */
export const ENTITY_ADJECTIVES =
  set(`monthly daily weekly yearly annual hourly quarterly nightly fortnightly biweekly personal online new old own
  individual freelance senior junior part-time full-time simple basic small large big local global various different optional recent upcoming past
  current main primary general custom favorite favourite multiple many several all registered
  existing available active other related separate possible simple real digital virtual internal external
  last next previous latest`);
/** Adjectives dropped from field names. */
export const FIELD_ADJECTIVES = set(
  'optional required mandatory unique own its their the a an some given certain specific particular',
);

/** Nouns that name the app itself, never an entity. */
export const META_NOUNS =
  set(`app apps application applications system systems platform platforms website websites
  site sites tool tools dashboard dashboards software portal portals service webapp saas crm erp cms program
  solution interface ui frontend backend database db api page pages mvp prototype login logins signin
  authentication auth password passwords permission permissions spreadsheet spreadsheets excel whatsapp
  chaos mess nightmare headache hey hi hello okay ok thanks oh lol please stuff thing things something anything
  nothing everything notebook whiteboard`);
/** Heads of an app's own name ("movie watchlist", "habit tracker"): the words before them are the subject. */
export const APP_HEADS =
  set(`app application system platform tool tracker manager management website site portal
  software planner organizer organiser scheduler scheduling booking-system catalog catalogue directory crm erp
  cms database hub builder log logger journal watchlist wishlist list lists inventory registry register board
  dashboard service program solution keeper book-keeping bookkeeping tracking planning managing helper assistant
  marketplace diary notebook library`);
/**
 * Organisations that run an app ("our youth orchestra", "a tool for my bakery", "we're a driving school"):
 * named once in the singular they are the setting, not a record.
 */
export const ORGANISATIONS = set(`firm company business school academy orchestra choir band troop club church
  parish farm ranch bakery cafe café restaurant shop store boutique salon studio clinic practice agency theater
  theatre brewery winery gym charity nonprofit shelter kennel nursery daycare hospital hotel hostel museum
  association society insurer garden league pantry campground marina garage workshop lab laboratory office
  centre center kindergarten coop cooperative foundation dojo library house apartment flat kitchen yard
  backyard balcony`);
/** Actors who use the app; entities only when described with attributes of their own. */
export const ACTOR_NOUNS = set('admin admins administrator administrators superuser moderator moderators');

/** Time units after "per": "target per week" is one field, not a relation. */
export const TIME_UNITS = set(
  'second seconds minute minutes hour hours day days night nights week weeks month months year years session sessions visit person',
);
/** Units after "in": "duration in minutes" → durationMinutes. Value: the field type the unit implies. */
export const UNITS: Readonly<Record<string, 'integer' | 'decimal'>> = {
  seconds: 'integer',
  minutes: 'integer',
  mins: 'integer',
  hours: 'integer',
  days: 'integer',
  weeks: 'integer',
  months: 'integer',
  years: 'integer',
  nights: 'integer',
  pages: 'integer',
  calories: 'integer',
  kcal: 'integer',
  steps: 'integer',
  points: 'integer',
  kg: 'decimal',
  kilograms: 'decimal',
  g: 'decimal',
  grams: 'decimal',
  lbs: 'decimal',
  pounds: 'decimal',
  km: 'decimal',
  kilometers: 'decimal',
  kilometres: 'decimal',
  miles: 'decimal',
  meters: 'decimal',
  metres: 'decimal',
  m: 'decimal',
  cm: 'decimal',
  mm: 'decimal',
  ml: 'decimal',
  mg: 'decimal',
  mcg: 'decimal',
  µg: 'decimal',
  oz: 'decimal',
  lb: 'decimal',
  gal: 'decimal',
  gallons: 'decimal',
  kwh: 'decimal',
  kw: 'decimal',
  kwp: 'decimal',
  watts: 'decimal',
  volts: 'decimal',
  mph: 'decimal',
  kmh: 'decimal',
  psi: 'decimal',
  ppm: 'decimal',
  hrs: 'decimal',
  yards: 'decimal',
  l: 'decimal',
  liters: 'decimal',
  litres: 'decimal',
  percent: 'decimal',
  usd: 'decimal',
  eur: 'decimal',
  gbp: 'decimal',
  dollars: 'decimal',
  euros: 'decimal',
  celsius: 'decimal',
  c: 'decimal',
  f: 'decimal',
  ul: 'decimal',
  µl: 'decimal',
  fahrenheit: 'decimal',
  inches: 'decimal',
  feet: 'decimal',
  hectares: 'decimal',
  acres: 'decimal',
  sqm: 'decimal',
  sqft: 'decimal',
  m2: 'decimal',
  m3: 'decimal',
  'm²': 'decimal',
  'm³': 'decimal',
};

/** A lexicon entry for a word the user typed; never one of Object's own ("constructor", "toString"). */
export const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** The type a unit implies. */
export const unitType = (word: string) => own(UNITS, word);
