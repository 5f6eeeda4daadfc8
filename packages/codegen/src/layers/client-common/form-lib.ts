/**
 * src/lib/form.ts: how entity form pages describe their fields, and the conversion of form strings to
 * the JSON the API takes. Framework-neutral: each frontend's form component renders these specs.
 */

export const formLib = `/** A choice of a related record in a select. */
export interface Option {
  value: number;
  label: string;
}

/** The loaded choices of a reference or many-to-many field. */
export interface Options {
  options: Option[];
  loading: boolean;
  labelOf: (id: number) => string;
}

export type FieldKind =
  | 'string'
  | 'text'
  | 'email'
  | 'url'
  | 'phone'
  | 'integer'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'enum'
  | 'reference'
  | 'many';

export interface FieldSpec {
  /** Property of the API input, e.g. "title", "authorId", "tagIds". */
  name: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  description?: string;
  defaultValue?: string | number | boolean | null;
  enumValues?: readonly string[];
  min?: number;
  max?: number;
  maxLength?: number;
  /** A reference to the same entity: a record cannot point at itself. */
  self?: boolean;
}

/** The HTML input type of a field kind; the others render their own control or a text input. */
export const INPUT_TYPES: Partial<Record<FieldKind, string>> = {
  email: 'email',
  url: 'url',
  phone: 'tel',
  integer: 'number',
  decimal: 'number',
  date: 'date',
  datetime: 'datetime-local',
};

export type FormValue = string | boolean | number[];
export type FormValues = Record<string, FormValue>;
export type FieldErrors = Record<string, string>;
export type FieldOptions = Readonly<Record<string, Options>>;

/** The minimal shape of a zod schema's safeParse, so the form takes any of the shared schemas. */
export interface Validator<Out> {
  safeParse(
    input: unknown,
  ):
    | { success: true; data: Out }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the value of <input type="datetime-local"> in the reader's time zone. */
function toLocalDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    date.getFullYear() + '-' + pad(date.getMonth() + 1) + '-' + pad(date.getDate()) +
    'T' + pad(date.getHours()) + ':' + pad(date.getMinutes())
  );
}

function toFormValue(field: FieldSpec, value: unknown): FormValue {
  switch (field.kind) {
    case 'boolean':
      return value === true;
    case 'many':
      return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
    case 'datetime':
      return typeof value === 'string' ? toLocalDateTime(value) : '';
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

/** Form values from a record (editing) or from the fields' defaults (creating). */
export function initialValues(fields: readonly FieldSpec[], record?: object): FormValues {
  const source = record as Record<string, unknown> | undefined;
  const values: FormValues = {};
  for (const field of fields) values[field.name] = toFormValue(field, source ? source[field.name] : field.defaultValue);
  return values;
}

/** Reference keys given in the query string (e.g. ?authorId=3 from an author's page) preset the form. */
export function presetFromQuery(fields: readonly FieldSpec[], query: URLSearchParams): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const value = query.get(field.name);
    if (field.kind === 'reference' && value && /^[1-9][0-9]*$/.test(value)) values[field.name] = value;
  }
  return values;
}

/**
 * Form strings to the JSON the API takes: numbers as numbers, datetime-local as an ISO instant, an
 * empty optional value as null. Required values left empty are reported here; the rest is zod's job.
 */
export function toInput(fields: readonly FieldSpec[], values: FormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const input: Record<string, unknown> = {};
  const errors: FieldErrors = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.kind === 'boolean') {
      input[field.name] = value === true;
      continue;
    }
    if (field.kind === 'many') {
      input[field.name] = Array.isArray(value) ? value : [];
      continue;
    }
    const text = typeof value === 'string' ? value.trim() : '';
    if (text === '') {
      if (field.required) errors[field.name] = 'Required';
      else input[field.name] = null;
      continue;
    }
    if (field.kind === 'integer' || field.kind === 'decimal' || field.kind === 'reference') {
      const number = Number(text);
      if (Number.isFinite(number)) input[field.name] = number;
      else errors[field.name] = 'Enter a number';
    } else if (field.kind === 'datetime') {
      const date = new Date(text);
      if (Number.isNaN(date.getTime())) errors[field.name] = 'Enter a date and time';
      else input[field.name] = date.toISOString();
    } else {
      input[field.name] = text;
    }
  }
  return { input, errors };
}

/** The first message per property of a failed zod parse. */
export function issuesToErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '';
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}
`;
