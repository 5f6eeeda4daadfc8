/** The client's project files: package.json, TypeScript and Vite config, index.html, Docker and nginx. */
import type { AppModel } from '../../model.ts';
import { dependencies, NODE_ENGINE } from '../../versions.ts';
import { htmlText } from './code.ts';

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

const strictOptions = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  strict: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noFallthroughCasesInSwitch: true,
  isolatedModules: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
};

export function tsconfigJson(): string {
  const config = {
    compilerOptions: {
      ...strictOptions,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx: 'react-jsx',
      types: ['vite/client'],
    },
    include: ['src'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** vite.config.ts runs in Node, so it is checked on its own with Node's types. */
export function tsconfigNodeJson(): string {
  const config = {
    compilerOptions: { ...strictOptions, lib: ['ES2023'], types: ['node'] },
    include: ['vite.config.ts'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

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

export function indexHtml(app: AppModel): string {
  const { name, description } = app.spec.app;
  const meta = description ? `\n    <meta name="description" content="${htmlText(description)}" />` : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />${meta}
    <title>${htmlText(name)}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="/src/main.tsx"></script>
  </body>
</html>
`;
}

export const dockerfile = `# Build the static client, then serve it with nginx (which also proxies /api to the server).
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build

FROM nginx:alpine
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
`;

export const dockerignore = `node_modules
dist
`;

export const nginxConf = `server {
  listen 80;
  server_name _;
  root /usr/share/nginx/html;
  index index.html;

  location /api/ {
    proxy_pass http://server:3000;
    proxy_http_version 1.1;
    proxy_set_header Host $host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
  }

  location /assets/ {
    add_header Cache-Control "public, max-age=31536000, immutable";
    try_files $uri =404;
  }

  # Client-side routes: every other path serves the app.
  location / {
    try_files $uri $uri/ /index.html;
  }
}
`;
