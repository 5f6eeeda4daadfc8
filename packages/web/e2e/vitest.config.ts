import { defineConfig } from 'vitest/config';

// Headless Chromium against the real server serving the built UI (run `npm run build -w @appgen/web` first).
export default defineConfig({
  test: {
    name: 'web-e2e',
    root: import.meta.dirname,
    include: ['**/*.test.ts'],
    globalSetup: ['global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
