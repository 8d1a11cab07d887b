import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import type { AppDeps } from './context.ts';
import { migrate } from './db/migrations.ts';

export interface RunningServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * Applies migrations (retrying in the background while Neo4j is unreachable, so the API starts
 * and reports unhealthy instead of crashing), then listens.
 */
export async function startServer(deps: AppDeps): Promise<RunningServer> {
  const { config, logger, db } = deps;
  let stopped = false;
  const migrated = (async () => {
    for (let attempt = 1; !stopped; attempt++) {
      try {
        await migrate(db);
        logger.info('graph schema is up to date (constraints and indexes)');
        return;
      } catch (err) {
        logger.warn({ err: (err as Error).message, attempt }, 'could not apply the graph schema yet; retrying in 2 s');
        await new Promise((r) => setTimeout(r, 2_000));
      }
    }
  })();
  await Promise.race([migrated, new Promise((r) => setTimeout(r, 10_000))]);

  const yoga = createApp(deps);
  const server = createServer(yoga);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.http.host}:${port}`;
  return {
    server,
    url,
    async close() {
      stopped = true;
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
    },
  };
}
