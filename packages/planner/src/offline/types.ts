/**
 * Field types from names and phrasing. The last word of a name decides most types ("start time",
 * "late fee"); a few prefixes ("is …", "number of …") and context flags decide the rest.
 */
import type { FieldType } from '@appgen/spec';
import { unitType } from './lexicon.ts';

const set = (text: string) => new Set(text.trim().split(/\s+/));

const PHONE = set('phone telephone mobile cell fax whatsapp');
const URL = set(`url urls link links website homepage site image photo picture avatar logo thumbnail cover
  video attachment file icon banner portfolio github linkedin twitter instagram`);
const DECIMAL =
  set(`price prices cost costs fee fees amount amounts salary wage wages rate rates total subtotal
  balance balances budget tax taxes discount revenue income expense expenses payment deposit tip commission
  interest weight height width length depth distance latitude longitude lat lng lon percentage percent gpa
  temperature temp volume area value valuation margin profit spend spending bill fare rent charge fine refund
  budgeted limit allowance bmi estimate abv gravity ratio ph altitude elevation premium principal sqft
  acreage acres hectares`);
/** What a lab, a meter or a sensor measures: quantities with decimals ("ammonia", "hemoglobin level"). */
const MEASURED =
  set(`ammonia nitrite nitrate nitrates phosphate chlorine salinity alkalinity hardness oxygen co2
  glucose sugar cholesterol hemoglobin haemoglobin humidity moisture pressure voltage current wattage kwh kwp
  turbidity conductivity ppm brix ibu tds ec ppb dissolved sodium potassium calcium magnesium iron protein
  fat carbs carbohydrates fiber fibre caffeine alcohol water noise battery fuel og fg sg litre liter gallon`);
const INTEGER = set(`year years quantity quantities qty count counts capacity stock age seats seat rank
  points score scores goals assists votes stars attempts population duration pages floor servings calories
  reps sets minutes hours days weeks months nights seconds steps laps copies units inventory headcount
  priority-level level-number occupancy beds bedrooms bathrooms mileage odometer retries position-number
  target threshold wins losses draws credits likes views downloads followers shares clicks hour minute
  second day week month night point credit seat copy page rep vote view bedroom bathroom serving calorie step
  lap tempo bpm reorder-level interval odometer`);
const DATE = set(`date dates deadline birthday birthdate dob anniversary expiry expiration day due-date`);
const DATETIME = set(`time times timestamp datetime start end starts ends at when moment`);
const TEXT = set(`description descriptions notes note body content bio biography comment comments summary
  details instructions message messages text feedback abstract remarks ingredients steps html markdown
  excerpt answer explanation story letter synopsis review essay transcript directions agenda minutes-text address`);
const BOUNDS = set('min max minimum maximum');
/** Words after a measure or a date that say which one it is: "amount paid", "year built", "units on hand". */
const DONE = set('remaining left on hand kept sold held spent paid built won lost given taken sent due owed');
/** "parts produced", "hints used", "fish caught": participles that count the plural before them. */
const COUNTED =
  set(`produced rejected used sold scored made completed missed shipped received returned consumed
  served saved delivered booked printed harvested caught planted collected donated recycled failed passed
  watched visited logged reported answered solved found picked packed processed treated vaccinated`);
const COUNT_TOTALS = set('value total balance amount worth');
const UNTIL = set('from until till');
const BOOLEAN_PREFIX = set('is has can was should allow allows');
/** "plus-one allowed", "engineer needed", "breakfast included". */
const BOOLEAN_SUFFIX = set('allowed needed included');
const BOOLEAN = set(`active enabled done completed complete confirmed verified published archived available
  approved visible featured paid flag flagged pinned resolved read starred favorite favourite vegetarian vegan
  public private enabled cancelled canceled finished attended returned shipped delivered signed required
  accepted rejected checked blocked banned hidden default billable covered remote abnormal urgent refundable`);
const ENUMISH = set(
  'status stage type priority role kind level state phase tier severity category gender sex size frequency condition visibility difficulty mode',
);
/** "serial number", "phone number": identifiers, not quantities. */
const CODE_NUMBER = set(`serial insurance phone account tracking license licence passport registration vat tax
  reference order invoice policy id social security isbn model part plate vin card routing contact mobile
  booking confirmation ticket case room flight seat table house street apartment unit lot employee student
  member customer patient badge membership batch sku iban bank spot
  tail hull chassis engine frame permit certificate claim receipt transaction shipment container parcel package
  voucher coupon loyalty locker pallet microchip chip tag ear accession imo cabin asset document identification`);

const AREA_MEASURES = set('floor surface total land plot lot living usable garden roof site gross net');
const RANKED = set('finish finishing final queue race league table chart starting start grid');
const ABLE_NOUNS = set('vegetable timetable variable deliverable receivable payable constable collectable');

/** Default values for enum fields the prompt names without values. */
export const DEFAULT_ENUMS: Readonly<Record<string, readonly string[]>> = {
  status: ['active', 'inactive'],
  priority: ['low', 'medium', 'high'],
  severity: ['low', 'medium', 'high', 'critical'],
  difficulty: ['easy', 'medium', 'hard'],
  role: ['admin', 'member'],
  visibility: ['public', 'private'],
  sex: ['female', 'male'],
  gender: ['female', 'male', 'other'],
};

const SKILL = ['beginner', 'intermediate', 'advanced'];
const GRADED = ['low', 'medium', 'high'];
/** Values everyone knows for fields named by more than their last word ("blood type", "shirt size"). */
const KNOWN_ENUMS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/^blood (?:type|group)$/, ['a_pos', 'a_neg', 'b_pos', 'b_neg', 'ab_pos', 'ab_neg', 'o_pos', 'o_neg']],
  [
    /^(?:t-?shirt|shirt|jersey|clothing|uniform|kit|hoodie|jacket|dress) size$/,
    ['xs', 's', 'm', 'l', 'xl', 'xxl'],
  ],
  [/^(?:cefr|language) level$/, ['a1', 'a2', 'b1', 'b2', 'c1', 'c2']],
  [
    /^(?:skill|experience|proficiency|fitness|skier|rider|climbing|swimming|playing|ability|reading|audience|course|class) level$/,
    SKILL,
  ],
  [/^(?:risk|threat|alert|urgency|importance|noise|activity|energy|stress|security) level$/, GRADED],
];

/** The values a field's whole name implies, where its last word alone does not say ("blood type"). */
export function knownEnumValues(words: readonly string[]): readonly string[] | undefined {
  const name = words.join(' ');
  return KNOWN_ENUMS.find(([pattern]) => pattern.test(name))?.[1];
}

export interface TypeHints {
  enumValues?: readonly string[];
  /** "whether it is paid", "a done flag", "yes/no". */
  boolean?: boolean;
  /** "(free text)". */
  text?: boolean;
  /** "complexity 1-5": an integer (or decimal) range. */
  range?: readonly [number, number];
  /** "collected at (date and time)": the type the prompt names outright. */
  as?: FieldType;
  /** The unit a field was given in ("in minutes"). */
  unit?: 'integer' | 'decimal';
  /** Written in the plural ("with scores"): it may stand for several known fields (home and away score). */
  several?: boolean;
}

/** The type a field's words imply. `words` are lower-case ("start", "time"). */
export function inferType(words: readonly string[], hints: TypeHints = {}): FieldType {
  const last = words[words.length - 1] ?? '';
  const first = words[0] ?? '';
  if (hints.enumValues && hints.enumValues.length > 0) return 'enum';
  if (!hints.as && !hints.unit && !hints.range && !hints.boolean && knownEnumValues(words)) return 'enum';
  if (hints.boolean || last === 'flag' || (BOOLEAN_PREFIX.has(first) && words.length > 1)) return 'boolean';
  // "number of volunteers needed", "hours included" are counts.
  if (BOOLEAN_SUFFIX.has(last) && words.length > 1)
    return ['integer', 'decimal'].includes(inferType(words.slice(0, -1))) ? 'integer' : 'boolean';
  if (hints.text) return 'text';
  if (hints.as) return hints.as;
  if (hints.unit) return hints.unit;
  // "remaining grams", "distance km": the unit says it is a measure.
  if (words.length > 1 && unitType(last) && !BOUNDS.has(first)) return unitType(last) ?? 'decimal';
  // "remaining gram" (a plural unit made singular): a measure.
  if (words.length > 1 && unitType(`${last}s`) === 'decimal') return 'decimal';
  // "finish position", "queue position": a place in an order.
  if (last === 'position' && words.length > 1 && RANKED.has(words[words.length - 2] ?? '')) return 'integer';
  if (hints.range) return hints.range.some((n) => !Number.isInteger(n)) ? 'decimal' : 'integer';
  if (words.length > 1) {
    const rest = words.slice(1);
    // "min players", "max students": counts.
    if (BOUNDS.has(first)) return inferType(rest) === 'string' ? 'integer' : inferType(rest);
    // "budget min", "players max": a bound of a measure, or a count.
    if (BOUNDS.has(last)) {
      const head = inferType(words.slice(0, -1));
      return head === 'string' ? 'integer' : head;
    }
    // "last watered", "last serviced": when it last happened.
    if (first === 'last' && /ed$/.test(last)) return 'date';
    // "credits remaining", "quantity baked", "date paid", "year built": the measure or date decides.
    if ((/(?:ed|ing)$/.test(last) || DONE.has(last)) && !DATETIME.has(last)) {
      const head = inferType(words.slice(0, -1));
      if (head === 'integer' || head === 'decimal' || head === 'date' || head === 'datetime') return head;
      // "parts produced", "hints used": how many of a thing.
      if (words.length === 2 && /[^s]s$/.test(first) && COUNTED.has(last)) return 'integer';
    }
    if ((words.includes('point') || words.includes('points')) && COUNT_TOTALS.has(last)) return 'integer';
    if (UNTIL.has(last)) return 'date';
  }
  if (words.includes('email') || words.includes('e-mail')) return 'email';
  if (PHONE.has(last) || (last === 'number' && PHONE.has(words[words.length - 2] ?? ''))) return 'phone';
  if (first === 'number' && words[1] === 'of') return 'integer';
  const of = words.indexOf('of');
  // "date of birth": the head decides.
  if (of > 0 && inferType(words.slice(0, of)) !== 'string') return inferType(words.slice(0, of));
  if (words.length > 2 && words[words.length - 2] === 'per') {
    const head = inferType(words.slice(0, -2));
    return head === 'string' ? 'integer' : head;
  }
  if (last === 'number' || last === 'no' || last === 'num') {
    return CODE_NUMBER.has(words[words.length - 2] ?? '') || words.length === 1 ? 'string' : 'integer';
  }
  if (last === 'id' || last === 'code' || last === 'sku' || last === 'isbn' || last === 'zip')
    return 'string';
  if (URL.has(last) || (last === 'address' && words.includes('web'))) return 'url';
  if (last === 'address' && words.includes('email')) return 'email';
  if (DATE.has(last) || (last === 'on' && words.length > 1)) return last === 'on' ? 'date' : 'date';
  if (last === 'rating' || last === 'ratings') return 'integer';
  if (last === 'size' && words.length > 1) return 'integer';
  if (last === 'level' && words.length > 1 && words[0] !== 'access')
    return MEASURED.has(words[words.length - 2] ?? '') ? 'decimal' : 'integer';
  // "floor area" is a measure; "preferred area", "service area" are places.
  if (last === 'area' && words.length > 1 && !AREA_MEASURES.has(words[0] ?? '')) return 'string';
  if (MEASURED.has(last) && words.length === 1) return 'decimal';
  if (DECIMAL.has(last)) return 'decimal';
  if (INTEGER.has(last)) return 'integer';
  if (
    last === 'time' &&
    (words.includes('prep') ||
      words.includes('cooking') ||
      words.includes('cook') ||
      words.includes('travel') ||
      words.includes('response'))
  )
    return 'integer';
  if (DATETIME.has(last)) return 'datetime';
  if (BOOLEAN.has(last) && words.length === 1) return 'boolean';
  // "wheelchair accessible", "dishwasher safe" style adjectives in -able/-ible: a yes/no property.
  if (last.length >= 8 && /(?:ible|able)$/.test(last) && !ABLE_NOUNS.has(last)) return 'boolean';
  if (TEXT.has(last)) return last === 'address' ? 'string' : 'text';
  if (ENUMISH.has(last) && DEFAULT_ENUMS[last]) return 'enum';
  return 'string';
}

export const isEnumish = (word: string) => ENUMISH.has(word);
/** Words that name an attribute rather than a thing; used to tell fields from entities. */
export function looksLikeAttribute(words: readonly string[]): boolean {
  const last = words[words.length - 1] ?? '';
  // "budget min/max", "status for sale/pending/sold": judged by the words with each alternative.
  if (last.includes('/') && last !== 'yes/no' && words.length > 1) {
    const before = words.slice(0, -1);
    return before.some(isEnumish) || last.split('/').some((alt) => looksLikeAttribute([...before, alt]));
  }
  if (ATTRIBUTE_WORDS.has(last)) return true;
  return inferType(words) !== 'string';
}

const ATTRIBUTE_WORDS = set(`name names title titles firstname lastname surname username nickname label code
  sku isbn description notes note status stage type priority role kind level state phase tier severity
  gender size color colour brand model make author genre language country city address street zip postcode
  postal region currency unit units position department subject headline slug summary bio email phone url
  id number flag address location venue website industry source destination origin reason method channel
  format version edition publisher director cuisine breed species sex nationality occupation title rank
  platform medium topic theme mood weather condition frequency difficulty cause outcome result score grade
  seat ingredients allergies symptoms diagnosis dosage notes payee merchant vendor-name sender recipient
  rating year month week day area`);
