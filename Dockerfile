# The API alone; Neo4j comes from docker-compose.yml (or NEO4J_URI).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY schema ./schema
COPY seed ./seed
EXPOSE 4000
USER node
CMD ["npx", "tsx", "src/cli/start.ts"]
