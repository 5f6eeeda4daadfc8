/** Client project files every frontend shares: index.html, Node tsconfig, Docker and nginx. */
import { htmlText } from '../../emit/literal.ts';
import type { AppModel } from '../../model.ts';

/** Compiler options of every client tsconfig; frontends add their lib, JSX and types. */
export const strictOptions = {
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

/** tsconfig.json of the app sources: strict options, DOM libs, Vite's client types, plus the frontend's own. */
export function appTsconfigJson(jsx: string, include: string[]): string {
  const config = {
    compilerOptions: {
      ...strictOptions,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'],
      jsx,
      types: ['vite/client'],
    },
    include,
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

/** index.html: the app's title and description, and the element the entry module mounts into. */
export function indexHtml(app: AppModel, mount: { id: string; entry: string }): string {
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
    <div id="${mount.id}"></div>
    <script type="module" src="${mount.entry}"></script>
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
