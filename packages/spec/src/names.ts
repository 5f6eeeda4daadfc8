/** Case conversions and safe-name rules shared by the normaliser, the planners and the code generator. */
import { LIMITS } from './options.ts';
import { ENTITY_RENAMES, ENTITY_RESERVED, FIELD_RENAMES, JS_RESERVED, SQL_RESERVED } from './reserved.ts';

/** Splits any text into lower-case ASCII words: "Order-Item's  price" → ["order", "item", "s", "price"]. */
export function words(input: string): string[] {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

export function pascalCase(input: string): string {
  return words(input).map(capitalize).join('');
}

export function camelCase(input: string): string {
  const pascal = pascalCase(input);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export function snakeCase(input: string): string {
  return words(input).join('_');
}

export function kebabCase(input: string): string {
  return words(input).join('-');
}

/** Abbreviations people write in capitals. */
const ACRONYMS = new Set([
  'id',
  'url',
  'isbn',
  'sku',
  'vat',
  'iban',
  'bic',
  'api',
  'ip',
  'gps',
  'pdf',
  'csv',
  'faq',
  'ssn',
  'vin',
  'hr',
  'ceo',
  'uk',
  'us',
  'eu',
  'usd',
  'eur',
  'gbp',
  'rsvp',
  'seo',
  'sms',
  'dna',
  'ean',
  'upc',
  'imdb',
]);

/** "publicationYear" → "Publication year", "isbnCode" → "ISBN code". */
export function humanize(input: string): string {
  const text = words(input)
    .map((word) => (ACRONYMS.has(word) ? word.toUpperCase() : word))
    .join(' ');
  return capitalize(text);
}

/** Trims an identifier to the length limit at a word boundary where possible. */
function clip(identifier: string, max = LIMITS.identifier): string {
  if (identifier.length <= max) return identifier;
  const cut = identifier.slice(0, max);
  const boundary = cut.search(/[A-Z][a-z0-9]*$/);
  return boundary > 0 ? cut.slice(0, boundary) : cut;
}

/** Identifiers may not start with a digit; "3d model" → "Model3d" is wrong, so prefix instead. */
function leadWithLetter(identifier: string, prefix: string): string {
  return /^[0-9]/.test(identifier) ? prefix + identifier : identifier;
}

/** A safe PascalCase entity name, or null when the text holds no usable letters or digits. */
export function safeEntityName(input: string): string | null {
  let name = clip(leadWithLetter(pascalCase(input), 'N'));
  if (!name) return null;
  const lower = name.toLowerCase();
  // Own properties only: "constructor" or "toString" must not find Object.prototype's.
  const renamed = Object.hasOwn(ENTITY_RENAMES, lower) ? ENTITY_RENAMES[lower] : undefined;
  if (renamed) name = renamed;
  else if (ENTITY_RESERVED.has(lower) || JS_RESERVED.has(lower)) name = `${name}Item`;
  return name;
}

/** A safe camelCase field or relation name, or null when the text holds no usable letters or digits. */
export function safeFieldName(input: string): string | null {
  let name = clip(leadWithLetter(camelCase(input), 'n'));
  if (!name) return null;
  const lower = name.toLowerCase();
  const renamed = Object.hasOwn(FIELD_RENAMES, lower) ? FIELD_RENAMES[lower] : undefined;
  if (renamed) name = renamed;
  else if (JS_RESERVED.has(lower) || SQL_RESERVED.has(lower)) name = `${name}Value`;
  return name;
}

/** A lower_snake enum value: "In progress" → "in_progress", "1st" → "v_1st". */
export function safeEnumValue(input: string): string | null {
  const value = snakeCase(input).slice(0, LIMITS.enumValue).replace(/_+$/, '');
  if (!value) return null;
  return /^[0-9]/.test(value) ? `v_${value}`.slice(0, LIMITS.enumValue) : value;
}

/** One printable line without characters that could break Markdown tables or code comments. */
export function safeText(input: string, max: number): string {
  const line = input
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]+/gu, ' ')
    .replace(/\|/g, '/')
    .replace(/\s+/g, ' ')
    .trim();
  if (line.length <= max) return line;
  return `${line.slice(0, max - 1).trimEnd()}…`;
}
