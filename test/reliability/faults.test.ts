// Faults during a seed run, on the real test Neo4j:
//  (k) the Neo4j process itself is killed (SIGKILL, a server of its own: 'fault' on NEO4J_FAULT_PORT,
//      default 7694) between a transaction's writes and its commit: the run stops taking batches, reports
//      every article not loaded, no article is half-written once the server has recovered, and a re-run
//      completes the graph to exactly the graph of a clean load;
//  (a) the Neo4j connection is cut (through a loopback TCP proxy) inside a transaction in the middle
//      of a seed run: the run reports failures and does not crash, no article is half-written (every
//      article in the graph has exactly the mentions a clean load gives it), and after the proxy is
//      restored a second seed run completes the graph to exactly the graph of a clean load;
//  (b) two seed runs at once over overlapping article sets give the graph of one run.
// 200 generated articles by default (the file runs in well under 2 minutes); RELIABILITY_LONG=1
// scales to 2,000: RELIABILITY_LONG=1 npx vitest run test/reliability/faults.test.ts
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticArticles } from '../../bench/ingest.ts';
import { seedArticles, type SeedReport, type Work } from '../../src/cli/seed.ts';
import { Db } from '../../src/db/executor.ts';
import { ensureLocalNeo4j, LOCAL_NEO4J_PASSWORD, stopLocalNeo4j, type LocalNeo4j } from '../../src/db/local-neo4j.ts';
import { migrate } from '../../src/db/migrations.ts';
import { createLoader, type Loader, type LoaderOptions } from '../../src/graph/loader.ts';
import { extract } from '../../src/ingest/extract.ts';
import { readArticles } from '../../src/ingest/read.ts';
import { createLogger } from '../../src/logger.ts';
import { canonicalDump } from '../graph/fixtures.ts';
import { openTestDb, resetTestGraph } from '../helpers/db.ts';
import { testConnection } from '../helpers/neo4j.ts';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.ts';

const LONG = process.env.RELIABILITY_LONG === '1';
const N = LONG ? 2_000 : 200;
/** Per test: three loads of every article on a loaded 2-core machine (about 10 articles/s at worst). */
const TIMEOUT = LONG ? 1_800_000 : 180_000;
const logger = createLogger({ level: 'silent', format: 'json' });
const FAULT_PORT = Number(process.env.NEO4J_FAULT_PORT || 7694);

let db: Db;
let work: Work[];
/** The graph of one clean sequential load of every article, and what each article contributes. */
let expected: string;
let mentionsOf: Map<string, string>;

const seed = (loaderOptions: LoaderOptions, items: readonly Work[], on: Db, concurrency = 2): Promise<SeedReport> =>
  seedArticles({ logger, graph: { loader: createLoader(on, { batchSize: 10, ...loaderOptions }) } }, items, { concurrency, batchSize: 10, progress: false });

/** Per article: how many officials, countries and meetings link to it (MENTIONED_IN). */
async function mentions(on: Db): Promise<Map<string, string>> {
  const rows = await on.readRows<{ id: string; officials: number; countries: number; meetings: number }>(
    'test:faults-mentions',
    `MATCH (a:Article) WHERE a.id STARTS WITH 'bench-'
     RETURN a.id AS id,
       COUNT { (:Official)-[:MENTIONED_IN]->(a) } AS officials,
       COUNT { (:Country)-[:MENTIONED_IN]->(a) } AS countries,
       COUNT { (:Meeting)-[:MENTIONED_IN]->(a) } AS meetings`,
  );
  return new Map(rows.map((r) => [r.id, `${r.officials} officials, ${r.countries} countries, ${r.meetings} meetings`]));
}

/**
 * After a faulted run: every article present has exactly what a clean load gives it (no half article),
 * and every article reported loaded is present. One reported failed may be present too, whole: the fault
 * can come between COMMIT and its answer. Returns what is present.
 */
async function expectNoHalfArticles(report: SeedReport, on: Db): Promise<Map<string, string>> {
  const present = await mentions(on);
  for (const [id, got] of present) expect(got, id).toBe(mentionsOf.get(id));
  const failedIds = new Set(report.failures.map((f) => f.id));
  for (const w of work) if (!failedIds.has(w.article.id)) expect(present.has(w.article.id), w.article.id).toBe(true);
  return present;
}

/** The same seed run again completes the graph to exactly the clean load's, skipping what is present. */
async function expectRerunCompletes(present: number, on: Db): Promise<void> {
  const again = await seed({}, work, on);
  expect(again.failed, JSON.stringify(again.failures.slice(0, 3))).toBe(0);
  expect(again.unchanged).toBe(present);
  expect(again.new).toBe(N - present);
  expect(await canonicalDump(on)).toBe(expected);
}

beforeAll(async () => {
  db = await openTestDb();
  work = syntheticArticles(N).flatMap(({ name, text }) =>
    readArticles({ name, bytes: Buffer.from(text) }).map((r) => {
      if (!r.ok) throw new Error(`generated article ${name} did not read: ${r.error.message}`);
      return { file: name, article: r.article };
    }),
  );
  // the generated articles do produce facts
  expect(extract(work[0]!.article).meetings.length).toBeGreaterThan(0);
  await resetTestGraph(db);
  const clean = await seed({}, work, db, 1);
  expect(clean.failed).toBe(0);
  expected = await canonicalDump(db);
  mentionsOf = await mentions(db);
  expect(mentionsOf.size).toBe(N);
}, LONG ? 900_000 : 240_000);

afterAll(async () => {
  await db?.close();
});

describe('Neo4j process killed in the middle of a seed run', () => {
  let server: LocalNeo4j;
  const open = async (): Promise<Db> => {
    const on = new Db({ uri: server.uri, user: server.user, password: server.password, database: 'neo4j' }, { txTimeoutMs: 30_000, maxRetryTimeMs: 1_000 });
    await migrate(on);
    return on;
  };
  const start = () => ensureLocalNeo4j({ name: 'fault', port: FAULT_PORT, password: LOCAL_NEO4J_PASSWORD, heap: '512m', pageCache: '128m' });

  beforeAll(async () => {
    server = await start();
  }, 240_000);
  afterAll(async () => {
    await stopLocalNeo4j('fault');
  }, 60_000);

  it('reports what was not loaded, leaves no half article after recovery, and a re-run completes the graph', async () => {
    let before = await open();
    await resetTestGraph(before);
    let commits = 0;
    const killAt = Math.max(3, Math.floor(N / 10 / 3)); // about a third of the way through
    const killed = server.pid;
    let killedAt = 0;
    const loader = createLoader(before, {
      batchSize: 10,
      maxAttempts: 2,
      beforeCommit: () => {
        commits += 1;
        if (commits === killAt) {
          killedAt = performance.now();
          process.kill(killed, 'SIGKILL');
        }
      },
    });
    const t0 = performance.now();
    const report = await seedArticles({ logger, graph: { loader } }, work, { concurrency: 2, batchSize: 10, progress: false });
    const runSeconds = (performance.now() - t0) / 1000;
    const afterKillSeconds = (performance.now() - killedAt) / 1000;
    await before.close();
    expect(report.read).toBe(N);
    expect(report.failed).toBeGreaterThan(0);
    expect(report.new + report.failed).toBe(N);
    for (const f of report.failures) expect(f.reason).toMatch(/unreachable/i);

    // Neo4j back (a new process over the same store: it recovers from its transaction log).
    const t1 = performance.now();
    server = await start();
    expect(server.started).toBe(true);
    expect(server.pid).not.toBe(killed);
    const restartSeconds = (performance.now() - t1) / 1000;
    const after = await open();
    try {
      const partial = await expectNoHalfArticles(report, after);
      process.stderr.write(
        `[faults] ${N} articles, Neo4j killed before commit ${killAt}: run ended in ${runSeconds.toFixed(1)} s (${afterKillSeconds.toFixed(1)} s after the kill) with ${report.new} loaded, ${report.failed} reported not loaded; ` +
          `restart + recovery ${restartSeconds.toFixed(1)} s, ${partial.size} articles in the graph\n`,
      );
      // at most the other worker's batch committed in the instant of the kill, before its answer came back
      expect(partial.size).toBeLessThanOrEqual(report.new + 10);
      await expectRerunCompletes(partial.size, after);
    } finally {
      await after.close();
    }
  }, TIMEOUT + 240_000);
});

describe('Neo4j connection cut in the middle of a seed run', () => {
  let proxy: TcpProxy;
  let viaProxy: Db;
  beforeAll(async () => {
    const conn = testConnection();
    proxy = await startTcpProxy(Number(new URL(conn.uri.replace(/^bolt/, 'http')).port));
    viaProxy = new Db({ ...conn, uri: `bolt://127.0.0.1:${proxy.port}`, database: db.database }, { txTimeoutMs: 10_000, maxRetryTimeMs: 500 });
  });
  afterAll(async () => {
    await viaProxy?.close();
    await proxy?.close();
  });

  it('reports failures without crashing, writes no half article, and a re-run completes the graph', async () => {
    await resetTestGraph(db);
    let commits = 0;
    let down = false;
    let restored: Promise<void> | undefined;
    const cutAt = Math.max(3, Math.floor(N / 10 / 3)); // about a third of the way through
    // Cut inside a transaction, after its writes and before its commit. Neo4j stays away until a batch
    // has been reported failed (the driver and the loader retry for a while first), then comes back.
    const inner = createLoader(viaProxy, {
      batchSize: 10,
      maxAttempts: 2,
      beforeCommit: async () => {
        commits += 1;
        if (commits === cutAt) {
          down = true;
          await proxy.cut();
        }
      },
    });
    const loader: Pick<Loader, 'load'> = {
      async load(items) {
        const results = await inner.load(items);
        if (down && results.some((r) => r.status === 'failed')) {
          down = false;
          restored = proxy.restore();
        }
        return results;
      },
    };
    const report = await seedArticles({ logger, graph: { loader: loader as Loader } }, work, { concurrency: 2, batchSize: 10, progress: false });
    await restored;
    process.stderr.write(`[faults] ${N} articles, connection cut before commit ${cutAt}: ${report.new} loaded, ${report.failed} reported failed\n`);
    expect(report.read).toBe(N);
    expect(report.failed).toBeGreaterThan(0);
    expect(report.new + report.failed).toBe(N);
    for (const f of report.failures) expect(f.reason).toMatch(/Neo4j|unreachable|connection|unavailable|closed/i);

    const partial = await expectNoHalfArticles(report, db);
    expect(partial.size).toBeGreaterThan(0);
    expect(partial.size).toBeLessThan(N);
    // The same run again, through the restored proxy.
    await expectRerunCompletes(partial.size, viaProxy);
  }, TIMEOUT);
});

describe('two seed runs at once', () => {
  it('over overlapping article sets give the graph of one run', async () => {
    await resetTestGraph(db);
    // first run: the first 70 %, second run: the last 70 % in reverse order; 40 % overlap
    const a = work.slice(0, Math.ceil(N * 0.7));
    const b = work.slice(Math.floor(N * 0.3)).reverse();
    const [ra, rb] = await Promise.all([seed({}, a, db), seed({}, b, db)]);
    expect(ra.failed + rb.failed).toBe(0);
    expect(ra.new + rb.new).toBe(N);
    expect(await canonicalDump(db)).toBe(expected);
  }, TIMEOUT);
});
