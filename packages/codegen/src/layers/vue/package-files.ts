/** The Vue client's project files: package.json, TypeScript config, Vite (and Vitest) config. */
import { dependencies, NODE_ENGINE } from '../../versions.ts';
import { appTsconfigJson } from '../client-common/project-files.ts';

export function packageJson(): string {
  const pkg = {
    name: 'client',
    private: true,
    version: '0.1.0',
    type: 'module',
    engines: { node: NODE_ENGINE },
    scripts: {
      dev: 'vite --port 5173',
      build: 'npm run typecheck && vite build',
      preview: 'vite preview --port 5173',
      typecheck: 'vue-tsc --noEmit -p tsconfig.json && vue-tsc --noEmit -p tsconfig.node.json',
      test: 'npm run typecheck && vitest run',
    },
    dependencies: dependencies(
      'vue',
      'vue-router',
      'zod',
      'clsx',
      'tailwind-merge',
      'class-variance-authority',
    ),
    devDependencies: dependencies(
      'vite',
      '@vitejs/plugin-vue',
      'tailwindcss',
      '@tailwindcss/vite',
      'typescript',
      'vue-tsc',
      'vitest',
      '@vue/test-utils',
      'happy-dom',
      '@types/node',
    ),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const tsconfigJson = () => appTsconfigJson('preserve', ['src/**/*.ts', 'src/**/*.vue']);

export const viteConfig = `/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// In development the API runs separately; /api is proxied to it (API_URL, default localhost:3000).
export default defineConfig({
  plugins: [vue(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true },
    },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
});
`;
