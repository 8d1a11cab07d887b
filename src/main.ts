// The only module with start-up side effects: config, logger, driver, listen, shutdown.
import { loadConfig, ConfigError } from './config.ts';
import { createLogger } from './logger.ts';
import { openDb, resolveConnection } from './db/connect.ts';
import { createGraph } from './graph/index.ts';
import { startServer } from './server.ts';

export interface MainOptions {
  /** Runs after the database is reachable and migrated, before listening (npm start seeds here). */
  beforeListen?: (deps: import('./context.ts').AppDeps) => Promise<void>;
}

export async function main(opts: MainOptions = {}): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.log);
  const conn = await resolveConnection(config, logger);
  const db = openDb(conn, config);
  const deps = { config, logger, db, graph: createGraph(db) };
  if (opts.beforeListen) await opts.beforeListen(deps);
  const running = await startServer(deps);
  logger.info({ graphql: `${running.url}/graphql`, healthz: `${running.url}/healthz` }, 'service ready');
  process.stdout.write(`\nGraphQL: ${running.url}/graphql\nHealth:  ${running.url}/healthz\nExplorer: ${running.url}/\n\n`);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    await running.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err: unknown) => {
    process.stderr.write(`Could not start the service: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
