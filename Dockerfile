# Production image: the portal's own server (scripts/server.mjs, Next.js as a custom server), non-root,
# migrations and reference data applied on start.
# Build: docker build -t ss-ip-portal .   Run: see docker-compose.yml (behind nginx, TRUSTED_PROXIES=1)
FROM node:20.20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts/lib ./scripts/lib
COPY prisma ./prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
# The build cache is of no use at run time.
RUN npx next build && rm -rf .next/cache

FROM node:20.20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
# node_modules serves both the server (Next.js) and the start step (Prisma CLI, tsx, the seed code).
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/.next ./.next
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/prisma ./prisma
COPY --from=build --chown=node:node /app/prisma.config.ts /app/package.json /app/tsconfig.json /app/next.config.ts ./
COPY --from=build --chown=node:node /app/scripts ./scripts
COPY --from=build --chown=node:node /app/src ./src
COPY --from=build --chown=node:node /app/locales ./locales
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD wget -qO- http://127.0.0.1:3000/api/health || exit 1
# Migrations and seed steps (one replica at a time: scripts/prepare-database.ts), then the server
# (bare node: no TypeScript loader in front of Next.js). exec: the server gets SIGTERM itself.
CMD ["sh", "-c", "node --import tsx --conditions=react-server scripts/prepare-database.ts && exec node scripts/server.mjs"]
