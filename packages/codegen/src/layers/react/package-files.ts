/** The React client's project files: package.json, TypeScript and Vite config. */
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
      typecheck: 'tsc --noEmit -p tsconfig.json && tsc --noEmit -p tsconfig.node.json',
      test: 'npm run typecheck',
    },
    dependencies: dependencies(
      'react',
      'react-dom',
      'react-router',
      'zod',
      'lucide-react',
      'clsx',
      'tailwind-merge',
      'class-variance-authority',
    ),
    devDependencies: dependencies(
      'vite',
      '@vitejs/plugin-react',
      'tailwindcss',
      '@tailwindcss/vite',
      'typescript',
      '@types/react',
      '@types/react-dom',
      '@types/node',
    ),
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

export const tsconfigJson = () => appTsconfigJson('react-jsx', ['src']);

export const viteConfig = `import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development the API runs separately; /api is proxied to it (API_URL, default localhost:3000).
export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: true },
    },
  },
});
`;
