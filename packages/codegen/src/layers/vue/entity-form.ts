/**
 * src/components/EntityForm.vue and FormField.vue: form state, validation with the shared zod schema,
 * errors from the API, and one labelled control per field type. Field specs and the conversion to API
 * input come from the framework-neutral src/lib/form.ts.
 */
import { CONTROL_CLASS } from '../client-common/variants.ts';

export const entityForm = `<script setup lang="ts" generic="Out">
import { reactive, ref } from 'vue';
import { ApiError } from '../lib/api-client';
import {
  type FieldErrors,
  type FieldOptions,
  type FieldSpec,
  type FormValues,
  issuesToErrors,
  toInput,
  type Validator,
} from '../lib/form';
import { buttonVariants } from '../lib/variants';
import AppAlert from './AppAlert.vue';
import FormField from './FormField.vue';

const props = defineProps<{
  fields: readonly FieldSpec[];
  options: FieldOptions;
  initial: FormValues;
  /** The shared zod schema the API validates with, so the form rejects exactly what the server would. */
  schema: Validator<Out>;
  submitLabel: string;
  recordId?: number;
  save: (data: Out) => Promise<unknown>;
}>();
const emit = defineEmits<{ cancel: [] }>();

const values = reactive<FormValues>({ ...props.initial });
const errors = ref<FieldErrors>({});
const formError = ref<string | null>(null);
const saving = ref(false);

function clearError(name: string) {
  if (!(name in errors.value)) return;
  const next = { ...errors.value };
  delete next[name];
  errors.value = next;
}

function show(found: FieldErrors, message: string) {
  errors.value = found;
  const unplaced = Object.entries(found).filter(([key]) => !props.fields.some((f) => f.name === key));
  formError.value = unplaced.length > 0 ? unplaced.map(([, text]) => text).join(' ') : message;
  const first = props.fields.find((f) => f.name in found);
  if (first) document.getElementById('field-' + first.name)?.focus();
}

async function submit() {
  formError.value = null;
  const { input, errors: shapeErrors } = toInput(props.fields, values);
  const parsed = props.schema.safeParse(input);
  if (!parsed.success || Object.keys(shapeErrors).length > 0) {
    const found = { ...(parsed.success ? {} : issuesToErrors(parsed.error.issues)), ...shapeErrors };
    show(found, 'Some values need attention.');
    return;
  }
  saving.value = true;
  try {
    await props.save(parsed.data);
  } catch (error) {
    if (error instanceof ApiError) show(error.fields, error.message);
    else show({}, 'Something went wrong. Please try again.');
  } finally {
    saving.value = false;
  }
}
</script>

<template>
  <form novalidate @submit.prevent="submit">
    <div class="rounded-lg border bg-card text-card-foreground shadow-sm">
      <div class="grid gap-5 p-5 sm:grid-cols-2">
        <AppAlert v-if="formError" class="sm:col-span-2" :title="formError" />
        <FormField
          v-for="field in fields"
          :key="field.name"
          v-model="values[field.name]"
          :field="field"
          :error="errors[field.name]"
          :options="options[field.name]"
          :record-id="recordId"
          @update:model-value="clearError(field.name)"
        />
      </div>
      <div class="flex items-center justify-end gap-2 border-t p-5">
        <button type="button" :class="buttonVariants({ variant: 'outline' })" :disabled="saving" @click="emit('cancel')">
          Cancel
        </button>
        <button type="submit" :class="buttonVariants()" :disabled="saving">{{ saving ? 'Saving…' : submitLabel }}</button>
      </div>
    </div>
  </form>
</template>
`;

export const formField = `<script setup lang="ts">
import { computed } from 'vue';
import { type FieldSpec, type FormValue, INPUT_TYPES, type Options } from '../lib/form';
import { humanize } from '../lib/format';

/** One labelled control for a field, with its description and error wired up for assistive technology. */
const props = defineProps<{
  field: FieldSpec;
  error?: string | undefined;
  options?: Options | undefined;
  /** The record being edited, left out of its own self-reference choices. */
  recordId?: number | undefined;
}>();
const model = defineModel<FormValue | undefined>({ required: true });

const CONTROL = '${CONTROL_CLASS}';

const id = computed(() => 'field-' + props.field.name);
const descriptionId = computed(() => (props.field.description ? id.value + '-description' : undefined));
const errorId = computed(() => (props.error ? id.value + '-error' : undefined));
const describedBy = computed(() => [descriptionId.value, errorId.value].filter(Boolean).join(' ') || undefined);
const numeric = computed(() => props.field.kind === 'integer' || props.field.kind === 'decimal');

// v-model on <input type="number"> hands over numbers; the form keeps every text value as a string.
const text = computed({
  get: () => (typeof model.value === 'string' ? model.value : ''),
  set: (value: string | number) => {
    model.value = String(value);
  },
});
const checked = computed({
  get: () => model.value === true,
  set: (value: boolean) => {
    model.value = value;
  },
});
const selected = computed({
  get: () => (Array.isArray(model.value) ? model.value : []),
  set: (value: number[]) => {
    model.value = value;
  },
});

const choices = computed(() => {
  const field = props.field;
  const list =
    field.kind === 'enum'
      ? (field.enumValues ?? []).map((v) => ({ value: v, label: humanize(v) }))
      : (props.options?.options ?? [])
          .filter((o) => !(field.self && o.value === props.recordId))
          .map((o) => ({ value: String(o.value), label: o.label }));
  // Keep the current value visible even when it is not among the loaded choices.
  if (text.value && !list.some((c) => c.value === text.value)) {
    const label = field.kind === 'reference' && props.options ? props.options.labelOf(Number(text.value)) : text.value;
    list.unshift({ value: text.value, label });
  }
  return list;
});
</script>

<template>
  <div v-if="field.kind === 'boolean'" class="flex items-start gap-3 sm:col-span-2">
    <input
      :id="id"
      v-model="checked"
      type="checkbox"
      class="mt-0.5 size-4 shrink-0 cursor-pointer rounded border border-input accent-primary"
      :aria-describedby="describedBy"
    />
    <div class="space-y-1">
      <label :for="id" class="text-sm font-medium leading-none">{{ field.label }}</label>
      <p v-if="field.description" :id="descriptionId" class="text-xs text-muted-foreground">{{ field.description }}</p>
      <p v-if="error" :id="errorId" class="text-xs font-medium text-destructive">{{ error }}</p>
    </div>
  </div>

  <fieldset v-else-if="field.kind === 'many'" class="space-y-2 sm:col-span-2" :aria-describedby="describedBy">
    <legend class="text-sm font-medium">{{ field.label }}</legend>
    <div class="max-h-56 overflow-y-auto rounded-md border p-3">
      <p v-if="(options?.options ?? []).length === 0" class="text-sm text-muted-foreground">
        {{ options?.loading ? 'Loading…' : 'Nothing to choose yet.' }}
      </p>
      <div v-else class="grid gap-2 sm:grid-cols-2">
        <label v-for="choice in options?.options ?? []" :key="choice.value" class="flex cursor-pointer items-center gap-2 text-sm">
          <input v-model="selected" type="checkbox" :value="choice.value" class="size-4 shrink-0 accent-primary" />
          <span class="truncate">{{ choice.label }}</span>
        </label>
      </div>
    </div>
    <p v-if="field.description" :id="descriptionId" class="text-xs text-muted-foreground">{{ field.description }}</p>
    <p v-if="error" :id="errorId" class="text-xs font-medium text-destructive">{{ error }}</p>
  </fieldset>

  <div v-else :class="field.kind === 'text' ? 'space-y-2 sm:col-span-2' : 'space-y-2'">
    <label :for="id" class="text-sm font-medium leading-none">
      {{ field.label }}<span v-if="field.required" class="text-destructive" aria-hidden="true"> *</span>
    </label>
    <textarea
      v-if="field.kind === 'text'"
      :id="id"
      v-model="text"
      :class="CONTROL + ' min-h-24 py-2'"
      :maxlength="field.maxLength"
      :aria-invalid="error ? true : undefined"
      :aria-describedby="describedBy"
      :aria-required="field.required || undefined"
    />
    <select
      v-else-if="field.kind === 'enum' || field.kind === 'reference'"
      :id="id"
      v-model="text"
      :class="CONTROL + ' h-9 py-1 pr-8'"
      :aria-invalid="error ? true : undefined"
      :aria-describedby="describedBy"
      :aria-required="field.required || undefined"
    >
      <option value="">{{ field.required ? 'Select…' : 'None' }}</option>
      <option v-for="choice in choices" :key="choice.value" :value="choice.value">{{ choice.label }}</option>
    </select>
    <input
      v-else
      :id="id"
      v-model="text"
      :type="INPUT_TYPES[field.kind] ?? 'text'"
      :class="CONTROL + ' h-9 py-1'"
      :maxlength="numeric ? undefined : field.maxLength"
      :min="field.min"
      :max="field.max"
      :step="field.kind === 'integer' ? 1 : numeric ? 'any' : undefined"
      :inputmode="field.kind === 'integer' ? 'numeric' : field.kind === 'decimal' ? 'decimal' : undefined"
      :aria-invalid="error ? true : undefined"
      :aria-describedby="describedBy"
      :aria-required="field.required || undefined"
    />
    <p v-if="field.description" :id="descriptionId" class="text-xs text-muted-foreground">{{ field.description }}</p>
    <p v-if="error" :id="errorId" class="text-xs font-medium text-destructive">{{ error }}</p>
  </div>
</template>
`;
