/** src/components/EntityForm.tsx: state, validation with the shared schema, and errors from the API. */

export const entityForm = `import { type FormEvent, useState } from 'react';
import { ApiError } from '../lib/api-client';
import {
  type FieldErrors,
  type FieldOptions,
  type FieldSpec,
  type FormValue,
  type FormValues,
  issuesToErrors,
  toInput,
  type Validator,
} from '../lib/form';
import { FormField } from './FormField';
import { Alert } from './ui/alert';
import { Button } from './ui/button';
import { Card, CardContent, CardFooter } from './ui/card';

interface EntityFormProps<Out> {
  fields: readonly FieldSpec[];
  options: FieldOptions;
  initial: FormValues;
  /** The shared zod schema the API validates with, so the form rejects exactly what the server would. */
  schema: Validator<Out>;
  submitLabel: string;
  recordId?: number;
  onSubmit: (data: Out) => Promise<unknown>;
  onCancel: () => void;
}

export function EntityForm<Out>({ fields, options, initial, schema, submitLabel, recordId, onSubmit, onCancel }: EntityFormProps<Out>) {
  const [values, setValues] = useState<FormValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function change(name: string, value: FormValue) {
    setValues((previous) => ({ ...previous, [name]: value }));
    setErrors((previous) => {
      if (!(name in previous)) return previous;
      const next = { ...previous };
      delete next[name];
      return next;
    });
  }

  function show(found: FieldErrors, message: string) {
    setErrors(found);
    const unplaced = Object.entries(found).filter(([key]) => !fields.some((f) => f.name === key));
    setFormError(unplaced.length > 0 ? unplaced.map(([, text]) => text).join(' ') : message);
    const first = fields.find((f) => f.name in found);
    if (first) document.getElementById('field-' + first.name)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const { input, errors: shapeErrors } = toInput(fields, values);
    const parsed = schema.safeParse(input);
    if (!parsed.success || Object.keys(shapeErrors).length > 0) {
      const found = { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)), ...shapeErrors };
      show(found, 'Some values need attention.');
      return;
    }
    setSaving(true);
    try {
      await onSubmit(parsed.data);
    } catch (error) {
      if (error instanceof ApiError) show(error.fields, error.message);
      else show({}, 'Something went wrong. Please try again.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Card>
        <CardContent className="grid gap-5 pt-5 sm:grid-cols-2">
          {formError ? <Alert className="sm:col-span-2" title={formError} /> : null}
          {fields.map((field) => (
            <FormField
              key={field.name}
              field={field}
              value={values[field.name] ?? ''}
              error={errors[field.name]}
              options={options[field.name]}
              recordId={recordId}
              onChange={(value) => change(field.name, value)}
            />
          ))}
        </CardContent>
        <CardFooter className="justify-end gap-2 border-t pt-5">
          <Button variant="outline" onClick={onCancel} disabled={saving}>
            Cancel
          </Button>
          <Button type="submit" disabled={saving}>
            {saving ? 'Saving…' : submitLabel}
          </Button>
        </CardFooter>
      </Card>
    </form>
  );
}
`;
