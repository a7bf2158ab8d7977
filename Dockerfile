# One image for the four services; docker-compose.yml picks the service with
# `command`. tsx runs the TypeScript sources directly (no build step), so dev
# dependencies are installed too: tsx is one of them.
FROM node:20-bookworm-slim

WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && mkdir -p /app/.data \
 && chown node:node /app/.data

# The fetcher keeps its seen-pages file in .data/; nothing else is written.
USER node
ENV LOG_LEVEL=info
CMD ["node", "--import", "tsx", "services/api/src/main.ts"]
