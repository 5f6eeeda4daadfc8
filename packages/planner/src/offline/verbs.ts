/**
 * Verbs the planner understands, by what they mean for the data model. A verb is recognised from its
 * base form, "-s", "-ed", "-ing" or an irregular form; whether a word is a verb at all is decided by
 * the chunker from its position, because "book", "rate" and "order" are nouns just as often.
 */

import { own } from './lexicon.ts';
import { GENERAL_VERBS, IRREGULAR_FORMS } from './verb-lexicon.ts';

/** Transaction verbs: "members borrow books" → a Loan that references both sides. */
export const TRANSACTION_VERBS: Readonly<Record<string, string>> = {
  book: 'Booking',
  reserve: 'Reservation',
  borrow: 'Loan',
  lend: 'Loan',
  loan: 'Loan',
  rent: 'Rental',
  hire: 'Hire',
  lease: 'Lease',
  enroll: 'Enrollment',
  enrol: 'Enrollment',
  register: 'Registration',
  attend: 'Attendance',
  rate: 'Rating',
  review: 'Review',
  bookmark: 'Bookmark',
  favorite: 'Favorite',
  favourite: 'Favorite',
  like: 'Like',
  follow: 'Follow',
  subscribe: 'Subscription',
  apply: 'Application',
  vote: 'Vote',
  buy: 'Purchase',
  purchase: 'Purchase',
  donate: 'Donation',
  adopt: 'Adoption',
  join: 'Membership',
  visit: 'Visit',
  bid: 'Bid',
  pledge: 'Pledge',
  rsvp: 'Rsvp',
  complete: 'Completion',
  comment: 'Comment',
  supply: 'Supply',
  signup: 'Signup',
  checkin: 'CheckIn',
  reply: 'Reply',
  checkout: 'Checkout',
  order: 'Order',
  sponsor: 'Sponsorship',
  volunteer: 'Shift',
  watch: 'View',
  save: 'SavedItem',
  stay: 'Stay',
  endorse: 'Endorsement',
  invest: 'Investment',
  tip: 'Tip',
  answer: 'Answer',
  solve: 'Solution',
  take: 'Attempt',
  grade: 'Grade',
  assign: 'Assignment',
  prescribe: 'Prescription',
  treat: 'Treatment',
  ship: 'Shipment',
  deliver: 'Delivery',
  pay: 'Payment',
  use: 'Usage',
  log: 'LogEntry',
  score: 'Score',
  judge: 'Score',
  claim: 'Claim',
};

/** The object belongs to the subject: "sales reps manage deals" → Deal.salesRep. */
export const OWNERSHIP_VERBS = new Set(
  `manage own create write post publish place give host teach lead run organize organise upload send make
   author handle maintain supervise oversee coach sell offer open file raise build design plan schedule
   issue print produce cook prepare conduct present perform drive operate author share mentor train
   instruct deliver serve care curate moderate edit draft list sponsor fund propose request submit
   bring upload`.split(/\s+/),
);

/** The objects are the subject's attributes or children: "stock movements record the product, quantity …". */
export const FIELD_VERBS = new Set(
  'have include contain record track store capture keep hold show carry list need require log note mention get say specify indicate state'.split(
    /\s+/,
  ),
);

/** "products belong to categories", "employees report to a manager": a reference from subject to object. */
export const REFERENCE_VERBS = new Set(
  'belong report refer relate link point reference fall sit live work'.split(/\s+/),
);
/** "orders made of order items": the objects belong to the subject. */
export const COMPOSITION_VERBS = new Set(
  'consist compose make comprise split divide break group'.split(/\s+/),
);
/** "deals move through stages: …": an enum on the subject. */
export const PROGRESS_VERBS = new Set('move go progress pass flow advance transition'.split(/\s+/));
/** Verbs whose clause describes derived data, not stored data: "standings are computed". */
export const DERIVED_VERBS = new Set('compute calculate derive generate aggregate sum'.split(/\s+/));

const IRREGULAR: Readonly<Record<string, string>> = {
  taught: 'teach',
  written: 'write',
  wrote: 'write',
  made: 'make',
  given: 'give',
  gave: 'give',
  run: 'run',
  ran: 'run',
  held: 'hold',
  kept: 'keep',
  led: 'lead',
  sold: 'sell',
  bought: 'buy',
  paid: 'pay',
  built: 'build',
  took: 'take',
  taken: 'take',
  sent: 'send',
  brought: 'bring',
  done: 'do',
  did: 'do',
  got: 'get',
  gotten: 'get',
  lent: 'lend',
  drove: 'drive',
  driven: 'drive',
  chosen: 'choose',
  shared: 'share',
  fell: 'fall',
  broken: 'break',
  split: 'split',
  put: 'put',
  set: 'set',
  shown: 'show',
  drawn: 'draw',
  owned: 'own',
  went: 'go',
  gone: 'go',
};

const KNOWN = new Set<string>([
  ...Object.keys(TRANSACTION_VERBS),
  ...OWNERSHIP_VERBS,
  ...FIELD_VERBS,
  ...REFERENCE_VERBS,
  ...COMPOSITION_VERBS,
  ...PROGRESS_VERBS,
  ...DERIVED_VERBS,
  ...`export import see view browse search find filter sort add edit delete update remove mark check
  sign log use want let allow enable support send receive notify remind approve reject accept decline cancel
  confirm invite connect message chat upload download print scan count measure monitor compare calculate
  display show tag categorize categorise label assign belong need require do bring choose draw put set
  collect gather earn spend win lose play study learn practice exercise describe give appear happen occur
  become remain stay start end finish begin park play reply supply signup checkin pickup earn bring
  assign invite`.split(/\s+/),
]);

/** Verbs that are far more often nouns in app descriptions; the chunker needs position evidence for them. */
export const NOUN_LIKE_VERBS = new Set(
  `book rate order review record report list log note comment post plan schedule file set play visit vote
   bid pledge tip answer grade score ship stay use watch favorite favourite like save print issue design
   draft request fund lease loan hire rent tag label count mark check display start end sign
   return repair claim copy trade tour launch cut load match fit trace detail`.split(/\s+/),
);

/** The base form of a verb, or null when the word is not an English verb. */
export function verbLemma(word: string): string | null {
  const w = word.toLowerCase();
  if (KNOWN.has(w)) return w;
  const irregular = own(IRREGULAR, w) ?? own(IRREGULAR_FORMS, w);
  if (irregular) return irregular;
  const candidates = inflectionBases(w);
  return (
    candidates.find((c) => KNOWN.has(c)) ??
    (GENERAL_VERBS.has(w) ? w : (candidates.find((c) => GENERAL_VERBS.has(c)) ?? null))
  );
}

/** Whether the planner gives this verb a meaning of its own (not only "some English verb"). */
export const isModelVerb = (lemma: string) => KNOWN.has(lemma);

function inflectionBases(w: string): string[] {
  const candidates: string[] = [];
  if (w.endsWith('ies')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) candidates.push(w.slice(0, -2));
  if (w.endsWith('s')) candidates.push(w.slice(0, -1));
  if (w.endsWith('ied')) candidates.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) candidates.push(w.slice(0, -2), w.slice(0, -1), w.slice(0, -3));
  if (w.endsWith('ing')) candidates.push(w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4));
  return candidates;
}

export const isPastParticiple = (word: string) =>
  word.endsWith('ed') ||
  Object.hasOwn(IRREGULAR, word) ||
  (Object.hasOwn(IRREGULAR_FORMS, word) && !/(?:s|ing)$/.test(word));
