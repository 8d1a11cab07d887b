// The Neo4j the tests run against, provided by test/global-setup.ts.
import { inject } from 'vitest';

export interface TestNeo4jConnection {
  uri: string;
  user: string;
  password: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: TestNeo4jConnection;
  }
}

/** The test server's connection: vitest's inject('neo4j'), else the NEO4J_TEST_* variables set by the global setup. */
export function testConnection(): TestNeo4jConnection {
  const provided = inject('neo4j') as TestNeo4jConnection | undefined;
  if (provided) return provided;
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('No test Neo4j: run the tests through vitest (test/global-setup.ts provides it) or set NEO4J_URI.');
  return { uri, user: process.env.NEO4J_TEST_USER ?? 'neo4j', password: process.env.NEO4J_TEST_PASSWORD ?? '' };
}
