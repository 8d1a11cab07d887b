import type { Config } from '../config.ts';
import type { Logger } from '../logger.ts';
import { Db, type Neo4jConnection } from './executor.ts';
import { ensureLocalNeo4j, ensureNeo4jInstalled, LOCAL_NEO4J_PASSWORD } from './local-neo4j.ts';

/** The configured Neo4j, or the project's local one (installed and started when needed). */
export async function resolveConnection(config: Readonly<Config>, logger: Logger): Promise<Neo4jConnection> {
  const { neo4j } = config;
  if (neo4j.uri) {
    return { uri: neo4j.uri, user: neo4j.user, password: neo4j.password ?? '', database: neo4j.database };
  }
  await ensureNeo4jInstalled();
  const started = performance.now();
  const local = await ensureLocalNeo4j({ name: 'dev', port: neo4j.localPort, password: neo4j.password ?? LOCAL_NEO4J_PASSWORD });
  logger.info(
    { uri: local.uri, reused: !local.started, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) },
    local.started ? 'started the local Neo4j' : 'reusing the local Neo4j already running',
  );
  return { uri: local.uri, user: local.user, password: local.password, database: neo4j.database };
}

export function openDb(conn: Neo4jConnection, config: Readonly<Config>): Db {
  return new Db(conn, { txTimeoutMs: config.neo4j.txTimeoutMs });
}
