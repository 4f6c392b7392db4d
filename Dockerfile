# Jalin api and worker image. Stages: deps (all deps) -> build (compiled dist; compose also runs
# migrations from it, and the demo seed with --profile demo) -> runtime (production deps only, the
# compiled dist run with plain node, non-root). Dev tools (the TypeScript runner, embedded-postgres,
# smtp-server) never reach the runtime stage; test/unit/runtime-dependencies.spec.ts keeps it so.
FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM node:24-bookworm-slim AS runtime
# main.js also takes an unset NODE_ENV for production; said here for the libraries that read it.
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# Files stay owned by root: the app process can read them but not change them.
USER node
EXPOSE 3000
# The worker service overrides this with dist/apps/worker/apps/worker/src/main.js.
CMD ["node", "dist/apps/api/apps/api/src/main.js"]
