// npm run bench:api [-- --requests 500] [--warmup 300] [--rebuild] [--baseline /path/to/other/tree] [--only whoMet] [--port 7689]
// Builds a synthetic graph (bench/lib/graph.ts: 20k officials, 200 countries, 100k meetings, 20k
// articles) in the local 'bench' Neo4j (port 7689 or --port), starts the API server in a child process (and,
// with --baseline, a second one from another checkout, for before/after in the same run), and drives
// both from a separate load-client process over loopback:
//   - API: POST /graphql (keep-alive), the whole response read and parsed;
//   - raw: the exact Cypher statements the API ran for the same request (recorded in the server),
//     replayed with a bare neo4j-driver session the way the server ran them (its reads are auto-commit
//     session.run with a timeout and metadata: the same here), and, for reference, each in an
//     executeRead (raw-managed: one round trip more per statement, the comparison before 2026-11-25);
//     and once more paced (raw paced: the client idle before each replay as long as Neo4j is idle
//     between the API's requests, which makes the same statement about 1 ms slower: bench/db-gap.ts);
//   - floors: RETURN 1 through the bare driver (executeRead, auto-commit) and through the executor,
//     and `{ __typename }` through HTTP + yoga (no database).
// Latencies at concurrency 1 are measured in interleaved rounds (API, raw, raw auto-commit, then the
// baseline's, …) so drift on this shared machine hits all of them alike; throughput at concurrency 16 after.
// Ends with the PROFILE of every statement of each query (operators, index seeks, db hits).
// The server children take GraphQL settings from the environment like the service: GRAPHQL_JIT=false
// npm run bench:api … runs both trees' servers without compiled execution (each tree's own default otherwise).
// Note: bench:ingest uses the same server and clears it; do not run both at once.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { Db } from '../src/db/executor.ts';
import { ensureLocalNeo4j, ensureNeo4jInstalled, LOCAL_NEO4J_PASSWORD, type LocalNeo4jName } from '../src/db/local-neo4j.ts';
import { migrate } from '../src/db/migrations.ts';
import { busy, CASES, VARIANTS } from './lib/cases.ts';
import { buildGraph } from './lib/graph.ts';
import { decodeParams, percentile, type ClientJob, type Conn, type Measured, type RequestTiming, type Statement } from './lib/protocol.ts';

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '500' },
    rebuild: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    only: { type: 'string' },
    /** Bolt port of the local 'bench' Neo4j (another checkout benchmarking on the same machine needs its own). */
    port: { type: 'string', default: '7689' },
    rounds: { type: 'string', default: '5' },
    /**
     * Requests of each query (API, then raw, per target) and of each floor before the timed rounds.
     * Neo4j's own JIT keeps speeding up the same calls over thousands of them (bare-driver RETURN 1
     * went from 4 ms to 0.7 ms p50 over ~10,000 in a standalone probe), so a short warm-up leaves the
     * first rounds colder than the last; both sides get the same number.
     */
    warmup: { type: 'string', default: '300' },
    'no-profile': { type: 'boolean', default: false },
    /** Write V8 CPU profiles of the server processes into this directory (summarize with bench/lib/cpuprofile.ts). */
    'cpu-prof': { type: 'string' },
  },
});
const REQUESTS = Math.min(Math.max(Number(values.requests), 50), 5_000);
const ROUNDS = Math.min(Math.max(Number(values.rounds), 1), 20);
const WARMUP = Math.min(Math.max(Number(values.warmup), 0), 20_000);
const C16 = 16;
/** Bound on one measurement job (the request count is reached first unless the machine stalls). */
const MAX_MS = 60_000;
/** Throughput at c=16: REQUESTS requests or this long, whichever comes first. */
const MAX_MS_C16 = 15_000;
const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');

// ---------------------------------------------------------------- child processes

const tsxArgs = ['--import', 'tsx'];

class Child {
  private waiting = new Map<number, (m: any) => void>();
  private listeners: ((m: any) => void)[] = [];
  private nextId = 1;
  constructor(readonly proc: ChildProcess) {
    proc.on('message', (m: any) => {
      if (typeof m?.id === 'number' && this.waiting.has(m.id)) {
        this.waiting.get(m.id)!(m);
        this.waiting.delete(m.id);
      } else {
        for (const l of this.listeners.splice(0)) l(m);
      }
    });
  }
  static async start(file: string, env: Record<string, string>, cwd: string, execArgv: string[] = []): Promise<{ child: Child; hello: any }> {
    const proc = fork(file, [], { cwd, env: { ...process.env, ...env }, execArgv: [...tsxArgs, ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const child = new Child(proc);
    const hello = await new Promise<any>((resolve, reject) => {
      child.listeners.push(resolve);
      proc.once('exit', (c) => reject(new Error(`${file} exited with ${c}`)));
    });
    return { child, hello };
  }
  /** A message without id and the next message without id as its answer. */
  ask(msg: object): Promise<any> {
    return new Promise((resolve) => {
      this.listeners.push(resolve);
      this.proc.send(msg);
    });
  }
  job(job: ClientJob): Promise<Measured> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (m) => (m.error ? reject(new Error(m.error)) : resolve(m)));
      this.proc.send({ ...job, id });
    });
  }
}

interface Target {
  label: string;
  tree: string;
  server: Child;
  url: string;
}

// ---------------------------------------------------------------- report helpers

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '-');
const rps = (m: { n: number; ms: number }) => (m.n / (m.ms / 1000)).toFixed(0);
function table(header: string[], rows: string[][]): string {
  const w = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join(' | ')} |`;
  return [line(header), `|${w.map((x) => '-'.repeat(x + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function planSummary(plan: any, depth = 0, out: string[] = []): string[] {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 140);
  out.push(`${'  '.repeat(depth)}${plan.operatorType.replace(/@neo4j$/, '')}${details ? ` ${details}` : ''}  rows=${plan.rows} hits=${plan.dbHits}`);
  for (const c of plan.children ?? []) planSummary(c, depth + 1, out);
  return out;
}
function totalHits(plan: any): number {
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((s: number, c: any) => s + totalHits(c), 0);
}

// ---------------------------------------------------------------- main

async function main() {
  process.stdout.write(`bench:api ${new Date().toISOString()}\n`);
  await ensureNeo4jInstalled();
  const server = await ensureLocalNeo4j({ name: 'bench' as LocalNeo4jName, port: Number(values.port), password: LOCAL_NEO4J_PASSWORD, heap: '2g', pageCache: '1g', txMemory: '1g' });
  const conn: Conn = { uri: server.uri, user: server.user, password: server.password, database: 'neo4j' };
  const db = new Db(conn, { txTimeoutMs: 60_000 });
  await migrate(db);
  await buildGraph(db, values.rebuild);

  // How busy the officials we ask about are (the skew of the synthetic data).
  const ids = Array.from({ length: VARIANTS }, (_, i) => busy(i));
  const deg = await db.readRows<{ n: number }>('bench:degrees', 'UNWIND $ids AS id MATCH (o:Official {id: id}) RETURN COUNT { (o)-[:ATTENDED]->() } AS n', { ids });
  const ds = deg.map((d) => d.n);
  const [top] = await db.readRows<{ max: number; p99: number; med: number }>(
    'bench:degrees',
    'MATCH (o:Official) WITH COUNT { (o)-[:ATTENDED]->() } AS n RETURN max(n) AS max, percentileDisc(n, 0.99) AS p99, percentileDisc(n, 0.5) AS med',
  );
  process.stdout.write(
    `data: meetings per queried official min ${Math.min(...ds)} / median ${percentile(ds, 50)} / max ${Math.max(...ds)}; all officials median ${top!.med}, p99 ${top!.p99}, max ${top!.max}\n`,
  );

  const trees: { label: string; tree: string }[] = [{ label: 'api', tree: ROOT }];
  if (values.baseline) trees.push({ label: 'before', tree: path.resolve(values.baseline) });
  const env = { BENCH_CONN: JSON.stringify(conn) };
  const targets: Target[] = [];
  for (const t of trees) {
    const prof = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
    // NODE_ENV=production as in the Dockerfile and docker-compose (graphql-js skips its development checks).
    const { child, hello } = await Child.start(path.join(here, 'lib/server.ts'), { ...env, BENCH_TREE: t.tree, NODE_ENV: 'production' }, t.tree, prof);
    targets.push({ ...t, server: child, url: hello.url });
  }
  const { child: client } = await Child.start(path.join(here, 'lib/client.ts'), env, ROOT);
  const cases = values.only ? CASES.filter((c) => c.name.startsWith(values.only!)) : CASES;

  try {
    // ---- floors
    process.stdout.write(`\nfloors (c=1, ${REQUESTS} requests after warm-up; ms)\n`);
    const floorRows: string[][] = [];
    const floorJobs: [string, ClientJob][] = [
      ['driver session.executeRead RETURN 1', { kind: 'floor', what: 'executeRead', n: REQUESTS, concurrency: 1, maxMs: MAX_MS }],
      ['driver session.run (auto-commit) RETURN 1', { kind: 'floor', what: 'autocommit', n: REQUESTS, concurrency: 1, maxMs: MAX_MS }],
      ...targets.map((t): [string, ClientJob] => [`${t.label}: executor Db.readRows RETURN 1`, { kind: 'floor', what: 'executor', tree: t.tree, n: REQUESTS, concurrency: 1, maxMs: MAX_MS }]),
      ...targets.map((t): [string, ClientJob] => [`${t.label}: HTTP + yoga { __typename }`, { kind: 'api', url: t.url, bodies: [{ query: '{ __typename }', variables: {} }], n: REQUESTS, concurrency: 1, maxMs: MAX_MS }]),
    ];
    for (const [, job] of floorJobs) await client.job({ ...job, n: Math.max(WARMUP, 100) }); // warm-up
    const floorLat = new Map<string, number[]>(floorJobs.map(([name]) => [name, []]));
    for (let r = 0; r < ROUNDS; r++) {
      for (const [name, job] of floorJobs) floorLat.get(name)!.push(...(await client.job({ ...job, n: Math.ceil(REQUESTS / ROUNDS) })).lat);
    }
    for (const [name] of floorJobs) {
      const l = floorLat.get(name)!;
      floorRows.push([name, f1(percentile(l, 50)), f1(percentile(l, 99))]);
    }
    process.stdout.write(`${table(['floor', 'p50', 'p99'], floorRows)}\n`);

    // ---- queries
    const results: string[][] = [];
    const timelines: string[][] = [];
    const recorded = new Map<string, Statement[][]>();
    for (const c of cases) {
      const bodies = Array.from({ length: VARIANTS }, (_, i) => c.gql(i));
      for (const t of targets) {
        await client.job({ kind: 'api', url: t.url, bodies, n: VARIANTS, concurrency: 4, maxMs: MAX_MS }); // warm-up (plans, caches)
        const statements: Statement[][] = [];
        for (const b of bodies) {
          await t.server.ask({ type: 'record' });
          await client.job({ kind: 'api', url: t.url, bodies: [b], n: 1, concurrency: 1, maxMs: MAX_MS });
          statements.push((await t.server.ask({ type: 'stop-record' })).statements);
        }
        recorded.set(`${t.label}|${c.name}`, statements);
        await client.job({ kind: 'raw', statements, n: VARIANTS, concurrency: 4, maxMs: MAX_MS, tx: 'recorded' }); // warm-up
      }
      // The longer warm-up, at c=1 like the rounds, API and raw alike.
      for (const t of targets) {
        if (WARMUP === 0) break;
        await client.job({ kind: 'api', url: t.url, bodies, n: WARMUP, concurrency: 1, maxMs: MAX_MS });
        await client.job({ kind: 'raw', statements: recorded.get(`${t.label}|${c.name}`)!, n: WARMUP, concurrency: 1, maxMs: MAX_MS, tx: 'recorded' });
      }
      const lat = new Map<string, { lat: number[]; ms: number; n: number }>();
      const acc = (k: string, m: Measured) => {
        const a = lat.get(k) ?? { lat: [], ms: 0, n: 0 };
        a.lat.push(...m.lat);
        a.ms += m.ms;
        a.n += m.lat.length;
        lat.set(k, a);
      };
      const per = Math.ceil(REQUESTS / ROUNDS);
      const dbTime = new Map<string, number[]>();
      const serverTime = new Map<string, RequestTiming[]>();
      /** p50 of each round, API/raw, per target: a drift from the first round to the last is warm-up still going on. */
      const perRound = new Map<string, string[]>();
      for (let r = 0; r < ROUNDS; r++) {
        for (const t of targets) {
          await t.server.ask({ type: 'dbstats' });
          const m = await client.job({ kind: 'api', url: t.url, bodies, n: per, concurrency: 1, maxMs: MAX_MS, offset: r * per });
          acc(`${t.label}|api`, m);
          const stats = await t.server.ask({ type: 'dbstats' });
          dbTime.set(t.label, [...(dbTime.get(t.label) ?? []), ...stats.calls]);
          serverTime.set(t.label, [...(serverTime.get(t.label) ?? []), ...stats.requests]);
          const roundRaw = await client.job({ kind: 'raw', statements: recorded.get(`${t.label}|${c.name}`)!, n: per, concurrency: 1, maxMs: MAX_MS, offset: r * per, tx: 'recorded' });
          perRound.set(t.label, [...(perRound.get(t.label) ?? []), `${f1(percentile(m.lat, 50))}/${f1(percentile(roundRaw.lat, 50))}`]);
          acc(`${t.label}|raw`, roundRaw);
          acc(`${t.label}|rawmg`, await client.job({ kind: 'raw', statements: recorded.get(`${t.label}|${c.name}`)!, n: per, concurrency: 1, maxMs: MAX_MS, offset: r * per, tx: 'managed' }));
          // Paced: each replay after as long an idle time as Neo4j has between the API's requests here
          // (this round's API p50 minus the server's db p50: HTTP, GraphQL and the client around it).
          const idleMs = Math.max(0, percentile(m.lat, 50) - percentile(stats.requests.map((x: RequestTiming) => x.db), 50));
          acc(`${t.label}|rawpaced`, await client.job({ kind: 'raw', statements: recorded.get(`${t.label}|${c.name}`)!, n: per, concurrency: 1, maxMs: MAX_MS, offset: r * per, tx: 'recorded', idleMs }));
        }
      }
      for (const t of targets) {
        const api16 = await client.job({ kind: 'api', url: t.url, bodies, n: REQUESTS, concurrency: C16, maxMs: MAX_MS_C16 });
        const raw16 = await client.job({ kind: 'raw', statements: recorded.get(`${t.label}|${c.name}`)!, n: REQUESTS, concurrency: C16, maxMs: MAX_MS_C16, tx: 'recorded' });
        const a = lat.get(`${t.label}|api`)!;
        const r = lat.get(`${t.label}|raw`)!;
        const mg = lat.get(`${t.label}|rawmg`)!;
        const paced = lat.get(`${t.label}|rawpaced`)!;
        const d = dbTime.get(t.label)!;
        results.push([
          `${t.label === 'api' ? '' : `${t.label}: `}${c.name}`,
          f1(percentile(a.lat, 50)),
          f1(percentile(a.lat, 99)),
          f1(percentile(r.lat, 50)),
          f1(percentile(r.lat, 99)),
          (percentile(a.lat, 50) / percentile(r.lat, 50)).toFixed(2),
          f1(percentile(mg.lat, 50)),
          f1(percentile(mg.lat, 99)),
          (percentile(a.lat, 50) / percentile(mg.lat, 50)).toFixed(2),
          f1(percentile(paced.lat, 50)),
          (percentile(a.lat, 50) / percentile(paced.lat, 50)).toFixed(2),
          f1(percentile(d, 50)),
          (d.length / a.n).toFixed(1),
          rps(a),
          rps({ n: api16.lat.length, ms: api16.ms }),
          f1(percentile(api16.lat, 50)),
          rps({ n: raw16.lat.length, ms: raw16.ms }),
        ]);
        const st = serverTime.get(t.label)!;
        const p50 = (k: keyof RequestTiming) => percentile(st.map((x) => x[k]), 50);
        timelines.push([
          `${t.label === 'api' ? '' : `${t.label}: `}${c.name}`,
          f1(percentile(a.lat, 50)),
          f1(p50('total')),
          f1(percentile(a.lat, 50) - p50('total')),
          f1(p50('beforeDb')),
          f1(p50('db')),
          f1(p50('afterDb')),
        ]);
      }
      process.stdout.write(`  measured ${c.name}; p50 API/raw by round: ${targets.map((t) => `${t.label} ${perRound.get(t.label)!.join(' ')}`).join('; ')}\n`);
    }
    const kinds = new Map<string, number>();
    for (const s of [...recorded.values()].flat(2)) kinds.set(s.tx ?? 'managed', (kinds.get(s.tx ?? 'managed') ?? 0) + 1);
    const txKinds = [...kinds].map(([k, n]) => `${n} statements ${k === 'auto' ? 'auto-commit' : 'in executeRead'}`).join(', ');
    process.stdout.write(
      `\nqueries (c=1: ${REQUESTS} requests each in ${ROUNDS} interleaved rounds after a warm-up of ${WARMUP} API and ${WARMUP} raw requests; c=16: ${REQUESTS} requests or ${MAX_MS_C16 / 1000} s; latencies in ms)\n` +
        `${table(['query', 'API p50', 'API p99', 'raw p50', 'raw p99', 'ratio p50', 'raw-managed p50', 'raw-managed p99', 'ratio-managed p50', 'raw paced p50', 'ratio paced p50', 'server db p50/stmt', 'stmts/req', 'API req/s c=1', 'API req/s c=16', 'API p50 c=16', 'raw req/s c=16'], results)}\n` +
        `\nraw = the statements the API ran for the same request, replayed with a bare driver session as the API ran them (${txKinds}), same timeout and metadata;` +
        `\nraw-managed = the same statements each in session.executeRead (one round trip more per statement): the raw column of runs before 2026-11-25, for comparison only.` +
        `\nraw paced = raw with the client idle before each replay for as long as Neo4j idles between the API's requests (API p50 − server db p50 of the round):` +
        `\n  the same statements arriving at the same pace; back to back, they find Neo4j and the CPUs warm (bench/db-gap.ts --gap).` +
        `\nserver db p50/stmt = median time of one Db.readRows call inside the API server (c=1), the executor's share of an API request.` +
        `\nGoals: API/raw p50 ≤ 1.3, whoMet p99 ≤ 20 ms.\n` +
        `\nwhere an API request's time goes (c=1, p50 of each part separately, so they need not add up; ms)\n` +
        `${table(['query', 'API p50 (client)', 'server p50', 'client − server', 'before db', 'db (first start → last answer)', 'after db'], timelines)}\n` +
        `server = from the server's 'request' event to res.end(); client − server = loopback HTTP both ways, process wake-ups and the client's own work.\n`,
    );

    if (!values['no-profile']) {
      process.stdout.write('\nPROFILE (request 0 of each query, every statement the API ran):\n');
      for (const t of targets) {
        for (const c of cases) {
          const steps = recorded.get(`${t.label}|${c.name}`)![0]!;
          for (const [k, s] of steps.entries()) {
            const session = db.driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
            try {
              const res = await session.run(`PROFILE ${s.cypher}`, decodeParams(s.params) as Record<string, unknown>);
              const plan = res.summary.profile as any;
              process.stdout.write(`\n-- ${t.label}: ${c.name} [${k + 1}/${steps.length}] total db hits ${totalHits(plan)}\n${planSummary(plan).map((l) => `   ${l}`).join('\n')}\n`);
            } finally {
              await session.close();
            }
          }
        }
      }
    }
  } finally {
    client.proc.disconnect();
    await Promise.all(targets.map((t) => new Promise((resolve) => {
      t.server.proc.once('exit', resolve);
      t.server.proc.send({ type: 'close' });
    })));
    await db.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:api failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
