/**
 * Realistic, deterministic sample values for seed data and generated tests, chosen from a field's name
 * and type. No randomness: a value depends only on the entity, the field and the row index.
 */
import type { EntityModel, FieldModel } from './model.ts';

export type SampleValue = string | number | boolean | null;

const FIRST = [
  'Ada',
  'Grace',
  'Alan',
  'Katherine',
  'Linus',
  'Margaret',
  'Tim',
  'Barbara',
  'Dennis',
  'Radia',
  'Ken',
  'Frances',
];
const LAST = [
  'Lovelace',
  'Hopper',
  'Turing',
  'Johnson',
  'Torvalds',
  'Hamilton',
  'Berners-Lee',
  'Liskov',
  'Ritchie',
  'Perlman',
  'Thompson',
  'Allen',
];
const COMPANIES = [
  'Acme Corp',
  'Globex',
  'Initech',
  'Umbrella Labs',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Vandelay Imports',
];
const CITIES = [
  'Lisbon',
  'Toronto',
  'Osaka',
  'Nairobi',
  'Melbourne',
  'Berlin',
  'Santiago',
  'Dublin',
  'Seoul',
  'Oslo',
];
const COUNTRIES = [
  'Portugal',
  'Canada',
  'Japan',
  'Kenya',
  'Australia',
  'Germany',
  'Chile',
  'Ireland',
  'South Korea',
  'Norway',
];
const STREETS = [
  '12 Harbour Road',
  '48 Maple Avenue',
  '7 Station Street',
  '230 King Street',
  '5 Elm Close',
  '91 River Lane',
];
const COLORS = ['Red', 'Blue', 'Green', 'Amber', 'Violet', 'Teal', 'Black', 'White'];
const WORDS = [
  'Aurora',
  'Summit',
  'Harbor',
  'Meadow',
  'Orbit',
  'Cascade',
  'Atlas',
  'Ember',
  'Willow',
  'Nova',
  'Quartz',
  'Zephyr',
];
const BOOKS = [
  'The Silent River',
  'A Map of Stars',
  'Letters from Lisbon',
  'The Glass Garden',
  'Northern Lights',
  'Small Hours',
  'The Last Orchard',
  'Paper Moons',
];
const POSTS = [
  'Getting started with the basics',
  'Ten lessons from our first year',
  'How we plan a busy week',
  'A closer look at the new release',
  'Notes from the field',
  'What we learned this spring',
];
const TASKS = [
  'Prepare the quarterly report',
  'Call back new customers',
  'Review the onboarding guide',
  'Order replacement parts',
  'Update the price list',
  'Plan the team offsite',
];
const PRODUCTS = [
  'Ceramic Mug',
  'Linen Notebook',
  'Desk Lamp',
  'Wool Scarf',
  'Steel Water Bottle',
  'Canvas Tote',
  'Oak Cutting Board',
  'Wireless Mouse',
];
const SENTENCES = [
  'A short description written to show how longer text looks in the app.',
  'Reviewed last week; everything is in order and ready for the next step.',
  'Includes a few notes from the team about what to keep an eye on.',
  'Created as sample data so the screens have something realistic to show.',
  'Follow up with the owner before the end of the month.',
  'Popular with regular customers and easy to recommend.',
];
const TAG_WORDS = [
  'General',
  'Featured',
  'Urgent',
  'Archive',
  'Community',
  'Design',
  'Research',
  'Travel',
  'Health',
  'Finance',
];
const PERSON_ENTITIES =
  /(person|people|customer|client|member|author|employee|student|patient|user|contact|teacher|trainer|instructor|speaker|attendee|guest|owner|manager|staff|doctor|dentist|driver|player|volunteer|applicant|candidate|tenant|reader|subscriber|lead|rep|agent|visitor|coach|artist|worker|technician)/i;

const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A stable number per entity + field, so parallel lists don't line up identically. */
function offset(model: EntityModel, field: FieldModel): number {
  let hash = 0;
  for (const ch of model.name + field.name) hash = (hash * 31 + ch.charCodeAt(0)) % 9973;
  return hash % 7;
}

function personName(index: number): [string, string] {
  return [pick(FIRST, index), pick(LAST, index + Math.floor(index / LAST.length))];
}

function textValue(model: EntityModel, field: FieldModel, i: number): string {
  const name = field.name.toLowerCase();
  const entity = model.name.toLowerCase();
  const [first, last] = personName(i);
  if (field.type === 'email')
    return `${first}.${last}${i >= FIRST.length ? i : ''}@example.com`
      .toLowerCase()
      .replace(/[^a-z0-9.@-]/g, '');
  if (field.type === 'phone') return `+1 555 01${pad(i % 100)}`;
  if (field.type === 'url') {
    if (/image|photo|avatar|logo|picture|thumbnail|cover/.test(name))
      return `https://example.com/images/${model.slug}-${i + 1}.jpg`;
    return `https://example.com/${model.slug}/${i + 1}`;
  }
  if (name === 'firstname' || name === 'givenname') return first;
  if (name === 'lastname' || name === 'surname' || name === 'familyname') return last;
  if (/(^|full)name$|^displayname$|^username$/.test(name) && PERSON_ENTITIES.test(entity)) {
    return name === 'username'
      ? `${first}${last}`.toLowerCase().replace(/[^a-z0-9]/g, '')
      : `${first} ${last}`;
  }
  if (/company|organi[sz]ation|employer|publisher|brand|manufacturer|vendor|supplier/.test(name))
    return pick(COMPANIES, i);
  if (/city|town/.test(name)) return pick(CITIES, i);
  if (/country|nationality/.test(name)) return pick(COUNTRIES, i);
  if (/address|street/.test(name)) return pick(STREETS, i);
  if (/zip|postal|postcode/.test(name)) return `${10000 + i * 137}`;
  if (/colou?r/.test(name)) return pick(COLORS, i);
  if (/isbn/.test(name)) return `978-1-4028-${pad(9000 + i, 4)}-${i % 10}`;
  if (/sku|code|number|reference|serial|plate/.test(name))
    return `${model.name.slice(0, 3).toUpperCase()}-${1000 + i}`;
  if (/author/.test(name)) return `${first} ${last}`;
  if (/title|subject|headline/.test(name)) {
    if (/book|novel|album|movie|film|song|track|episode/.test(entity)) return pick(BOOKS, i);
    if (/task|todo|issue|ticket|chore/.test(entity)) return pick(TASKS, i);
    return pick(POSTS, i);
  }
  if (
    field.type === 'text' ||
    /description|notes?$|bio|summary|comment|body|content|message|details|instructions/.test(name)
  ) {
    return pick(SENTENCES, i + offset(model, field));
  }
  if (name === 'name' || name === 'label') {
    if (PERSON_ENTITIES.test(entity)) return `${first} ${last}`;
    if (/product|item|article|good/.test(entity)) return pick(PRODUCTS, i);
    if (/company|organi[sz]ation|supplier|vendor|customer|client|brand|publisher/.test(entity))
      return pick(COMPANIES, i);
    if (/city|location|place|venue|warehouse|store|branch|office|site/.test(entity))
      return `${pick(CITIES, i)} ${model.label}`;
    if (/tag|category|genre|topic|label|group|type/.test(entity)) return pick(TAG_WORDS, i);
    return `${pick(WORDS, i + offset(model, field))} ${model.label}`;
  }
  return `${pick(WORDS, i + offset(model, field))} ${i + 1}`;
}

function numberValue(field: FieldModel, i: number): number {
  const name = field.name.toLowerCase();
  let value: number;
  if (field.type === 'decimal') {
    if (/rating|score|stars/.test(name)) value = [4.5, 3.8, 4.9, 4.1, 3.5][i % 5] as number;
    else if (/lat/.test(name)) value = 38.72 + i * 0.01;
    else if (/lon|lng/.test(name)) value = -9.14 + i * 0.01;
    else if (/percent|rate|ratio|discount|tax/.test(name)) value = [5, 7.5, 10, 12.5, 15][i % 5] as number;
    else if (/salary|income/.test(name)) value = 52000 + i * 3500;
    else if (/weight|kg|height|length|width|distance|km|mile/.test(name)) value = 1.5 + i * 0.75;
    else value = [19.99, 249.5, 7.25, 1200, 64.9, 5.5][i % 6] as number;
  } else {
    if (/year/.test(name)) value = 2015 + (i % 10);
    else if (/rating|score|stars/.test(name)) value = 1 + ((i + 3) % 5);
    else if (/age/.test(name)) value = 24 + i * 3;
    else if (/minutes|duration/.test(name)) value = [30, 45, 60, 90][i % 4] as number;
    else if (/hours/.test(name)) value = 1 + (i % 8);
    else if (/days/.test(name)) value = 7 * (1 + (i % 4));
    else if (/capacity|seats/.test(name)) value = 10 + i * 5;
    else if (/pages/.test(name)) value = 180 + i * 40;
    else value = 3 + i * 4;
  }
  if (field.min !== null && value < field.min) value = field.min + (i % 3);
  if (field.max !== null && value > field.max) value = field.max - (i % 3);
  if (field.min !== null && value < field.min) value = field.min;
  return field.type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
}

function dateValue(field: FieldModel, i: number): string {
  const name = field.name.toLowerCase();
  if (/birth|dob/.test(name)) return `19${80 + (i % 20)}-${pad(1 + (i % 12))}-${pad(1 + ((i * 5) % 28))}`;
  if (/due|deadline|end|expir|until/.test(name)) return `2026-${pad(1 + (i % 12))}-${pad(10 + (i % 18))}`;
  return `2025-${pad(1 + (i % 12))}-${pad(1 + ((i * 3) % 28))}`;
}

/** The sample value of a field in row `i` (0-based); unique fields get a distinct value per row. */
export function sampleValue(model: EntityModel, field: FieldModel, i: number): SampleValue {
  switch (field.type) {
    case 'boolean':
      return i % 2 === 0;
    case 'enum':
      return pick(field.enumValues, i);
    case 'integer':
    case 'decimal': {
      const value = numberValue(field, i);
      if (!field.unique) return value;
      const min = field.min ?? -Infinity;
      const max = field.max ?? Infinity;
      const unique = (field.min ?? 1) + i;
      return unique >= min && unique <= max ? unique : value;
    }
    case 'date':
      return dateValue(field, i);
    case 'datetime':
      return `${dateValue(field, i)}T${pad(9 + (i % 8))}:${pad((i * 15) % 60)}:00.000Z`;
    default: {
      let value = textValue(model, field, i);
      if (field.unique && field.type !== 'email' && !/\d/.test(value)) value = `${value} ${i + 1}`;
      if (field.maxLength !== null && value.length > field.maxLength) value = value.slice(0, field.maxLength);
      if (field.minLength !== null && value.length < field.minLength)
        value = value.padEnd(field.minLength, '.');
      return value;
    }
  }
}

/** A full set of field values for row `i`, ready to send as a create body (references excluded). */
export function sampleRecord(model: EntityModel, i: number): Record<string, SampleValue> {
  return Object.fromEntries(model.fields.map((field) => [field.name, sampleValue(model, field, i)]));
}
