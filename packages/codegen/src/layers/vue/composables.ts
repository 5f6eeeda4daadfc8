/** src/lib/composables.ts: the Vue data composables (async loading, option lists for selects, route ids). */

export const composables = `import { computed, reactive, shallowReactive, watch, type WatchSource } from 'vue';
import type { ReadResource } from './api-client';
import type { Options } from './form';

export interface AsyncState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs \`load\` now, whenever \`key\` changes, and on reload; answers that arrive after a newer request are
 * ignored. The previous data stays while reloading, so a table does not flicker.
 */
export function useAsync<T>(load: () => Promise<T>, key: WatchSource<unknown> = () => 0): AsyncState<T> {
  let latest = 0;
  const state = shallowReactive<AsyncState<T>>({ data: undefined, error: undefined, loading: true, reload: run });
  function run() {
    const ticket = ++latest;
    state.loading = true;
    state.error = undefined;
    load().then(
      (data) => {
        if (ticket !== latest) return;
        state.data = data;
        state.loading = false;
      },
      (error: unknown) => {
        if (ticket !== latest) return;
        state.error = error instanceof Error ? error : new Error(String(error));
        state.loading = false;
      },
    );
  }
  watch(key, run, { immediate: true });
  return state;
}

/** Up to 100 records of an entity, loaded once, for selects and for labelling reference columns. */
export function useOptions<T extends { id: number }>(
  resource: ReadResource<T>,
  label: (record: T) => string,
  sort?: string,
): Options {
  const state = useAsync(() => resource.list({ pageSize: 100, sort, order: sort ? 'asc' : undefined }));
  const options = computed(() => (state.data?.items ?? []).map((record) => ({ value: record.id, label: label(record) })));
  const byId = computed(() => new Map(options.value.map((option) => [option.value, option.label])));
  return reactive({
    options,
    loading: computed(() => state.loading),
    labelOf: (id: number) => byId.value.get(id) ?? '#' + id,
  });
}

/** A route's :id as a positive integer, or undefined. */
export function parseId(value: string | string[] | undefined): number | undefined {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,15}$/.test(value)) return undefined;
  return Number(value);
}

/** A query parameter as one string (the first when repeated), or null. */
export function queryValue(value: unknown): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : null;
}

/** The route's query as URLSearchParams (single values only). */
export function searchParams(query: Record<string, unknown>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const text = queryValue(value);
    if (text !== null) params.set(key, text);
  }
  return params;
}
`;

/** src/lib/table.ts: what list pages tell DataTable: columns and filters. */
export const tableLib = `import type { FieldKind, Options } from './form';

/** The kinds of a record's own values (a field's type): what FieldValue.vue can show. */
export type ValueKind = Exclude<FieldKind, 'reference' | 'many'>;

export interface Column {
  /** The property this column shows; also the sort key when sortable, and the slot name "cell-{key}". */
  key: string;
  header: string;
  sortable?: boolean;
  /** How the value is shown when the page gives no "cell-{key}" slot. */
  kind?: ValueKind;
}

export interface Filter {
  /** Query parameter, e.g. "status", "authorId", "tagId". */
  key: string;
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/** Filter choices from another entity's loaded options (reference and many-to-many filters). */
export function optionsFilter(options: Options): Filter['options'] {
  return options.options.map((option) => ({ value: String(option.value), label: option.label }));
}

export const BOOLEAN_FILTER: Filter['options'] = [
  { value: 'true', label: 'Yes' },
  { value: 'false', label: 'No' },
];
`;
