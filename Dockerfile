# Build stage: install every workspace and build the SPA and the server.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
COPY tools/package.json tools/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY server server
COPY client client
COPY migrations migrations
RUN npm run build && npm prune --omit=dev --workspace server --include-workspace-root && mkdir -p server/node_modules

# Runtime stage: the built server, the built SPA and production dependencies only.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/node_modules server/node_modules
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
USER node
EXPOSE 3000
CMD ["node", "server/dist/server/src/main.js"]
