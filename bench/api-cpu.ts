// npm run bench:api-cpu [-- --requests 400] [--rounds 3] [--baseline /path/to/other/tree] [--only whoMet] [--port 7689]
// The API's own CPU per request, without the database and without HTTP: the bench:api queries sent
// to the app in process (yoga.fetch), with every Db.readRows answered from memory after its first,
// real, call (the synthetic graph of bench:api must exist on the 'bench' Neo4j: run bench:api once).
// What it measures is parsing/validation caches, context, Pothos/graphql-js execution, result
// mapping and JSON: the share of an API request that latency runs on this shared machine blur.
// Each tree runs in its own process (NODE_ENV=production, GraphQL settings from the environment,
// e.g. GRAPHQL_JIT=false); trees alternate over the rounds, and the median round is reported.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES, VARIANTS } from './lib/cases.ts';
import { percentile } from './lib/protocol.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..');

interface ChildResult {
  /** CPU ms per request (user + system) and wall ms per request, by case name. */
  cases: Record<string, { cpu: number; wall: number }>;
}

async function child(): Promise<void> {
  const tree = process.env.BENCH_TREE!;
  const n = Number(process.env.BENCH_REQUESTS);
  const only = process.env.BENCH_ONLY;
  const mod = (p: string) => import(pathToFileURL(`${tree}/${p}`).href);
  const [{ loadConfig }, { Db }, { createGraph }, { createLogger }, { createApp }, { LOCAL_NEO4J_PASSWORD }] = await Promise.all([
    mod('src/config.ts'),
    mod('src/db/executor.ts'),
    mod('src/graph/index.ts'),
    mod('src/logger.ts'),
    mod('src/app.ts'),
    mod('src/db/local-neo4j.ts'),
  ]);
  const conn = { uri: `bolt://127.0.0.1:${process.env.BENCH_PORT}`, user: 'neo4j', password: LOCAL_NEO4J_PASSWORD as string, database: 'neo4j' };
  // Rows by statement and parameters (neo4j Integers by value): the first call asks Neo4j.
  const rows = new Map<string, unknown>();
  const readRows = Db.prototype.readRows;
  Db.prototype.readRows = async function (this: unknown, operation: string, cypher: string, params: Record<string, unknown> = {}, opts?: unknown) {
    const key = `${cypher}\n${JSON.stringify(params, (_k, v: unknown) => (v && typeof v === 'object' && 'low' in v && 'high' in v ? String(v) : v))}`;
    let r = rows.get(key);
    if (r === undefined) {
      r = await readRows.call(this, operation, cypher, params, opts);
      rows.set(key, r);
    }
    return r;
  };
  const config = loadConfig({ ...process.env, NEO4J_URI: conn.uri, NEO4J_PASSWORD: conn.password, LOG_LEVEL: 'warn', NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'false' });
  const db = new Db(conn, { txTimeoutMs: 15_000 });
  const app = createApp({ config, db, graph: createGraph(db), logger: createLogger(config.log) });
  const send = async (body: unknown) => {
    const res = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  };
  const result: ChildResult = { cases: {} };
  for (const c of CASES) {
    if (only && !c.name.startsWith(only)) continue;
    const bodies = Array.from({ length: VARIANTS }, (_, i) => c.gql(i));
    for (let i = 0; i < VARIANTS + 200; i++) await send(bodies[i % VARIANTS]); // rows cached, code optimised
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await send(bodies[i % VARIANTS]);
    const cpu = process.cpuUsage(cpu0);
    result.cases[c.name] = { cpu: (cpu.user + cpu.system) / 1000 / n, wall: (performance.now() - t0) / n };
  }
  await db.close();
  process.send!(result);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '400' },
      rounds: { type: 'string', default: '3' },
      baseline: { type: 'string' },
      only: { type: 'string' },
      port: { type: 'string', default: '7689' },
    },
  });
  const trees = [{ label: 'api', tree: ROOT }, ...(values.baseline ? [{ label: 'before', tree: path.resolve(values.baseline) }] : [])];
  const rounds = Math.min(Math.max(Number(values.rounds), 1), 20);
  const got = new Map<string, { cpu: number[]; wall: number[] }>();
  process.stdout.write(`bench:api-cpu ${new Date().toISOString()}, ${values.requests} requests per query and round, ${rounds} rounds\n`);
  for (let r = 0; r < rounds; r++) {
    for (const t of trees) {
      const proc = fork(fileURLToPath(import.meta.url), [], {
        cwd: t.tree,
        execArgv: ['--import', 'tsx'],
        env: { ...process.env, NODE_ENV: 'production', BENCH_CPU_CHILD: '1', BENCH_TREE: t.tree, BENCH_REQUESTS: values.requests, BENCH_ONLY: values.only ?? '', BENCH_PORT: values.port },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      const res = await new Promise<ChildResult>((resolve, reject) => {
        proc.once('message', (m) => resolve(m as ChildResult));
        proc.once('exit', (code) => reject(new Error(`${t.label} exited with ${code}`)));
      });
      proc.kill();
      for (const [name, m] of Object.entries(res.cases)) {
        const k = `${t.label}|${name}`;
        const a = got.get(k) ?? { cpu: [], wall: [] };
        a.cpu.push(m.cpu);
        a.wall.push(m.wall);
        got.set(k, a);
      }
    }
  }
  const rows = [...got].map(([k, a]) => {
    const [label, name] = k.split('|');
    return `| ${`${label === 'api' ? '' : `${label}: `}${name}`.padEnd(26)} | ${percentile(a.cpu, 50).toFixed(2).padStart(7)} | ${a.cpu.map((x) => x.toFixed(2)).join(' ').padEnd(20)} | ${percentile(a.wall, 50).toFixed(2).padStart(8)} |`;
  });
  rows.sort((a, b) => a.replace(/^\| before: /, '| ').localeCompare(b.replace(/^\| before: /, '| ')));
  process.stdout.write(`| query                      | CPU ms/req (median round) | rounds               | wall ms/req |\n|---|---|---|---|\n${rows.join('\n')}\n`);
}

(process.env.BENCH_CPU_CHILD ? child() : main()).catch((err: unknown) => {
  process.stderr.write(`bench:api-cpu failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(1);
});
