// Child process: the load client. Keeps one keep-alive HTTP agent and one neo4j driver (bare
// defaults) across jobs, runs each job (n requests at a given concurrency, bounded in time) and
// sends back every latency. Loopback only.
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import type { ClientJob, Conn, GqlBody, Measured, Statement, TxKind } from './protocol.ts';
import { decodeParams } from './protocol.ts';
import { postGraphql } from './post.ts';

const conn = JSON.parse(process.env.BENCH_CONN ?? '{}') as Conn;
// Driver settings that change the server's work per query are the API's (src/db/executor.ts): no
// notifications computed or sent. Everything else is the driver's default.
const driver: Driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
  disableLosslessIntegers: true,
  notificationFilter: { minimumSeverityLevel: 'OFF' },
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
const executors = new Map<string, { readRows: (op: string, c: string) => Promise<unknown> }>();

/**
 * The statements of one request in one bare session, each with the transaction config the server
 * gave it: as the server ran it ('recorded': auto-commit session.run or managed executeRead), or all
 * of them one way.
 */
async function replay(steps: Statement[], how: 'recorded' | TxKind = 'recorded'): Promise<void> {
  const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
  try {
    for (const s of steps) {
      const auto = (how === 'recorded' ? (s.tx ?? 'managed') : how) === 'auto';
      const res = auto ? await session.run(s.cypher, s.params, s.config) : await session.executeRead((tx) => tx.run(s.cypher, s.params), s.config);
      res.records.map((r) => r.toObject());
    }
  } finally {
    await session.close();
  }
}

async function once(job: ClientJob, i: number): Promise<void> {
  switch (job.kind) {
    case 'api':
      return postGraphql(agent, new URL(job.url), JSON.stringify(job.bodies[i % job.bodies.length]));
    case 'raw':
      return replay(job.statements[i % job.statements.length]!, job.tx);
    case 'floor':
      if (job.what === 'executeRead') return replay([{ cypher: 'RETURN 1 AS ok', params: {} }], 'managed');
      if (job.what === 'autocommit') {
        const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
        try {
          (await session.run('RETURN 1 AS ok')).records.map((r) => r.toObject());
        } finally {
          await session.close();
        }
        return;
      }
      await executors.get(job.tree!)!.readRows('bench.floor', 'RETURN 1 AS ok');
  }
}

async function run(job: ClientJob): Promise<Measured> {
  if (job.kind === 'raw') job.statements = job.statements.map((steps) => steps.map((s) => ({ ...s, params: decodeParams(s.params) as Record<string, unknown> })));
  if (job.kind === 'floor' && job.what === 'executor' && !executors.has(job.tree!)) {
    const { Db } = await import(pathToFileURL(`${job.tree}/src/db/executor.ts`).href);
    executors.set(job.tree!, new Db(conn, { txTimeoutMs: 15_000 }));
  }
  const offset = 'offset' in job ? (job.offset ?? 0) : 0;
  const lat: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (next < job.n && performance.now() - t0 < job.maxMs) {
        const i = next++;
        if (job.kind === 'raw' && job.idleMs) await new Promise((r) => setTimeout(r, job.idleMs));
        const t = performance.now();
        await once(job, offset + i);
        lat.push(performance.now() - t);
      }
    }),
  );
  return { lat, ms: performance.now() - t0 };
}

process.on('message', (job: ClientJob & { id: number }) => {
  run(job).then(
    (r) => process.send!({ id: job.id, ...r }),
    (err: unknown) => process.send!({ id: job.id, error: err instanceof Error ? err.message : String(err) }),
  );
});
process.on('disconnect', () => {
  void driver.close().finally(() => process.exit(0));
});
process.send!({ ready: true });
