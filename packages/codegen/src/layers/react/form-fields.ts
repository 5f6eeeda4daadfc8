/**
 * The generic form of the client: field descriptions (src/lib/form.ts), one control per field type
 * (src/components/FormField.tsx) and the form that validates with the shared zod schema before it
 * calls the API (src/components/EntityForm.tsx). Entity form pages only describe their fields.
 */

export const formLib = `import type { Options } from './hooks';

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

export const formField = `import type { ReactNode } from 'react';
import { Checkbox } from './ui/checkbox';
import { Input } from './ui/input';
import { Label } from './ui/label';
import { Select } from './ui/select';
import { Textarea } from './ui/textarea';
import type { FieldSpec, FormValue } from '../lib/form';
import { humanize } from '../lib/format';
import type { Options } from '../lib/hooks';

interface FormFieldProps {
  field: FieldSpec;
  value: FormValue;
  error?: string;
  options?: Options;
  /** The record being edited, left out of its own self-reference choices. */
  recordId?: number;
  onChange: (value: FormValue) => void;
}

const INPUT_TYPES: Partial<Record<FieldSpec['kind'], string>> = {
  email: 'email',
  url: 'url',
  phone: 'tel',
  integer: 'number',
  decimal: 'number',
  date: 'date',
  datetime: 'datetime-local',
};

/** One labelled control for a field, with its description and error wired up for assistive technology. */
export function FormField({ field, value, error, options, recordId, onChange }: FormFieldProps) {
  const id = 'field-' + field.name;
  const descriptionId = field.description ? id + '-description' : undefined;
  const errorId = error ? id + '-error' : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  const text = typeof value === 'string' ? value : '';
  const help = (
    <>
      {field.description ? (
        <p id={descriptionId} className="text-xs text-muted-foreground">
          {field.description}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-destructive">
          {error}
        </p>
      ) : null}
    </>
  );

  if (field.kind === 'boolean') {
    return (
      <div className="flex items-start gap-3 sm:col-span-2">
        <Checkbox
          id={id}
          className="mt-0.5"
          checked={value === true}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.checked)}
        />
        <div className="space-y-1">
          <Label htmlFor={id}>{field.label}</Label>
          {help}
        </div>
      </div>
    );
  }

  if (field.kind === 'many') {
    const selected = Array.isArray(value) ? value : [];
    const choices = options?.options ?? [];
    const toggle = (choice: number, on: boolean) =>
      onChange(on ? [...selected, choice] : selected.filter((v) => v !== choice));
    return (
      <fieldset className="space-y-2 sm:col-span-2" aria-describedby={describedBy}>
        <legend className="text-sm font-medium">{field.label}</legend>
        <div className="max-h-56 overflow-y-auto rounded-md border p-3">
          {choices.length === 0 ? (
            <p className="text-sm text-muted-foreground">{options?.loading ? 'Loading…' : 'Nothing to choose yet.'}</p>
          ) : (
            <div className="grid gap-2 sm:grid-cols-2">
              {choices.map((choice) => (
                <label key={choice.value} className="flex cursor-pointer items-center gap-2 text-sm">
                  <Checkbox
                    checked={selected.includes(choice.value)}
                    onChange={(event) => toggle(choice.value, event.target.checked)}
                  />
                  <span className="truncate">{choice.label}</span>
                </label>
              ))}
            </div>
          )}
        </div>
        {help}
      </fieldset>
    );
  }

  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': field.required || undefined,
  };
  let control: ReactNode;
  if (field.kind === 'text') {
    control = <Textarea {...common} value={text} maxLength={field.maxLength} onChange={(e) => onChange(e.target.value)} />;
  } else if (field.kind === 'enum' || field.kind === 'reference') {
    const choices =
      field.kind === 'enum'
        ? (field.enumValues ?? []).map((v) => ({ value: v, label: humanize(v) }))
        : (options?.options ?? [])
            .filter((o) => !(field.self && o.value === recordId))
            .map((o) => ({ value: String(o.value), label: o.label }));
    // Keep the current value visible even when it is not among the loaded choices.
    if (text && !choices.some((c) => c.value === text)) {
      choices.unshift({ value: text, label: field.kind === 'reference' && options ? options.labelOf(Number(text)) : text });
    }
    control = (
      <Select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
        <option value="">{field.required ? 'Select…' : 'None'}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </Select>
    );
  } else {
    const numeric = field.kind === 'integer' || field.kind === 'decimal';
    control = (
      <Input
        {...common}
        type={INPUT_TYPES[field.kind] ?? 'text'}
        value={text}
        maxLength={numeric ? undefined : field.maxLength}
        min={field.min}
        max={field.max}
        step={field.kind === 'integer' ? 1 : numeric ? 'any' : undefined}
        inputMode={field.kind === 'integer' ? 'numeric' : field.kind === 'decimal' ? 'decimal' : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }

  return (
    <div className={field.kind === 'text' ? 'space-y-2 sm:col-span-2' : 'space-y-2'}>
      <Label htmlFor={id}>
        {field.label}
        {field.required ? (
          <span className="text-destructive" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </Label>
      {control}
      {help}
    </div>
  );
}
`;
