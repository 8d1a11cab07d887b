// Repositories over the one Db executor. Resolvers reach the graph only through these.
import type { Db } from '../db/executor.ts';
import { createReadRepositories, type ReadRepositories } from './read/index.ts';
import { createGraphEvents, type GraphEvents } from './events.ts';
import { createLoader, type Loader } from './loader.ts';

export interface Graph extends ReadRepositories {
  db: Db;
  /** Writes articles and their extractions (src/graph/loader.ts). */
  loader: Loader;
  /** meetingAdded after each committed article (src/graph/events.ts). */
  events: GraphEvents;
}

export function createGraph(db: Db): Graph {
  const events = createGraphEvents();
  return { db, ...createReadRepositories(db), loader: createLoader(db, { events }), events };
}
