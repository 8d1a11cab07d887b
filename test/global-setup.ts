// vitest globalSetup: provides the Neo4j the integration tests use.
// NEO4J_URI set: that server (NEO4J_USER / NEO4J_PASSWORD, default neo4j / the local password).
// Otherwise the project's local 'test' server on NEO4J_TEST_PORT (default 7688), started when needed and left
// running for fast re-runs, except on CI where a server started here is stopped at teardown.
import type { TestProject } from 'vitest/node';
import { ensureLocalNeo4j, ensureNeo4jInstalled, LOCAL_NEO4J_PASSWORD, TEST_NEO4J_PORT } from '../src/db/local-neo4j.ts';
import type { TestNeo4jConnection } from './helpers/neo4j.ts';

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  let conn: TestNeo4jConnection;
  let stop: (() => Promise<void>) | undefined;
  if (process.env.NEO4J_URI) {
    conn = {
      uri: process.env.NEO4J_URI,
      user: process.env.NEO4J_USER || 'neo4j',
      password: process.env.NEO4J_PASSWORD || LOCAL_NEO4J_PASSWORD,
    };
  } else {
    const port = process.env.NEO4J_TEST_PORT ? Number(process.env.NEO4J_TEST_PORT) : TEST_NEO4J_PORT;
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`NEO4J_TEST_PORT=${process.env.NEO4J_TEST_PORT} is not a port`);
    await ensureNeo4jInstalled();
    const t0 = performance.now();
    const server = await ensureLocalNeo4j({ name: 'test', port, password: process.env.NEO4J_PASSWORD || LOCAL_NEO4J_PASSWORD });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    process.stderr.write(
      server.started
        ? `[global-setup] started the test Neo4j at ${server.uri} in ${seconds} s (pid ${server.pid})\n`
        : `[global-setup] reusing the test Neo4j at ${server.uri} (pid ${server.pid})\n`,
    );
    conn = { uri: server.uri, user: server.user, password: server.password };
    if (server.started && process.env.CI) stop = server.stop;
  }
  project.provide('neo4j', conn);
  process.env.NEO4J_TEST_URI = conn.uri;
  process.env.NEO4J_TEST_USER = conn.user;
  process.env.NEO4J_TEST_PASSWORD = conn.password;
  return stop;
}
