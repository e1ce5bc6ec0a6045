# syntax=docker/dockerfile:1
# Node 24 is the active LTS (Node 20 reached end of life on 2026-04-30). scripts/image-check.sh runs the
# same steps outside Docker (no daemon on the CI machines).
ARG NODE_IMAGE=node:24-slim

# Build stage: compile TypeScript with dev dependencies.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ormconfig.ts ./
COPY src ./src
COPY scripts ./scripts
COPY openapi.json ./
COPY web ./web
# The server, then the agent console (web/ → dist/console, served at /).
RUN node scripts/build-if-stale.mjs && node scripts/build-console.mjs

# Runtime stage: production dependencies and the compiled app only, as a non-root user. No src/ here, so
# the prestart/precli/migration:run build step (scripts/build-if-stale.mjs) does nothing and
# `npm start`, `npm run cli -- …` and `npm run migration:run` run the shipped dist/ as is.
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/build-if-stale.mjs scripts/build-console.mjs ./scripts/
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Pending migrations are applied on start (under an advisory lock, so several replicas may start at once).
# A heap limit well above the live heap (≈ 80 MB under load) makes V8 collect before it grows: without
# one, V8 sizes the heap for this machine's memory and RSS under load passes 300 MB (docs/performance.md).
CMD ["node", "--max-old-space-size=512", "dist/src/main.js"]
