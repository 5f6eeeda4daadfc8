import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Component tests run in happy-dom; the browser end-to-end tests in e2e/ have their own config.
export default defineConfig({
  plugins: [react()],
  test: {
    name: 'web',
    root: import.meta.dirname,
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
  },
});
