// Child process: the real API server of one source tree (BENCH_TREE, default this checkout) on an
// ephemeral loopback port. It records the Cypher each request runs (Db.readRows) when asked, so the
// raw driver replays exactly what the API ran (each statement with the transaction kind and config
// the server's driver sessions were given), sums the time spent in Db.readRows, and keeps each
// request's timeline (before, during and after its statements).
import type { ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import neo4j from 'neo4j-driver';
import type { Conn, RequestTiming, Statement } from './protocol.ts';
import { decodeParams, encodeParams } from './protocol.ts';
import { startCpuProfile } from './profiler.ts';
import { installWire, mark as wireMark, takeParts, traced } from './wire.ts';

const tree = process.env.BENCH_TREE || process.cwd();
const conn = JSON.parse(process.env.BENCH_CONN ?? '{}') as Conn;
const mod = (p: string) => import(pathToFileURL(`${tree}/${p}`).href);

const [{ loadConfig }, { Db }, { createGraph }, { createLogger }, { startServer }] = await Promise.all([
  mod('src/config.ts'),
  mod('src/db/executor.ts'),
  mod('src/graph/index.ts'),
  mod('src/logger.ts'),
  mod('src/server.ts'),
]);

let recording: Statement[] | null = null;
let dbCalls: number[] = [];
let requests: RequestTiming[] = [];

/** The HTTP request being answered (the latency rounds send one at a time), for its timeline. */
interface Open {
  start: number;
  firstDb?: number;
  lastDb?: number;
  /** When res.end() was called: the response handed to Node. */
  ended?: number;
}
let open: Open | null = null;

// BENCH_WIRE=1: each statement's time on the Bolt socket (bench/lib/wire.ts), asked for with 'wire'.
const wire = process.env.BENCH_WIRE === '1';
if (wire) installWire(Number(new URL(conn.uri).port));
const readRows = Db.prototype.readRows;
Db.prototype.readRows = async function (this: unknown, operation: string, cypher: string, params: Record<string, unknown> = {}, opts?: unknown) {
  recording?.push({ cypher, params: encodeParams(params) as Record<string, unknown> });
  const request = open;
  const t = performance.now();
  if (request && request.firstDb === undefined) request.firstDb = t;
  try {
    return await (wire ? traced(() => readRows.call(this, operation, cypher, params, opts)) : readRows.call(this, operation, cypher, params, opts));
  } finally {
    const end = performance.now();
    dbCalls.push(end - t);
    if (request) request.lastDb = end;
  }
};

const config = loadConfig({
  ...process.env,
  NEO4J_URI: conn.uri,
  NEO4J_USER: conn.user,
  NEO4J_PASSWORD: conn.password,
  NEO4J_DATABASE: conn.database,
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  LOG_FORMAT: 'json',
  NODE_ENV: 'production',
  GRAPHQL_INTROSPECTION: 'false',
});
const db = new Db(conn, { txTimeoutMs: 15_000 });

/** The last recorded statement ran in a session as auto-commit (run) or managed (executeRead), with this config. */
function mark(tx: Statement['tx'], config: unknown) {
  const last = recording?.at(-1);
  if (last && !last.tx) Object.assign(last, { tx, config: config ?? {} });
}
const openSession = db.driver.session.bind(db.driver);
db.driver.session = (...args: Parameters<typeof openSession>) => {
  const session = openSession(...args);
  const run = session.run.bind(session);
  const executeRead = session.executeRead.bind(session);
  session.run = ((q: any, p?: any, c?: any) => (mark('auto', c), run(q, p, c))) as typeof session.run;
  session.executeRead = ((work: any, c?: any) => (mark('managed', c), executeRead(work, c))) as typeof session.executeRead;
  return session;
};
const running = await startServer({ config, db, graph: createGraph(db), logger: createLogger(config.log) });
// The load client keeps its sockets across jobs, with pauses (recording, other targets) longer than
// Node's default 5 s keep-alive: a socket the server closes just as the client reuses it hangs up.
running.server.keepAliveTimeout = 120_000;
// Each request's timeline in this process: from the 'request' event (headers parsed) to the first
// Db.readRows, the statements, and from the last one's answer until res.end() is called. Not until
// 'finish': the write inside res.end() wakes the client, which on a busy machine often runs first, so
// 'finish' came up to 1.4 ms later at p50 while the client was already reading the answer.
running.server.prependListener('request', (_req: unknown, res: ServerResponse) => {
  const request: Open = { start: performance.now() };
  open = request;
  const end = res.end.bind(res);
  res.end = ((...args: Parameters<typeof end>) => {
    request.ended ??= performance.now();
    return end(...args);
  }) as typeof res.end;
  res.once('finish', () => {
    if (open === request) open = null;
    const { start, firstDb, lastDb } = request;
    const ended = request.ended ?? performance.now();
    requests.push(
      firstDb === undefined || lastDb === undefined
        ? { total: ended - start, beforeDb: ended - start, db: 0, afterDb: 0 }
        : { total: ended - start, beforeDb: firstDb - start, db: lastDb - firstDb, afterDb: ended - lastDb },
    );
  });
});

process.on('message', (m: { type: string }) => {
  if (m.type === 'record') {
    recording = [];
    process.send!({ type: 'recording' });
  } else if (m.type === 'stop-record') {
    process.send!({ type: 'recorded', statements: recording ?? [] });
    recording = null;
  } else if (m.type === 'dbstats') {
    process.send!({ type: 'dbstats', calls: dbCalls, requests });
    dbCalls = [];
    requests = [];
  } else if (m.type === 'wire') {
    void takeParts().then((parts) => process.send!({ type: 'wire', parts }));
  } else if (m.type === 'inproc') {
    // The recorded statements run n times in this process without HTTP: through the server's own
    // Db.readRows ('db') or a bare driver session made here with the load client's config ('bare').
    const { statements, n, how, gap, spin } = m as unknown as { statements: Statement[][]; n: number; how: 'db' | 'bare'; gap?: number; spin?: boolean };
    void inProcess(statements, n, how, gap, spin).then((r) => process.send!({ type: 'inproc', ...r }));
  } else if (m.type === 'profile-start' || m.type === 'profile-stop') {
    // A V8 CPU profile of this process between the two messages (steady state, without start-up).
    void profile(m.type === 'profile-start', (m as unknown as { file?: string }).file).then(() => process.send!({ type: m.type }));
  } else if (m.type === 'close') {
    void running.close().then(() => db.close()).then(() => process.exit(0));
  }
});
let stopProfile: ((file: string) => Promise<void>) | null = null;
async function profile(start: boolean, file?: string): Promise<void> {
  if (start) {
    stopProfile = await startCpuProfile(50);
    return;
  }
  await stopProfile!(file!);
  stopProfile = null;
}

let bare: ReturnType<typeof neo4j.driver> | null = null;
/**
 * `gap` ms of idleness before each request (an API request's statement has HTTP and GraphQL around
 * it): sleeping, or with `spin` this process busy and only Neo4j idle.
 */
async function inProcess(statements: Statement[][], n: number, how: 'db' | 'bare', gap = 0, spin = false): Promise<{ lat: number[] }> {
  const decoded = statements.map((steps) => steps.map((s) => ({ ...s, params: decodeParams(s.params) as Record<string, unknown> })));
  bare ??= neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), { disableLosslessIntegers: true, notificationFilter: { minimumSeverityLevel: 'OFF' } });
  const lat: number[] = [];
  for (let i = 0; i < n; i++) {
    if (gap > 0 && spin) for (const until = performance.now() + gap; performance.now() < until; );
    else if (gap > 0) await new Promise((r) => setTimeout(r, gap));
    const t = performance.now();
    for (const s of decoded[i % decoded.length]!) {
      if (how === 'db') {
        await db.readRows('bench.inproc', s.cypher, s.params);
      } else {
        const run = async () => {
          const session = bare!.session({ database: conn.database, defaultAccessMode: neo4j.session.READ });
          try {
            const res = await session.run(s.cypher, s.params, s.config);
            wireMark('run resolved');
            res.records.map((r) => r.toObject());
            wireMark('toObject');
          } finally {
            await session.close();
            wireMark('closed');
          }
        };
        await (wire ? traced(run) : run());
      }
    }
    lat.push(performance.now() - t);
  }
  return { lat };
}

process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', url: `${running.url}/graphql` });
