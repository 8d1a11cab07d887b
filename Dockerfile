# The API and the explorer page; Neo4j comes from docker-compose.yml (or NEO4J_URI).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
COPY --from=build /app/dist/web ./dist/web
EXPOSE 4000
USER node
CMD ["npx", "tsx", "src/cli/start.ts"]
