# appgen: one image for every role — `serve` (API + web UI), `worker`, `migrate`.
# Multi-stage: the web UI is built with the dev dependencies, the runtime keeps production ones only,
# runs as the unprivileged `node` user, and answers health checks without extra tools.
#   docker build -t appgen .
#   docker run -p 3000:3000 appgen               # embedded defaults: PGlite + local files in /data
#   docker compose up                            # production: see docker-compose.yml

ARG NODE_IMAGE=node:20.19-bookworm-slim

# ---- build: install everything, build the web UI and the CLI bundle ----
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/cli/package.json packages/cli/
COPY packages/codegen/package.json packages/codegen/
COPY packages/planner/package.json packages/planner/
COPY packages/server/package.json packages/server/
COPY packages/spec/package.json packages/spec/
COPY packages/web/package.json packages/web/
# --ignore-scripts: the root `prepare` (the CLI bundle) needs the sources, copied below.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.base.json ./
COPY packages packages
RUN npm run build -w @appgen/web && npm run build -w @appgen/cli

# ---- deps: production dependencies only (no vite, vitest, typescript, biome) ----
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/packages/cli/package.json packages/cli/
COPY --from=build /app/packages/codegen/package.json packages/codegen/
COPY --from=build /app/packages/planner/package.json packages/planner/
COPY --from=build /app/packages/server/package.json packages/server/
COPY --from=build /app/packages/spec/package.json packages/spec/
COPY --from=build /app/packages/web/package.json packages/web/
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

# ---- runtime ----
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    APPGEN_DATA_DIR=/data
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules node_modules
COPY --chown=node:node package.json ./
COPY --chown=node:node packages/cli packages/cli
COPY --chown=node:node packages/codegen/package.json packages/codegen/
COPY --chown=node:node packages/codegen/src packages/codegen/src
COPY --chown=node:node packages/planner/package.json packages/planner/
COPY --chown=node:node packages/planner/src packages/planner/src
COPY --chown=node:node packages/server/package.json packages/server/
COPY --chown=node:node packages/server/src packages/server/src
COPY --chown=node:node packages/spec/package.json packages/spec/
COPY --chown=node:node packages/spec/src packages/spec/src
COPY --from=build --chown=node:node /app/packages/web/dist packages/web/dist
COPY --from=build --chown=node:node /app/packages/cli/dist packages/cli/dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 3000
# Liveness of an API instance; workers override it in docker-compose.yml.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node", "packages/cli/bin/appgen.js"]
CMD ["serve"]
