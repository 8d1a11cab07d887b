// Integration tests own their database: the test Neo4j started by test/global-setup.ts (or NEO4J_URI).
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
