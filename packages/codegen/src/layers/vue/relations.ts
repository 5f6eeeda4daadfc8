/** Components that show related records (src/components): reference links, badges and related lists. */

const NONE = '<span class="text-muted-foreground">—</span>';
const LINK = 'font-medium underline-offset-4 hover:underline';

export const referenceCell = `<script setup lang="ts">
import type { Options } from '../lib/form';

/** A reference in a table cell, labelled from options loaded once for the whole table. */
defineProps<{ id: number | null; options: Options; basePath: string }>();
</script>

<template>
  ${NONE.replace('<span', '<span v-if="id === null"')}
  <RouterLink v-else class="${LINK}" :to="basePath + '/' + id">{{ options.labelOf(id) }}</RouterLink>
</template>
`;

export const referenceLink = `<script setup lang="ts" generic="T">
import type { ReadResource } from '../lib/api-client';
import { useAsync } from '../lib/composables';

/** A reference on a detail page: loads the one related record to show its display value. */
const props = defineProps<{ id: number | null; resource: ReadResource<T>; label: (record: T) => string; basePath: string }>();
const state = useAsync<T | undefined>(
  () => (props.id === null ? Promise.resolve(undefined) : props.resource.get(props.id)),
  () => props.id,
);
</script>

<template>
  ${NONE.replace('<span', '<span v-if="id === null"')}
  <RouterLink v-else class="${LINK}" :to="basePath + '/' + id">{{ state.data ? label(state.data) : '#' + id }}</RouterLink>
</template>
`;

export const manyLinks = `<script setup lang="ts" generic="T extends { id: number }">
import type { ReadResource } from '../lib/api-client';
import { useOptions } from '../lib/composables';
import { badgeVariants } from '../lib/variants';

/** Many-to-many ids as badges linking to each record. */
const props = defineProps<{ ids: readonly number[]; resource: ReadResource<T>; label: (record: T) => string; basePath: string }>();
const options = useOptions(props.resource, props.label);
</script>

<template>
  ${NONE.replace('<span', '<span v-if="ids.length === 0"')}
  <div v-else class="flex flex-wrap gap-1.5">
    <RouterLink v-for="id in ids" :key="id" :to="basePath + '/' + id" :class="badgeVariants({ variant: 'secondary' })">
      {{ options.labelOf(id) }}
    </RouterLink>
  </div>
</template>
`;

export const relatedList = `<script setup lang="ts" generic="T extends { id: number }">
import type { Filters, ReadResource } from '../lib/api-client';
import { useAsync } from '../lib/composables';
import { buttonVariants } from '../lib/variants';

/** Records of another entity that point at this one (first ten, with a link to all of them). */
const props = defineProps<{
  title: string;
  resource: ReadResource<T>;
  filters: Filters;
  label: (record: T) => string;
  basePath: string;
  /** Where "Add" goes, with the reference preset, e.g. /books/new?authorId=3. */
  addPath?: string;
}>();
const query = new URLSearchParams();
for (const [key, value] of Object.entries(props.filters)) if (value !== null && value !== undefined) query.set(key, String(value));
const state = useAsync(() => props.resource.list({ pageSize: 10, filters: props.filters }));
</script>

<template>
  <section class="rounded-lg border bg-card text-card-foreground shadow-sm" :aria-label="title">
    <div class="flex items-center justify-between gap-2 p-5">
      <div class="space-y-1">
        <h2 class="text-base font-semibold leading-none tracking-tight">{{ title }}</h2>
        <p class="text-sm text-muted-foreground">{{ state.data ? state.data.total + ' in total' : 'Loading…' }}</p>
      </div>
      <RouterLink v-if="addPath" :to="addPath" :class="buttonVariants({ variant: 'outline', size: 'sm' })">Add</RouterLink>
    </div>
    <div class="p-5 pt-0">
      <p v-if="state.error" class="text-sm text-destructive">{{ state.error.message }}</p>
      <p v-else-if="state.data && state.data.items.length === 0" class="text-sm text-muted-foreground">None yet.</p>
      <ul v-else class="divide-y rounded-md border">
        <li v-for="record in state.data?.items ?? []" :key="record.id">
          <RouterLink :to="basePath + '/' + record.id" class="flex items-center justify-between gap-2 px-3 py-2 text-sm hover:bg-muted/50">
            <span class="truncate">{{ label(record) }}</span>
            <span aria-hidden="true" class="text-muted-foreground">›</span>
          </RouterLink>
        </li>
      </ul>
      <RouterLink
        v-if="state.data && state.data.total > state.data.items.length"
        :to="basePath + '?' + query.toString()"
        class="mt-3 inline-block text-sm ${LINK}"
      >
        View all {{ state.data.total }}
      </RouterLink>
    </div>
  </section>
</template>
`;
