/** Generic page parts (src/components): alerts, loading states, values by field type, page header, delete. */

export const appAlert = `<script setup lang="ts">
import { cn } from '../lib/utils';

defineProps<{ title: string; class?: string }>();
</script>

<!-- An error message, announced to screen readers as it appears. -->
<template>
  <div
    role="alert"
    :class="cn('flex gap-3 rounded-lg border border-destructive/40 bg-destructive/5 p-4 text-sm text-destructive', $props.class)"
  >
    <span aria-hidden="true" class="font-bold">!</span>
    <div class="space-y-1">
      <p class="font-medium">{{ title }}</p>
      <div v-if="$slots.default" class="text-destructive/90"><slot /></div>
    </div>
  </div>
</template>
`;

export const pageSpinner = `<script setup lang="ts">
withDefaults(defineProps<{ label?: string }>(), { label: 'Loading…' });
</script>

<template>
  <div role="status" class="flex items-center gap-2 py-10 text-sm text-muted-foreground">
    <span class="size-4 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden="true" />
    {{ label }}
  </div>
</template>
`;

export const notFoundNotice = `<script setup lang="ts">
import AppAlert from './AppAlert.vue';

withDefaults(defineProps<{ what?: string }>(), { what: 'page' });
</script>

<template>
  <AppAlert :title="'This ' + what + ' does not exist.'">It may have been deleted, or the link is wrong.</AppAlert>
</template>
`;

export const loadState = `<script setup lang="ts" generic="T">
import { ApiError } from '../lib/api-client';
import type { AsyncState } from '../lib/composables';
import { buttonVariants } from '../lib/variants';
import AppAlert from './AppAlert.vue';
import NotFoundNotice from './NotFoundNotice.vue';
import PageSpinner from './PageSpinner.vue';

/** Spinner while loading, a message on failure (with retry), else the default slot with the data. */
defineProps<{ state: AsyncState<T>; what?: string }>();
defineSlots<{ default(props: { data: T }): unknown }>();
const isNotFound = (error: Error) => error instanceof ApiError && error.status === 404;
</script>

<template>
  <NotFoundNotice v-if="state.error && isNotFound(state.error)" :what="what" />
  <AppAlert v-else-if="state.error" title="Could not load the data.">
    <p>{{ state.error.message }}</p>
    <button type="button" :class="buttonVariants({ variant: 'outline', size: 'sm' }) + ' mt-2'" @click="state.reload">
      Try again
    </button>
  </AppAlert>
  <PageSpinner v-else-if="state.data === undefined" />
  <slot v-else :data="state.data" />
</template>
`;

export const fieldValue = `<script setup lang="ts">
import { computed } from 'vue';
import { formatDate, formatDateTime, formatNumber, humanize } from '../lib/format';
import type { ValueKind } from '../lib/table';
import { badgeVariants } from '../lib/variants';

/** A record value shown by its field type; compact keeps long text to one line (tables). */
const props = defineProps<{ kind: ValueKind; value: unknown; compact?: boolean }>();
const empty = computed(() => props.value === null || props.value === undefined || props.value === '');
const text = computed(() => String(props.value));
const link = 'font-medium underline-offset-4 hover:underline';
</script>

<template>
  <span v-if="empty" class="text-muted-foreground">—</span>
  <span v-else-if="kind === 'boolean'" :class="badgeVariants({ variant: value === true ? 'default' : 'secondary' })">
    {{ value === true ? 'Yes' : 'No' }}
  </span>
  <span v-else-if="kind === 'enum'" :class="badgeVariants({ variant: 'outline' })">{{ humanize(text) }}</span>
  <span v-else-if="kind === 'integer' || kind === 'decimal'" class="tabular-nums">
    {{ typeof value === 'number' ? formatNumber(value, kind === 'decimal') : text }}
  </span>
  <span v-else-if="kind === 'date'" class="whitespace-nowrap">{{ formatDate(text) }}</span>
  <span v-else-if="kind === 'datetime'" class="whitespace-nowrap">{{ formatDateTime(text) }}</span>
  <a v-else-if="kind === 'email'" :class="link" :href="'mailto:' + text">{{ text }}</a>
  <a v-else-if="kind === 'phone'" :class="link" :href="'tel:' + text.replace(/[^0-9+]/g, '')">{{ text }}</a>
  <a v-else-if="kind === 'url' && /^https?:\\/\\//i.test(text)" :class="link + ' break-all'" :href="text" target="_blank" rel="noreferrer">
    {{ text }}
  </a>
  <span v-else :class="compact ? 'line-clamp-1 max-w-xs' : 'whitespace-pre-wrap break-words'">{{ text }}</span>
</template>
`;

export const detailItem = `<script setup lang="ts">
/** One label–value pair of a detail page's description list. */
defineProps<{ label: string; wide?: boolean }>();
</script>

<template>
  <div :class="wide ? 'min-w-0 sm:col-span-2' : 'min-w-0'">
    <dt class="text-xs font-medium uppercase tracking-wide text-muted-foreground">{{ label }}</dt>
    <dd class="mt-1 text-sm"><slot /></dd>
  </div>
</template>
`;

export const pageHeader = `<script setup lang="ts">
defineProps<{ title: string; description?: string | undefined; back?: { to: string; label: string } }>();
</script>

<template>
  <div class="space-y-2">
    <RouterLink v-if="back" :to="back.to" class="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <span aria-hidden="true">‹</span>
      {{ back.label }}
    </RouterLink>
    <div class="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
      <div class="min-w-0 space-y-1">
        <h1 class="break-words text-2xl font-semibold tracking-tight">{{ title }}</h1>
        <p v-if="description" class="text-sm text-muted-foreground">{{ description }}</p>
      </div>
      <div v-if="$slots.actions" class="flex shrink-0 flex-wrap gap-2"><slot name="actions" /></div>
    </div>
  </div>
</template>
`;

export const confirmDialog = `<script setup lang="ts">
import { ref, useId, watch } from 'vue';
import { buttonVariants } from '../lib/variants';

/**
 * A modal confirmation on the native <dialog>: focus is trapped, Escape cancels and focus returns to
 * the button that opened it.
 */
const props = defineProps<{
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
}>();
const emit = defineEmits<{ confirm: []; cancel: [] }>();
const dialog = ref<HTMLDialogElement | null>(null);
const titleId = useId();
const descriptionId = useId();

watch(
  () => props.open,
  (open) => {
    const element = dialog.value;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  },
  { flush: 'post' },
);

function onCancel(event: Event) {
  event.preventDefault();
  if (!props.busy) emit('cancel');
}
</script>

<template>
  <dialog
    ref="dialog"
    :aria-labelledby="titleId"
    :aria-describedby="descriptionId"
    class="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border bg-background p-0 text-foreground shadow-lg backdrop:bg-black/50"
    @cancel="onCancel"
  >
    <div class="space-y-4 p-6">
      <div class="space-y-2">
        <h2 :id="titleId" class="text-lg font-semibold">{{ title }}</h2>
        <p :id="descriptionId" class="text-sm text-muted-foreground">{{ description }}</p>
      </div>
      <p v-if="error" role="alert" class="rounded-md bg-destructive/10 p-3 text-sm text-destructive">{{ error }}</p>
      <div class="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <button type="button" :class="buttonVariants({ variant: 'outline' })" :disabled="busy" autofocus @click="emit('cancel')">
          Cancel
        </button>
        <button type="button" :class="buttonVariants({ variant: 'destructive' })" :disabled="busy" @click="emit('confirm')">
          {{ busy ? 'Working…' : confirmLabel }}
        </button>
      </div>
    </div>
  </dialog>
</template>
`;

export const deleteButton = `<script setup lang="ts">
import { ref } from 'vue';
import { ApiError } from '../lib/api-client';
import { buttonVariants } from '../lib/variants';
import ConfirmDialog from './ConfirmDialog.vue';

/** Delete after confirmation; a refusal from the API (409: still referenced) is shown in the dialog. */
const props = defineProps<{
  /** What is deleted, e.g. "book “Dune”". */
  what: string;
  remove: () => Promise<void>;
}>();
const emit = defineEmits<{ deleted: [] }>();
const open = ref(false);
const busy = ref(false);
const error = ref<string | null>(null);

async function confirm() {
  busy.value = true;
  error.value = null;
  try {
    await props.remove();
    open.value = false;
    emit('deleted');
  } catch (caught) {
    error.value = caught instanceof ApiError ? caught.message : 'Could not delete. Please try again.';
  } finally {
    busy.value = false;
  }
}

function cancel() {
  open.value = false;
  error.value = null;
}
</script>

<template>
  <button type="button" :class="buttonVariants({ variant: 'outline' }) + ' text-destructive hover:text-destructive'" @click="open = true">
    Delete
  </button>
  <ConfirmDialog
    :open="open"
    :title="'Delete ' + what + '?'"
    description="This cannot be undone."
    confirm-label="Delete"
    :busy="busy"
    :error="error"
    @confirm="confirm"
    @cancel="cancel"
  />
</template>
`;
