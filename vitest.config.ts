import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: [
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
            'bench/lib/*.test.ts',
            'scripts/*.test.ts',
          ],
          exclude: ['packages/web/**', '**/node_modules/**'],
        },
      },
      // The web UI's component tests run in happy-dom with their own config.
      'packages/web/vitest.config.ts',
    ],
  },
});
