/**
 * src/components/DataTable.vue: the table every list page uses. Page, sort, search and filters live in
 * the URL query, so a list can be linked to (e.g. /books?authorId=3) and the back button restores it.
 * A page customises a column's cells with a "cell-{key}" slot.
 */
import { CONTROL_CLASS } from '../client-common/variants.ts';

export const dataTable = `<script setup lang="ts" generic="T extends { id: number }">
import { computed, onBeforeUnmount, ref, watch } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { Filters, ReadResource } from '../lib/api-client';
import { queryValue, useAsync } from '../lib/composables';
import type { Column, Filter } from '../lib/table';
import { buttonVariants } from '../lib/variants';
import AppAlert from './AppAlert.vue';
import FieldValue from './FieldValue.vue';
import PageSpinner from './PageSpinner.vue';

const props = withDefaults(
  defineProps<{
    resource: ReadResource<T>;
    columns: Column[];
    filters?: Filter[];
    searchable?: boolean;
    searchLabel?: string;
    emptyMessage?: string;
  }>(),
  { filters: () => [], searchable: false, searchLabel: 'Search', emptyMessage: 'No records yet.' },
);

const PAGE_SIZE = 20;
const CONTROL = '${CONTROL_CLASS} h-9 py-1';
const route = useRoute();
const router = useRouter();
const param = (key: string) => queryValue(route.query[key]);

function positiveInt(value: string | null, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

const page = computed(() => positiveInt(param('page'), 1));
const sort = computed(() => param('sort') ?? undefined);
const order = computed((): 'asc' | 'desc' => (param('order') === 'desc' ? 'desc' : 'asc'));
const q = computed(() => param('q') ?? '');
const active = computed(() => {
  const found: Filters = {};
  for (const filter of props.filters) {
    const value = param(filter.key);
    if (value) found[filter.key] = value;
  }
  return found;
});

function update(changes: Record<string, string | null>, resetPage = true) {
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(route.query)) {
    const text = queryValue(value);
    if (text !== null) next[key] = text;
  }
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === '') delete next[key];
    else next[key] = value;
  }
  if (resetPage) delete next.page;
  void router.replace({ query: next });
}

// The search box updates the URL 300 ms after the last keystroke; it follows the URL only when that
// changes from elsewhere, so a trailing space being typed survives.
const text = ref(q.value);
watch(q, (value) => {
  if (text.value.trim() !== value) text.value = value;
});
let timer: ReturnType<typeof setTimeout> | undefined;
watch(text, (value) => {
  clearTimeout(timer);
  if (value.trim() === q.value) return;
  timer = setTimeout(() => update({ q: value.trim() || null }), 300);
});
onBeforeUnmount(() => clearTimeout(timer));

const query = computed(() => ({
  page: page.value,
  pageSize: PAGE_SIZE,
  sort: sort.value,
  order: sort.value ? order.value : undefined,
  q: q.value || undefined,
  filters: active.value,
}));
const state = useAsync(() => props.resource.list(query.value), () => JSON.stringify(query.value));
const pages = computed(() => (state.data ? Math.max(1, Math.ceil(state.data.total / state.data.pageSize)) : 1));
const filtered = computed(() => q.value !== '' || Object.keys(active.value).length > 0);

function toggleSort(key: string) {
  if (sort.value !== key) update({ sort: key, order: 'asc' }, false);
  else update({ sort: key, order: order.value === 'asc' ? 'desc' : 'asc' }, false);
}

function ariaSort(key: string) {
  if (sort.value !== key) return undefined;
  return order.value === 'asc' ? 'ascending' : 'descending';
}

function sortMark(key: string) {
  if (sort.value !== key) return '↕';
  return order.value === 'asc' ? '↑' : '↓';
}

const valueOf = (row: T, key: string) => (row as Record<string, unknown>)[key];
</script>

<template>
  <div class="space-y-4">
    <div v-if="searchable || filters.length > 0" class="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:items-center">
      <input
        v-if="searchable"
        v-model="text"
        type="search"
        :aria-label="searchLabel"
        :placeholder="searchLabel + '…'"
        :class="CONTROL + ' sm:max-w-xs'"
      />
      <select
        v-for="filter in filters"
        :key="filter.key"
        :aria-label="filter.label"
        :class="CONTROL + ' pr-8 sm:w-auto sm:min-w-40'"
        :value="param(filter.key) ?? ''"
        @change="update({ [filter.key]: ($event.target as HTMLSelectElement).value })"
      >
        <option value="">{{ filter.label + ': all' }}</option>
        <option v-for="option in filter.options" :key="option.value" :value="option.value">{{ option.label }}</option>
      </select>
    </div>

    <AppAlert v-if="state.error" title="Could not load the list.">
      <p>{{ state.error.message }}</p>
      <button type="button" :class="buttonVariants({ variant: 'outline', size: 'sm' }) + ' mt-2'" @click="state.reload">
        Try again
      </button>
    </AppAlert>
    <div
      v-else
      class="overflow-x-auto rounded-lg border bg-card shadow-sm transition-opacity"
      :class="{ 'opacity-60': state.loading && state.data }"
    >
      <table class="w-full caption-bottom text-sm" :aria-busy="state.loading">
        <thead class="[&_tr]:border-b">
          <tr>
            <th
              v-for="column in columns"
              :key="column.key"
              :aria-sort="ariaSort(column.key)"
              class="h-10 whitespace-nowrap px-3 text-left align-middle text-xs font-medium uppercase tracking-wide text-muted-foreground"
            >
              <button
                v-if="column.sortable"
                type="button"
                class="-ml-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                @click="toggleSort(column.key)"
              >
                {{ column.header }}
                <span aria-hidden="true" :class="{ 'opacity-50': sort !== column.key }">{{ sortMark(column.key) }}</span>
              </button>
              <template v-else>{{ column.header }}</template>
            </th>
          </tr>
        </thead>
        <tbody class="[&_tr:last-child]:border-0">
          <tr v-if="state.data === undefined">
            <td :colspan="columns.length"><PageSpinner /></td>
          </tr>
          <tr v-else-if="state.data.items.length === 0">
            <td :colspan="columns.length" class="py-10 text-center text-muted-foreground">
              {{ filtered ? 'Nothing matches.' : emptyMessage }}
            </td>
          </tr>
          <template v-else>
            <tr v-for="row in state.data.items" :key="row.id" class="border-b transition-colors hover:bg-muted/50">
              <td v-for="column in columns" :key="column.key" class="px-3 py-2.5 align-middle">
                <slot :name="'cell-' + column.key" :row="row">
                  <FieldValue :kind="column.kind ?? 'string'" :value="valueOf(row, column.key)" compact />
                </slot>
              </td>
            </tr>
          </template>
        </tbody>
      </table>
    </div>

    <nav v-if="state.data" aria-label="Pagination" class="flex items-center justify-between gap-2 text-sm text-muted-foreground">
      <p aria-live="polite">
        {{ state.data.total === 0 ? '0 records' : 'Page ' + state.data.page + ' of ' + pages + ' · ' + state.data.total + ' records' }}
      </p>
      <div class="flex gap-2">
        <button
          type="button"
          :class="buttonVariants({ variant: 'outline', size: 'sm' })"
          :disabled="page <= 1"
          aria-label="Previous page"
          @click="update({ page: String(page - 1) }, false)"
        >
          ‹ <span class="hidden sm:inline">Previous</span>
        </button>
        <button
          type="button"
          :class="buttonVariants({ variant: 'outline', size: 'sm' })"
          :disabled="page >= pages"
          aria-label="Next page"
          @click="update({ page: String(page + 1) }, false)"
        >
          <span class="hidden sm:inline">Next</span> ›
        </button>
      </div>
    </nav>
  </div>
</template>
`;
