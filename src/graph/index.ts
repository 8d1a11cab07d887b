// Repositories over the one Db executor. Resolvers reach the graph only through these.
import type { Db } from '../db/executor.ts';

export interface Graph {
  db: Db;
}

export function createGraph(db: Db): Graph {
  return { db };
}
