import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiServer = process.env.APPGEN_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react(), tailwindcss()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiServer, changeOrigin: true },
      '/metrics': { target: apiServer, changeOrigin: true },
    },
  },
  // The manifest lets scripts/measure-initial-js.ts tell the first-load chunks from the lazy ones.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, manifest: true },
});
