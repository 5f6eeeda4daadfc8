/**
 * Words for terse prompts ("dog grooming salon booking", "fleet fuel log"): what kind of app a head word
 * names, which modifiers only qualify (an activity or a material), which name the setting, and which
 * person the setting implies.
 */
const set = (text: string) => new Set(text.trim().split(/\s+/));

export interface AppKind {
  /** The record the app keeps ("booking" → Booking); null when the word only names the tool. */
  record: string | null;
  /** Add the customer/client-like person the setting implies. */
  person: boolean;
  /** Entity when the prompt names no thing ("rental" → item). */
  fallback: string | null;
  /** Extra entity ("inventory" → stock movement). */
  extra?: string;
  /** A thing with no record of its own becomes an entry with a date ("mood tracker" → MoodEntry). */
  entries?: boolean;
}

const kind = (
  record: string | null,
  person: boolean,
  fallback: string | null,
  more: Partial<AppKind> = {},
) => ({
  record,
  person,
  fallback,
  ...more,
});

/** App kinds named by a head word: the entities a competent engineer would model for them. */
export const APP_KINDS: Readonly<Record<string, AppKind>> = {
  booking: kind('booking', true, 'service'),
  bookings: kind('booking', true, 'service'),
  booker: kind('booking', true, 'service'),
  appointment: kind('appointment', true, 'service'),
  appointments: kind('appointment', true, 'service'),
  reservation: kind('reservation', true, 'resource'),
  reservations: kind('reservation', true, 'resource'),
  rental: kind('rental', true, 'item'),
  rentals: kind('rental', true, 'item'),
  hire: kind('rental', true, 'item'),
  lending: kind('loan', true, 'item'),
  signup: kind('signup', true, 'event'),
  signups: kind('signup', true, 'event'),
  'sign-up': kind('signup', true, 'event'),
  registration: kind('registration', true, 'event'),
  registrations: kind('registration', true, 'event'),
  enrollment: kind('enrollment', true, 'course'),
  enrolment: kind('enrollment', true, 'course'),
  rsvp: kind('rsvp', true, 'event'),
  rsvps: kind('rsvp', true, 'event'),
  scheduler: kind(null, false, 'event'),
  schedule: kind(null, false, 'event'),
  scheduling: kind(null, false, 'event'),
  calendar: kind(null, false, 'event'),
  roster: kind(null, false, 'shift'),
  rota: kind(null, false, 'shift'),
  log: kind(null, false, 'entry', { entries: true }),
  logbook: kind(null, false, 'entry', { entries: true }),
  logger: kind(null, false, 'entry', { entries: true }),
  tracker: kind(null, false, 'entry', { entries: true }),
  tracking: kind(null, false, 'entry', { entries: true }),
  journal: kind(null, false, 'entry', { entries: true }),
  diary: kind(null, false, 'entry', { entries: true }),
  catalog: kind(null, false, 'item'),
  catalogue: kind(null, false, 'item'),
  collection: kind(null, false, 'item'),
  archive: kind(null, false, 'item'),
  library: kind(null, false, 'item'),
  directory: kind(null, false, 'contact'),
  inventory: kind(null, false, 'item', { extra: 'stock movement' }),
  stock: kind(null, false, 'item', { extra: 'stock movement' }),
  seating: kind('seat', true, null),
  queue: kind('ticket', true, null),
  waitlist: kind('waitlist entry', true, null),
};

/** Compound records with an app kind of their own: "work orders" → WorkOrder + Customer. */
export const RECORD_COMPOUNDS: Readonly<Record<string, AppKind>> = {
  'work order': kind(null, true, null),
  'repair order': kind(null, true, null),
  'job card': kind(null, true, null),
  'service request': kind(null, true, null),
  'maintenance request': kind(null, false, null),
};

/** Heads that only name the tool: never entities. */
export const TOOL_HEADS = set(`app apps application system tool tools manager management planner planning
  organizer organiser chart sheet board dashboard helper assistant hub portal platform software site website
  keeper builder program solution list lists register registry database watchlist wishlist`);

/** Modifiers that name an activity, a purpose or a material: dropped from entity names. */
export const QUALIFIERS = set(`repair repairs delivery maintenance service services sales rescue support home
  homebrew homemade handmade craft vinyl sheet digital paper running cycling swimming hiking grooming boarding
  cleaning physiotherapy physio dental medical veterinary vet pet-care childcare daycare beer wine coffee
  sourdough garden gardening volunteer-run community neighborhood neighbourhood school office kids youth adult
  family house household lab laboratory field fitness yoga dance music art photo photography book fishing
  camping travel holiday vacation wedding party birthday`);

/** Places that run the app: dropped when something else is named; they imply the people served. */
export const SETTINGS: Readonly<Record<string, string>> = {
  salon: 'customer',
  shop: 'customer',
  store: 'customer',
  boutique: 'customer',
  garage: 'customer',
  kennel: 'customer',
  bakery: 'customer',
  cafe: 'customer',
  studio: 'client',
  agency: 'client',
  firm: 'client',
  practice: 'patient',
  clinic: 'patient',
  hospital: 'patient',
  surgery: 'patient',
  classroom: 'student',
  school: 'student',
  class: 'student',
  academy: 'student',
  university: 'student',
  gym: 'member',
  club: 'member',
  band: 'member',
  choir: 'member',
  orchestra: 'member',
  troop: 'member',
  church: 'member',
  parish: 'member',
  restaurant: 'guest',
  hotel: 'guest',
  venue: 'guest',
  bank: 'volunteer',
  charity: 'volunteer',
  nonprofit: 'volunteer',
  shelter: 'volunteer',
  office: 'employee',
  company: 'customer',
  business: 'customer',
  team: 'member',
  cellar: 'owner',
  center: 'member',
  centre: 'member',
};

/** Collective nouns: a fleet is its vehicles. */
export const COLLECTIVES: Readonly<Record<string, string>> = {
  fleet: 'vehicle',
  herd: 'animal',
  flock: 'animal',
  crew: 'member',
  staff: 'staff member',
  workforce: 'employee',
};

/** Heads that already are a dated record of a measure ("blood pressure readings"). */
export const RECORD_HEADS = set('reading entry measurement record session log logs entries');
