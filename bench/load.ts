// npm run bench:load [-- --seconds 60] [--concurrency 32] [--articles 600] [--port 7692]
// Load test of the real HTTP server, loopback only, bounded in time. A local Neo4j of its own (port
// 7692, data in .neo4j/load-bench/, so it collides with no other bench) is seeded with generated
// articles through the loader; the API is started in this process on an ephemeral port; a client in a
// separate process (so it does not share the server's event loop) sends a mix of whoMet,
// neighborhood and meetings queries at the given concurrency for --seconds, while this process keeps
// ingesting more generated articles through the loader at the same time. Prints total requests,
// errors (must be 0: exit 1 otherwise), p50/p99 per query and overall, req/s, the ingest rate and the
// server's RSS at start and end.
import { fork } from 'node:child_process';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { syntheticArticles } from './ingest.ts';
import { postGraphql } from './lib/post.ts';
import { seedArticles, type Work } from '../src/cli/seed.ts';
import { loadConfig } from '../src/config.ts';
import { Db } from '../src/db/executor.ts';
import { ensureLocalNeo4j, ensureNeo4jInstalled, LOCAL_NEO4J_PASSWORD } from '../src/db/local-neo4j.ts';
import { migrate } from '../src/db/migrations.ts';
import { createGraph } from '../src/graph/index.ts';
import { readArticles } from '../src/ingest/read.ts';
import { createLogger } from '../src/logger.ts';
import { startServer } from '../src/server.ts';

const MARKER = '__DiplomaticGraphBenchDatabase';

interface ClientJob {
  url: string;
  seconds: number;
  concurrency: number;
  officials: string[];
  countries: string[];
}
interface ClientResult {
  latencies: Record<string, number[]>;
  errors: string[];
  seconds: number;
}

const QUERIES: Record<string, (i: number, job: ClientJob) => { query: string; variables: Record<string, unknown> }> = {
  whoMet: (i, j) => ({
    query: 'query($o: ID!) { whoMet(official: $o, first: 20) { edges { node { meetingCount firstDate lastDate official { name } } } } }',
    variables: { o: j.officials[i % j.officials.length] },
  }),
  neighborhood: (i, j) => ({
    query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id type label } edges { source target type } } }',
    variables: { id: j.officials[(i * 7) % j.officials.length] },
  }),
  meetings: (i, j) => ({
    query: 'query($c: [String!], $from: Date) { meetings(first: 20, filter: { countries: $c, from: $from }) { edges { node { date city kind officials(first: 4) { edges { node { name } } } } } } }',
    variables: { c: [j.countries[i % j.countries.length]], from: '2025-03-01' },
  }),
};

// ---------------------------------------------------------------------------------------------
// The client (child process)

async function client(job: ClientJob): Promise<ClientResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency });
  const url = new URL(job.url);
  const names = Object.keys(QUERIES);
  const latencies: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const errors: string[] = [];
  const post = (payload: string) => postGraphql(agent, url, payload);
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  let next = 0;
  const worker = async () => {
    while (performance.now() < deadline) {
      const i = next++;
      const name = names[i % names.length]!;
      const payload = JSON.stringify(QUERIES[name]!(Math.floor(i / names.length), job));
      const t0 = performance.now();
      try {
        await post(payload);
        latencies[name]!.push(performance.now() - t0);
      } catch (err) {
        errors.push(`${name}: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: job.concurrency }, worker));
  agent.destroy();
  return { latencies, errors, seconds: (performance.now() - started) / 1000 };
}

if (process.argv.includes('--client')) {
  process.once('message', (job: ClientJob) => {
    client(job).then(
      (result) => process.send!(result, () => process.exit(0)),
      (err: unknown) => {
        process.stderr.write(`load client failed: ${String(err)}\n`);
        process.exit(1);
      },
    );
  });
}

// ---------------------------------------------------------------------------------------------
// The server side (this process)

const pct = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function toWork(articles: { name: string; text: string }[], prefix: string): Work[] {
  return articles.flatMap(({ name, text }) =>
    readArticles({ name: name.replace(/^bench-/, prefix), bytes: Buffer.from(text) }).flatMap((r) => (r.ok ? [{ file: r.source, article: r.article }] : [])),
  );
}

async function guardAndClear(db: Db): Promise<void> {
  const [row] = await db.readRows<{ nodes: number; marked: boolean }>(
    'bench:inspect',
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { OPTIONAL MATCH (m:${MARKER}) RETURN count(m) > 0 AS marked } RETURN nodes, marked`,
  );
  if (row && row.nodes > 0 && !row.marked) throw new Error(`The Neo4j on this port holds ${row.nodes} nodes that are not bench data; refusing to clear it.`);
  for (;;) {
    const [r] = await db.writeRows<{ n: number }>('bench:clear', `MATCH (n) WHERE NOT n:${MARKER} WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS n`);
    if (!r || r.n === 0) break;
  }
  await db.writeRows('bench:mark', `MERGE (:${MARKER})`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { seconds: { type: 'string' }, concurrency: { type: 'string' }, articles: { type: 'string' }, port: { type: 'string' } },
  });
  const seconds = Number(values.seconds ?? 60);
  const concurrency = Number(values.concurrency ?? 32);
  const nArticles = Number(values.articles ?? 600);
  const port = Number(values.port ?? 7692);
  for (const [name, v] of Object.entries({ seconds, concurrency, articles: nArticles, port })) {
    if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive whole number`);
  }

  await ensureNeo4jInstalled();
  const dataRoot = fileURLToPath(new URL('../.neo4j/load-bench', import.meta.url));
  const t0 = performance.now();
  const server = await ensureLocalNeo4j({ name: 'bench', dataRoot, port, password: LOCAL_NEO4J_PASSWORD, heap: '1g', pageCache: '512m' });
  process.stdout.write(`neo4j: ${server.started ? 'started' : 'reusing'} ${server.uri} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);

  const config = loadConfig({
    NEO4J_URI: server.uri,
    NEO4J_USER: server.user,
    NEO4J_PASSWORD: server.password,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    LOG_FORMAT: 'json',
    NODE_ENV: 'production',
  });
  const logger = createLogger(config.log);
  const db = new Db({ uri: server.uri, user: server.user, password: server.password, database: config.neo4j.database }, { txTimeoutMs: 30_000 });
  try {
    await migrate(db);
    await guardAndClear(db);
    const graph = createGraph(db);

    // 1. the graph the queries read
    const initial = toWork(syntheticArticles(nArticles, 7), 'load-');
    const s0 = performance.now();
    const seeded = await seedArticles({ logger, graph }, initial, { progress: false });
    process.stdout.write(`seed: ${seeded.new} articles in ${((performance.now() - s0) / 1000).toFixed(1)} s (failed ${seeded.failed})\n`);
    const officials = (await db.readRows<{ id: string }>('bench:officials', 'MATCH (o:Official)-[:ATTENDED]->() RETURN DISTINCT o.id AS id ORDER BY id LIMIT 300')).map((r) => r.id);
    const countries = (await db.readRows<{ code: string }>('bench:countries', 'MATCH (c:Country)-[:PARTICIPATED_IN]->() RETURN DISTINCT c.code AS code ORDER BY code')).map((r) => r.code);
    if (officials.length === 0 || countries.length === 0) throw new Error('the seeded graph has no meetings to query');

    // 2. the API, in this process
    const running = await startServer({ config, db, graph, logger });
    const url = `${running.url}/graphql`;
    const rssStart = process.memoryUsage().rss;
    // RSS through the run: a leak shows as steady growth, warm-up as a rise that levels off.
    const rssSamples: number[] = [];
    const sampler = setInterval(() => rssSamples.push(process.memoryUsage().rss), Math.max(1000, (seconds * 1000) / 6));

    // 3. the load client, in its own process, and an ingest run here at the same time
    const child = fork(fileURLToPath(import.meta.url), ['--client'], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const result = new Promise<ClientResult>((resolve, reject) => {
      child.once('message', (m) => resolve(m as ClientResult));
      child.once('exit', (code) => reject(new Error(`load client exited with ${code}`)));
    });
    const deadline = performance.now() + seconds * 1000;
    child.send({ url, seconds, concurrency, officials, countries } satisfies ClientJob);
    const live = toWork(syntheticArticles(Math.max(200, seconds * 40), 11), 'live-');
    let ingested = 0;
    let ingestFailed = 0;
    const i0 = performance.now();
    for (let i = 0; i < live.length && performance.now() < deadline; i += 40) {
      const r = await seedArticles({ logger, graph }, live.slice(i, i + 40), { progress: false, concurrency: 2 });
      ingested += r.new + r.updated + r.unchanged;
      ingestFailed += r.failed;
    }
    const ingestSeconds = (performance.now() - i0) / 1000;
    const res = await result;
    clearInterval(sampler);
    const rssEnd = process.memoryUsage().rss;
    await running.close();

    // 4. figures
    const all = Object.values(res.latencies).flat();
    const line = (name: string, xs: number[]) =>
      `  ${name.padEnd(13)} ${String(xs.length).padStart(7)} req   p50 ${pct(xs, 50).toFixed(1).padStart(7)} ms   p99 ${pct(xs, 99).toFixed(1).padStart(7)} ms`;
    process.stdout.write(
      [
        `load: ${seconds} s at concurrency ${concurrency} (client in its own process), loopback ${url}`,
        ...Object.entries(res.latencies).map(([n, xs]) => line(n, xs)),
        line('all', all),
        `  total ${all.length + res.errors.length} requests, errors ${res.errors.length}, ${(all.length / res.seconds).toFixed(0)} req/s`,
        `  ingest at the same time: ${ingested} articles in ${ingestSeconds.toFixed(1)} s (${(ingested / ingestSeconds).toFixed(1)} articles/s), failed ${ingestFailed}`,
        `  server RSS (this process: API and the ingest run): start ${mb(rssStart)}, during ${rssSamples.map(mb).join(' → ')}, end ${mb(rssEnd)}`,
        ...res.errors.slice(0, 5).map((e) => `  error: ${e}`),
      ].join('\n') + '\n',
    );
    return res.errors.length === 0 && ingestFailed === 0 ? 0 : 1;
  } finally {
    await db.close();
    // A Neo4j this run started is stopped again (one more JVM on a shared machine); a running one is left.
    if (server.started) await server.stop();
  }
}

if (!process.argv.includes('--client') && import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`bench:load failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
