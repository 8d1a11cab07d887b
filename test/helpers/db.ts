// Integration tests own their database: the test Neo4j started by test/global-setup.ts (or NEO4J_URI).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { Db } from '../../src/db/executor.ts';
import { migrate } from '../../src/db/migrations.ts';
import { testConnection } from './neo4j.ts';

const MARKER = '__DiplomaticGraphTestDatabase';

/** A Db on the test server, migrated. Close it in afterAll. */
export async function openTestDb(): Promise<Db> {
  const conn = testConnection();
  const db = new Db({ ...conn, database: process.env.NEO4J_DATABASE ?? 'neo4j' }, { txTimeoutMs: 30_000 });
  await migrate(db);
  return db;
}

/**
 * Empties the test database. Refuses to touch a database that holds data but was never marked
 * as a test database, so pointing NEO4J_URI at real data cannot wipe it.
 */
export async function resetTestGraph(db: Db): Promise<void> {
  const [row] = await db.readRows<{ nodes: number; marked: boolean }>(
    'test:inspect',
    `CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { OPTIONAL MATCH (m:${MARKER}) RETURN count(m) > 0 AS marked }
     RETURN nodes, marked`,
  );
  if (row && row.nodes > 0 && !row.marked) {
    throw new Error(
      `The Neo4j database used for tests holds ${row.nodes} nodes and is not a test database. ` +
        'Unset NEO4J_URI to let the tests start their own Neo4j, or point it at an empty database.',
    );
  }
  await db.writeRows('test:reset', `MATCH (n) WHERE NOT n:${MARKER} DETACH DELETE n`);
  await db.writeRows('test:mark', `MERGE (:${MARKER})`);
}

/**
 * The hooks of an integration test file (or describe block): a migrated Db on the test server, handed to
 * `use` before the tests (after emptying the graph when `reset` is 'once'), closed after them. With
 * `reset` 'each' (the default) the graph is emptied before every test instead.
 */
export function useTestDb(use: (db: Db) => void | Promise<void>, opts: { reset?: 'each' | 'once' | 'none' } = {}): void {
  const reset = opts.reset ?? 'each';
  let db: Db | undefined;
  beforeAll(async () => {
    db = await openTestDb();
    if (reset === 'once') await resetTestGraph(db);
    await use(db);
  });
  afterAll(async () => {
    await db?.close();
  });
  if (reset === 'each') {
    beforeEach(async () => {
      await resetTestGraph(db!);
    });
  }
}
