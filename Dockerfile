# Jalin api and worker image. Stages: deps (all deps) -> build (compiled dist, also runs
# migrations and the demo seed in compose) -> runtime (production deps + dist, non-root).
FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM deps AS build
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS runtime
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
