import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../src/db/executor.ts';
import { testConnection } from './helpers/neo4j.ts';
import { useTestDb } from './helpers/db.ts';
import { gql, testApp } from './helpers/app.ts';
import { startTcpProxy, type TcpProxy } from './helpers/tcp-proxy.ts';

describe('health', () => {
  let db: Db;
  useTestDb((opened) => {
    db = opened;
  }, { reset: 'none' });

  it('answers the health query from Neo4j', async () => {
    const { app } = testApp(db);
    const res = await gql<{ health: { ok: boolean; neo4j: string } }>(app, '{ health { ok neo4j latencyMs } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.health).toMatchObject({ ok: true, neo4j: 'ok' });
  });

  it('serves /healthz over plain HTTP', async () => {
    const { app } = testApp(db);
    const res = await app.fetch('http://yoga/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', neo4j: 'ok' });
  });
});

describe('health when Neo4j goes away and comes back', () => {
  let proxy: TcpProxy;
  let db: Db;
  beforeAll(async () => {
    const conn = testConnection();
    const target = Number(new URL(conn.uri.replace(/^bolt/, 'http')).port);
    proxy = await startTcpProxy(target);
    db = new Db({ ...conn, uri: `bolt://127.0.0.1:${proxy.port}`, database: 'neo4j' }, { txTimeoutMs: 5_000, maxRetryTimeMs: 500 });
  });
  afterAll(async () => {
    await db.close();
    await proxy.close();
  });

  it('reports 503 with a clear message, then recovers without a restart', async () => {
    const { app } = testApp(db);
    expect((await app.fetch('http://yoga/healthz')).status).toBe(200);

    await proxy.cut();
    const down = await app.fetch('http://yoga/healthz');
    expect(down.status).toBe(503);
    const body = (await down.json()) as { status: string; neo4j: string };
    expect(body.status).toBe('unavailable');
    expect(body.neo4j).toMatch(/unreachable/i);
    const q = await gql<{ health: { ok: boolean } }>(app, '{ health { ok neo4j } }');
    expect(q.data?.health.ok).toBe(false);

    await proxy.restore();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await app.fetch('http://yoga/healthz')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
  });
});

describe('errors', () => {
  let db: Db;
  useTestDb((opened) => {
    db = opened;
  }, { reset: 'none' });

  it('rejects a malformed query with a clear error, not a crash', async () => {
    const { app } = testApp(db);
    const res = await gql(app, '{ health { ok ');
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
  });
});
