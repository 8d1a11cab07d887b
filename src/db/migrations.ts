// Graph schema: every uniqueness constraint and index, in one place, applied idempotently at start-up.
import { Neo4jError } from 'neo4j-driver';
import type { Db } from './executor.ts';

export interface Migration {
  name: string;
  cypher: string;
}

export const MIGRATIONS: readonly Migration[] = [
  { name: 'article_id', cypher: 'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE' },
  { name: 'official_id', cypher: 'CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE' },
  { name: 'country_code', cypher: 'CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE' },
  { name: 'organization_code', cypher: 'CREATE CONSTRAINT organization_code IF NOT EXISTS FOR (n:Organization) REQUIRE n.code IS UNIQUE' },
  { name: 'meeting_id', cypher: 'CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE' },
  { name: 'article_url', cypher: 'CREATE INDEX article_url IF NOT EXISTS FOR (n:Article) ON (n.url)' },
  { name: 'official_name', cypher: 'CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name)' },
  { name: 'official_country', cypher: 'CREATE INDEX official_country IF NOT EXISTS FOR (n:Official) ON (n.country)' },
  { name: 'official_org', cypher: 'CREATE INDEX official_org IF NOT EXISTS FOR (n:Official) ON (n.org)' },
  { name: 'meeting_date', cypher: 'CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date)' },
  { name: 'meeting_kind_status', cypher: 'CREATE INDEX meeting_kind_status IF NOT EXISTS FOR (n:Meeting) ON (n.kind, n.status)' },
  {
    name: 'official_names_fulltext',
    cypher:
      "CREATE FULLTEXT INDEX official_names IF NOT EXISTS FOR (n:Official) ON EACH [n.name, n.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  },
  {
    name: 'country_names_fulltext',
    cypher: "CREATE FULLTEXT INDEX country_names IF NOT EXISTS FOR (n:Country) ON EACH [n.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  },
];

const ALREADY_EXISTS = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
]);

function neo4jCode(err: unknown): string | undefined {
  const cause = err instanceof Error ? err.cause : undefined;
  return cause instanceof Neo4jError ? cause.code : undefined;
}

/** Creates what is missing and waits for the indexes to be online. Safe to run any number of times, concurrently. */
export async function migrate(db: Db): Promise<{ applied: number }> {
  for (const m of MIGRATIONS) {
    // Schema commands cannot share a transaction with each other; one each.
    try {
      await db.writeRows(`migrate:${m.name}`, m.cypher);
    } catch (err) {
      // Another process created the same rule between our IF NOT EXISTS check and commit.
      if (!ALREADY_EXISTS.has(neo4jCode(err) ?? '')) throw err;
    }
  }
  await db.readRows('migrate:await', 'CALL db.awaitIndexes(60)', {}, { timeoutMs: 70_000 });
  return { applied: MIGRATIONS.length };
}

/** Names of the constraints and indexes present, sorted: used by tests and the status command. */
export async function schemaObjects(db: Db): Promise<{ constraints: string[]; indexes: string[] }> {
  const constraints = await db.readRows<{ name: string }>('schema:constraints', 'SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name');
  const indexes = await db.readRows<{ name: string }>('schema:indexes', 'SHOW INDEXES YIELD name RETURN name ORDER BY name');
  return { constraints: constraints.map((r) => r.name), indexes: indexes.map((r) => r.name) };
}
