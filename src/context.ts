import type { Config } from './config.ts';
import type { Db } from './db/executor.ts';
import type { Graph } from './graph/index.ts';
import type { Logger } from './logger.ts';

/** Long-lived dependencies, made once in main.ts (or by a test) and handed to createApp. */
export interface AppDeps {
  config: Readonly<Config>;
  db: Db;
  graph: Graph;
  logger: Logger;
}

/** Per-request GraphQL context. */
export interface Context extends AppDeps {
  auth: { ingest: boolean };
}
