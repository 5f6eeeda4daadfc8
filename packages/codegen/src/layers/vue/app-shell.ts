/** The Vue app shell: entry point, router, layout with navigation, dashboard and 404 page. */
import { jsString } from '../../emit/literal.ts';
import { indent } from '../../emit/ts-module.ts';
import type { LevelModel } from '../../level.ts';
import type { AppModel } from '../../model.ts';
import { listPath } from '../client-common/routes.ts';
import { PAGE_KINDS, pageComponent, pageFile } from './names.ts';

export const mainTs = `import { createApp } from 'vue';
import App from './App.vue';
import { createAppRouter } from './router';
import './index.css';

createApp(App).use(createAppRouter()).mount('#app');
`;

/** src/router.ts: four routes per entity (list, new, detail, edit), home, a 404, and at advanced the log-in guard. */
export function routerTs(app: AppModel): string {
  const { extras, auth } = app.level;
  const first = app.entities[0];
  const imports = app.entities.flatMap((model) =>
    PAGE_KINDS.map(
      (kind) =>
        `import ${pageComponent(model, kind)} from './${pageFile(model, kind).replace(/^src\//, '')}';`,
    ),
  );
  const routes = app.entities.flatMap((model) => {
    const path = listPath(model);
    return [
      `{ path: ${jsString(path)}, component: ${pageComponent(model, 'List')} },`,
      `{ path: ${jsString(`${path}/new`)}, component: ${pageComponent(model, 'Form')} },`,
      `{ path: ${jsString(`${path}/:id`)}, component: ${pageComponent(model, 'Detail')} },`,
      `{ path: ${jsString(`${path}/:id/edit`)}, component: ${pageComponent(model, 'Form')} },`,
    ];
  });
  const home = extras
    ? "{ path: '/', component: DashboardPage },"
    : `{ path: '/', redirect: ${jsString(first ? listPath(first) : '/')} },`;
  const authRoutes = auth
    ? `
  { path: '/login', component: AuthPage, props: { mode: 'login' }, meta: { public: true } },
  { path: '/signup', component: AuthPage, props: { mode: 'signup' }, meta: { public: true } },`
    : '';
  const create = auth
    ? `const router = createRouter({ history, routes });
  // Every page but log-in and sign-up needs a user; the first visit asks the API who is logged in.
  router.beforeEach(async (to) => {
    if (to.meta.public) return true;
    if (currentUser.value === undefined) await checkSession();
    return currentUser.value ? true : { path: '/login', query: { from: to.fullPath } };
  });
  return router;`
    : 'return createRouter({ history, routes });';
  return `import { createRouter, createWebHistory, type RouteRecordRaw, type RouterHistory } from 'vue-router';
${auth ? "import { checkSession, currentUser } from './lib/session';\nimport AuthPage from './pages/AuthPage.vue';\n" : ''}${extras ? "import DashboardPage from './pages/DashboardPage.vue';\n" : ''}import NotFoundPage from './pages/NotFoundPage.vue';
${imports.join('\n')}

export const routes: RouteRecordRaw[] = [${authRoutes}
  ${home}
  ${indent(routes.join('\n'), 2)}
  { path: '/:pathMatch(.*)*', component: NotFoundPage },
];

/** The app's router; tests pass a memory history. */
export function createAppRouter(history: RouterHistory = createWebHistory()) {
  ${create}
}
`;
}

/** Back to the log-in page whenever the session ends (a 401 answer or logging out). */
const AUTH_SCRIPT = `
const router = useRouter();
watch(currentUser, (user) => {
  if (user === null && !route.meta.public) void router.push({ path: '/login', query: { from: route.fullPath } });
});`;

/** The signed-in user and the log-out button, at the foot of the navigation. */
const SESSION_BOX = `
      <div class="border-t px-4 py-3 text-sm">
        <p class="truncate font-medium" :title="currentUser?.email">{{ currentUser?.email }}</p>
        <p class="text-muted-foreground">{{ currentUser?.role === 'admin' ? 'Admin: sees every record' : 'Your records' }}</p>
        <button type="button" :class="buttonVariants({ variant: 'outline', size: 'sm' }) + ' mt-2'" @click="logOut()">Log out</button>
      </div>`;

/** src/App.vue: the layout with navigation; the dashboard link beyond simple, the user at advanced. */
export const appVue = ({ extras, auth }: LevelModel) => `<script setup lang="ts">
import { ref, watch } from 'vue';
import { useRoute${auth ? ', useRouter' : ''} } from 'vue-router';
import { APP_NAME, ENTITY_LINKS } from './lib/navigation';
${auth ? "import { currentUser, logOut } from './lib/session';\n" : ''}import { buttonVariants } from './lib/variants';

const open = ref(false);
const route = useRoute();${auth ? AUTH_SCRIPT : ''}
watch(
  () => route.path,
  () => {
    open.value = false;
    document.title = APP_NAME;
  },
  { immediate: true },
);
const item =
  'flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-muted-foreground transition-colors hover:bg-accent/60 hover:text-foreground';
</script>

<template>
${auth ? '  <RouterView v-if="route.meta.public" />\n  <div v-else class="min-h-screen md:grid md:grid-cols-[15rem_1fr]">' : '  <div class="min-h-screen md:grid md:grid-cols-[15rem_1fr]">'}
    <a
      href="#main"
      class="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-background focus:px-3 focus:py-2"
    >
      Skip to content
    </a>
    <aside class="border-b bg-muted/40 md:sticky md:top-0 md:h-screen md:overflow-y-auto md:border-r md:border-b-0">
      <div class="flex h-14 items-center justify-between gap-2 px-4">
        <RouterLink to="/" class="truncate font-semibold tracking-tight">{{ APP_NAME }}</RouterLink>
        <button
          type="button"
          :class="buttonVariants({ variant: 'ghost', size: 'icon' }) + ' md:hidden'"
          :aria-expanded="open"
          aria-controls="main-nav"
          :aria-label="open ? 'Close menu' : 'Open menu'"
          @click="open = !open"
        >
          <span aria-hidden="true">{{ open ? '✕' : '☰' }}</span>
        </button>
      </div>
      <nav id="main-nav" aria-label="Main" :class="['space-y-1 px-2 pb-4 md:block', open ? 'block' : 'hidden']">
${extras ? '        <RouterLink to="/" :class="item" exact-active-class="bg-accent text-accent-foreground">Dashboard</RouterLink>\n' : ''}        <RouterLink
          v-for="entity in ENTITY_LINKS"
          :key="entity.slug"
          :to="entity.path"
          :class="item"
          active-class="bg-accent text-accent-foreground"
        >
          <span class="truncate">{{ entity.label }}</span>
        </RouterLink>
      </nav>${auth ? SESSION_BOX : ''}
    </aside>
    <main id="main" class="min-w-0 px-4 py-6 sm:px-6 lg:px-10 lg:py-8">
      <div class="mx-auto max-w-6xl">
        <!-- Keyed by path: moving between records remounts the page; query changes (sort, page) do not. -->
        <RouterView :key="route.path" />
      </div>
    </main>
  </div>
</template>
`;

export const dashboardPage = `<script setup lang="ts">
import AppAlert from '../components/AppAlert.vue';
import PageHeader from '../components/PageHeader.vue';
import { getStats } from '../lib/api';
import { useAsync } from '../lib/composables';
import { APP_DESCRIPTION, APP_NAME, ENTITY_LINKS } from '../lib/navigation';

/** Home: how many records each entity has, each card linking to its list. */
const stats = useAsync(getStats);
</script>

<template>
  <div class="space-y-6">
    <PageHeader :title="APP_NAME" :description="APP_DESCRIPTION || 'Overview'" />
    <AppAlert v-if="stats.error" title="Could not load the counts.">{{ stats.error.message }}</AppAlert>
    <ul class="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      <li v-for="entity in ENTITY_LINKS" :key="entity.slug">
        <RouterLink
          :to="entity.path"
          class="group flex h-full flex-col justify-between gap-4 rounded-lg border bg-card p-5 shadow-sm transition-colors hover:border-foreground/20 hover:bg-accent/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <span class="flex items-center justify-between text-sm font-medium text-muted-foreground">
            {{ entity.label }}
            <span aria-hidden="true">→</span>
          </span>
          <span class="text-3xl font-semibold tabular-nums tracking-tight">
            {{
              stats.data?.counts[entity.slug] === undefined
                ? stats.loading
                  ? '…'
                  : '—'
                : stats.data.counts[entity.slug]!.toLocaleString()
            }}
          </span>
        </RouterLink>
      </li>
    </ul>
  </div>
</template>
`;

/** The 404 page links home: the dashboard, or at simple the first list. */
export const notFoundPage = (extras: boolean) => `<script setup lang="ts">
import { buttonVariants } from '../lib/variants';
</script>

<template>
  <div class="flex flex-col items-start gap-4 py-16">
    <p class="text-sm font-medium text-muted-foreground">404</p>
    <h1 class="text-2xl font-semibold tracking-tight">Page not found</h1>
    <p class="text-muted-foreground">The address may be mistyped, or the page has moved.</p>
    <RouterLink to="/" :class="buttonVariants({ variant: 'outline' })">${extras ? 'Back to the dashboard' : 'Back to the start'}</RouterLink>
  </div>
</template>
`;
