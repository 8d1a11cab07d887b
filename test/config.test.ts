import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

describe('loadConfig', () => {
  it('gives defaults for an empty environment', () => {
    const c = loadConfig({});
    expect(c.http.port).toBe(4000);
    expect(c.neo4j.uri).toBeUndefined();
    expect(c.neo4j.database).toBe('neo4j');
    expect(Object.isFrozen(c)).toBe(true);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'longenough' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'bolt://localhost:7687' }, 'NEO4J_PASSWORD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ INGEST_TOKEN: 'short' }, 'INGEST_TOKEN'],
    [{ GRAPHIQL: 'maybe' }, 'GRAPHIQL'],
    [{ NEO4J_DATABASE: 'no spaces allowed' }, 'NEO4J_DATABASE'],
  ])('rejects %o naming %s', (env, variable) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain(variable);
  });

  it('never prints a secret in its message', () => {
    expect(() => loadConfig({ INGEST_TOKEN: 'tiny-secret' })).toThrow(/INGEST_TOKEN=\(hidden\)/);
  });

  it('turns GraphiQL and introspection off in production unless asked', () => {
    const c = loadConfig({ NODE_ENV: 'production' });
    expect(c.graphql.graphiql).toBe(false);
    expect(c.graphql.introspection).toBe(false);
    expect(c.log.format).toBe('json');
  });
});
