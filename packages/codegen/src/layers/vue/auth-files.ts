/** The Vue client's accounts (advanced): session state and the log-in / sign-up page. */
import { CONTROL_CLASS } from '../client-common/variants.ts';

export const sessionTs = `import { ref } from 'vue';
import { onUnauthorized } from './api-client';
import { auth, type Credentials, type User } from './auth';

/** undefined until the API has been asked; null when nobody is logged in. */
export const currentUser = ref<User | null | undefined>(undefined);

// Any 401 answer means the session has ended: App.vue then shows the log-in page.
onUnauthorized(() => {
  currentUser.value = null;
});

/** Asks the API who is logged in (the session is an httpOnly cookie, invisible to scripts). */
export async function checkSession(): Promise<void> {
  try {
    currentUser.value = await auth.me();
  } catch {
    currentUser.value = null;
  }
}

export async function logIn(credentials: Credentials): Promise<void> {
  currentUser.value = await auth.logIn(credentials);
}

export async function signUp(credentials: Credentials): Promise<void> {
  currentUser.value = await auth.signUp(credentials);
}

export async function logOut(): Promise<void> {
  await auth.logOut();
  currentUser.value = null;
}
`;

export const authPageVue = `<script setup lang="ts">
import { computed, ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import AppAlert from '../components/AppAlert.vue';
import { ApiError } from '../lib/api-client';
import { APP_NAME } from '../lib/navigation';
import { logIn, signUp } from '../lib/session';
import { buttonVariants } from '../lib/variants';

/** Log in, or sign up (the first account is the admin). Afterwards, back to the page that asked. */
const props = defineProps<{ mode: 'login' | 'signup' }>();
const route = useRoute();
const router = useRouter();
const email = ref('');
const password = ref('');
const error = ref<ApiError | null>(null);
const busy = ref(false);
const signup = computed(() => props.mode === 'signup');
const from = computed(() => (typeof route.query.from === 'string' && route.query.from.startsWith('/') ? route.query.from : '/'));
const CONTROL = '${CONTROL_CLASS} h-9 py-1';

async function submit() {
  busy.value = true;
  error.value = null;
  try {
    await (signup.value ? signUp : logIn)({ email: email.value, password: password.value });
    await router.replace(from.value);
  } catch (caught) {
    error.value = caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught));
  } finally {
    busy.value = false;
  }
}
</script>

<template>
  <main class="flex min-h-screen items-center justify-center bg-muted/40 px-4">
    <div class="w-full max-w-sm space-y-6 rounded-lg border bg-card p-6 shadow-sm">
      <div class="space-y-1">
        <p class="text-sm text-muted-foreground">{{ APP_NAME }}</p>
        <h1 class="text-2xl font-semibold tracking-tight">{{ signup ? 'Create an account' : 'Log in' }}</h1>
      </div>
      <AppAlert v-if="error" :title="signup ? 'Could not sign up.' : 'Could not log in.'">{{ error.message }}</AppAlert>
      <form class="space-y-4" @submit.prevent="submit">
        <div class="space-y-2">
          <label for="email" class="text-sm font-medium">Email</label>
          <input id="email" v-model="email" type="email" autocomplete="email" required :class="CONTROL" />
          <p v-if="error?.fields.email" class="text-sm text-destructive">{{ error.fields.email }}</p>
        </div>
        <div class="space-y-2">
          <label for="password" class="text-sm font-medium">Password</label>
          <input
            id="password"
            v-model="password"
            type="password"
            :autocomplete="signup ? 'new-password' : 'current-password'"
            required
            :minlength="signup ? 8 : undefined"
            :class="CONTROL"
          />
          <p v-if="error?.fields.password" class="text-sm text-destructive">{{ error.fields.password }}</p>
        </div>
        <button type="submit" :class="buttonVariants() + ' w-full'" :disabled="busy">{{ signup ? 'Sign up' : 'Log in' }}</button>
      </form>
      <p class="text-sm text-muted-foreground">
        {{ signup ? 'Have an account? ' : 'New here? ' }}
        <RouterLink
          class="font-medium text-foreground underline-offset-4 hover:underline"
          :to="{ path: signup ? '/login' : '/signup', query: route.query }"
        >
          {{ signup ? 'Log in' : 'Create an account' }}
        </RouterLink>
      </p>
    </div>
  </main>
</template>
`;
