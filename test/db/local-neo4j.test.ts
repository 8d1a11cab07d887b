import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localNeo4jStatus } from '../../src/db/local-neo4j.ts';
import { testConnection } from '../helpers/neo4j.ts';

describe('the test Neo4j', () => {
  const conn = testConnection();
  let driver: Driver;

  beforeAll(() => {
    driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true });
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('answers RETURN 1 over Bolt', async () => {
    const { records } = await driver.executeQuery('RETURN 1 AS one');
    expect(records[0]?.get('one')).toBe(1);
  });

  it('runs Neo4j 5', async () => {
    const info = await driver.getServerInfo();
    expect(info.agent).toMatch(/^Neo4j\/5\./);
  });

  it.skipIf(Boolean(process.env.NEO4J_URI))('is reported running by localNeo4jStatus', async () => {
    const status = await localNeo4jStatus('test');
    expect(status.running).toBe(true);
    expect(status.boltListening).toBe(true);
    expect(status.uri).toBe(conn.uri);
  });
});
