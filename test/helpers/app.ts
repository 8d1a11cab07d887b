// Builds the app without a port, over the test database.
import { createApp, type App } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { AppDeps } from '../../src/context.ts';
import type { Db } from '../../src/db/executor.ts';
import { createGraph } from '../../src/graph/index.ts';
import { createLogger } from '../../src/logger.ts';

export const TEST_INGEST_TOKEN = 'test-ingest-token-0123456789';

/** Compiled execution (src/schema/jit.ts) is on by default; `GRAPHQL_JIT=false npm test` runs every app-level test without it. */
const suiteEnv: Record<string, string> = process.env.GRAPHQL_JIT ? { GRAPHQL_JIT: process.env.GRAPHQL_JIT } : {};

export function testDeps(db: Db, env: Record<string, string> = {}): AppDeps {
  const config = loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', INGEST_TOKEN: TEST_INGEST_TOKEN, ...suiteEnv, ...env });
  return { config, db, graph: createGraph(db), logger: createLogger(config.log) };
}

export function testApp(db: Db, env: Record<string, string> = {}): { app: App; deps: AppDeps } {
  const deps = testDeps(db, env);
  return { app: createApp(deps), deps };
}

/** POSTs a GraphQL operation to the app and returns the parsed body. */
export async function gql<T = Record<string, unknown>>(
  app: App,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[] }> {
  const res = await app.fetch('http://yoga/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: res.status, ...body };
}
