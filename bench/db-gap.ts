// npm run bench:db-gap -- [--port 7689] [--only whoMet] [--n 300] [--rounds 5]
// Why one statement takes longer inside the API server than the same statement replayed by a bare
// driver in another process. Uses the graph bench:api built (run it once first). Forks the API server
// (bench/lib/server.ts with BENCH_WIRE=1) and, in interleaved rounds at c=1, times the same recorded
// statements four ways, each split on the Bolt socket (bench/lib/wire.ts) into call → write, write →
// first answer bytes, first → last bytes, last bytes → returned:
//   api     inside the server, during HTTP requests (its Db.readRows)
//   raw     this process, a bare driver (what bench:api's raw column does)
//   db      inside the server, between requests, its Db.readRows called in a loop (no HTTP)
//   bare    inside the server, between requests, a bare driver made there
//   raw/db, N ms idle  (--gap N) the same with N ms of idleness before each request (--spin: this
//                      process busy-waits instead, so only Neo4j idles)
// Extra server flags: SERVER_NODE_OPTIONS='--trace-gc' etc. are passed to the server child.
import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { LOCAL_NEO4J_PASSWORD } from '../src/db/local-neo4j.ts';
import { CASES, VARIANTS } from './lib/cases.ts';
import { postGraphql } from './lib/post.ts';
import { decodeParams, percentile, type Conn, type Statement } from './lib/protocol.ts';
import { installWire, takeParts, traced, type WireParts } from './lib/wire.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '7689' },
    only: { type: 'string', default: 'whoMet' },
    n: { type: 'string', default: '300' },
    rounds: { type: 'string', default: '5' },
    warmup: { type: 'string', default: '500' },
    /** Also time raw and db with this many ms of idleness between requests (as an API request has around its statement). */
    gap: { type: 'string', default: '0' },
    /** The idleness is this process spinning (busy) instead of sleeping: only Neo4j idles. */
    spin: { type: 'boolean', default: false },
    /** Percentiles (50, 25, …) or 'mean', comma-separated. */
    stat: { type: 'string', default: '25,50,mean' },
  },
});
const here = path.dirname(fileURLToPath(import.meta.url));
const conn: Conn = { uri: `bolt://127.0.0.1:${values.port}`, user: 'neo4j', password: LOCAL_NEO4J_PASSWORD, database: 'neo4j' };
const N = Number(values.n);
installWire(Number(values.port));

const proc: ChildProcess = fork(path.join(here, 'lib/server.ts'), [], {
  env: { ...process.env, BENCH_CONN: JSON.stringify(conn), NODE_ENV: 'production', BENCH_WIRE: '1' },
  execArgv: ['--import', 'tsx', ...(process.env.SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [])],
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ask = (msg: object) => new Promise<any>((resolve) => { proc.once('message', resolve); proc.send(msg); });
const hello = await new Promise<any>((resolve) => proc.once('message', resolve));
const url = new URL(hello.url);
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true, notificationFilter: { minimumSeverityLevel: 'OFF' } });

const c = CASES.find((x) => x.name.startsWith(values.only!))!;
const bodies = Array.from({ length: VARIANTS }, (_, i) => c.gql(i));
const statements: Statement[][] = [];
for (const b of bodies) {
  await ask({ type: 'record' });
  await postGraphql(agent, url, JSON.stringify(b));
  statements.push((await ask({ type: 'stop-record' })).statements);
}
const decoded = statements.map((steps) => steps.map((s) => ({ ...s, params: decodeParams(s.params) as Record<string, unknown> })));
process.stdout.write(`${c.name}: ${statements[0]!.length} statement(s) per request\n`);

async function api(n: number): Promise<number[]> {
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await postGraphql(agent, url, JSON.stringify(bodies[i % bodies.length]));
    lat.push(performance.now() - t);
  }
  return lat;
}
const GAP = Number(values.gap);
const SPIN = values.spin;
function idle(ms: number): Promise<unknown> {
  if (ms <= 0) return Promise.resolve();
  if (!SPIN) return new Promise((r) => setTimeout(r, ms));
  const until = performance.now() + ms;
  while (performance.now() < until);
  return Promise.resolve();
}
async function raw(n: number, gap = 0): Promise<number[]> {
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    await idle(gap);
    const t = performance.now();
    for (const s of decoded[i % decoded.length]!) {
      await traced(async () => {
        const session = driver.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
        try {
          (await session.run(s.cypher, s.params, s.config)).records.map((r) => r.toObject());
        } finally {
          await session.close();
        }
      });
    }
    lat.push(performance.now() - t);
  }
  return lat;
}

const W = Number(values.warmup);
await api(W);
await raw(W);
await ask({ type: 'inproc', statements, n: W, how: 'db' });
await ask({ type: 'inproc', statements, n: W, how: 'bare' });
await ask({ type: 'wire' });
await takeParts();

const acc = new Map<string, { lat: number[]; parts: WireParts[] }>();
const add = (k: string, lat: number[], parts: WireParts[]) => {
  const a = acc.get(k) ?? { lat: [], parts: [] };
  a.lat.push(...lat);
  a.parts.push(...parts);
  acc.set(k, a);
};
const h = monitorEventLoopDelay({ resolution: 1 });
for (let r = 0; r < Number(values.rounds); r++) {
  add('api', await api(N), (await ask({ type: 'wire' })).parts);
  add('raw', await raw(N), await takeParts());
  const d = await ask({ type: 'inproc', statements, n: N, how: 'db' });
  add('db (in server)', d.lat, (await ask({ type: 'wire' })).parts);
  const b = await ask({ type: 'inproc', statements, n: N, how: 'bare' });
  add('bare (in server)', b.lat, (await ask({ type: 'wire' })).parts);
  if (GAP > 0) {
    add(`raw, ${GAP} ms ${SPIN ? 'spin' : 'idle'}`, await raw(N, GAP), await takeParts());
    const g = await ask({ type: 'inproc', statements, n: N, how: 'db', gap: GAP, spin: SPIN });
    add(`db, ${GAP} ms ${SPIN ? 'spin' : 'idle'}`, g.lat, (await ask({ type: 'wire' })).parts);
  }
}
const f = (x: number) => x.toFixed(2);
for (const which of values.stat.split(',')) {
  const stat = (xs: number[]) => (which === 'mean' ? xs.reduce((s, x) => s + x, 0) / xs.length : percentile(xs, Number(which)));
  const rows = [...acc].map(([k, a]) => {
    const p = (key: Exclude<keyof WireParts, 'marks'>) => f(stat(a.parts.map((x) => x[key])));
    return `| ${k.padEnd(20)} | ${f(stat(a.lat)).padStart(7)} | ${p('total').padStart(6)} | ${p('toWrite').padStart(6)} | ${p('server').padStart(9)} | ${p('receive').padStart(5)} | ${p('after').padStart(5)} | ${p('gc').padStart(5)} | ${['run resolved', 'toObject', 'closed'].map((m) => f(stat(a.parts.map((x) => x.marks[m] ?? NaN)))).join(' / ')} |`;
  });
  process.stdout.write(
    `\n${which === 'mean' ? 'mean' : `p${which}`} ms (c=1, ${Number(values.rounds)} interleaved rounds of ${N})\n` +
      `| how                  | request | stmt   | →write | →1st byte | recv  | after | gc in stmt | after: run resolved / toObject / closed |\n` +
      rows.join('\n') +
      '\n',
  );
}
h.disable();
proc.send({ type: 'close' });
await driver.close();
agent.destroy();
