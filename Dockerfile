# Production image: the service against the PostgreSQL named by DATABASE_URL (docker-compose.yml).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json nest-cli.json .swcrc ./
COPY src ./src
COPY client/schema.d.ts ./client/schema.d.ts
COPY web ./web
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
# DATA_DIR holds the keys made at first start (audit signing, TOTP secrets): a volume, so they outlive the container.
ENV NODE_ENV=production DATA_DIR=/data
WORKDIR /app
RUN mkdir -p /data && chown node:node /data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY package.json ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/main.js"]
