/** src/components/FormField.tsx: one labelled control per field type, with description and error. */

export const formField = `import type { ReactNode } from 'react';
import { Checkbox } from './ui/checkbox';
import { Input } from './ui/input';
import { Label } from './ui/label';
import { Select } from './ui/select';
import { Textarea } from './ui/textarea';
import { type FieldSpec, type FormValue, INPUT_TYPES } from '../lib/form';
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
