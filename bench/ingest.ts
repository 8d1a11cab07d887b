// npm run bench:ingest -- N [--concurrency 2] [--batch-size 250] [--port 7691] [--profile] [--cpu-profile FILE] [--warmup N] [--rounds 3]
// Generates N synthetic articles (header format, ~2–3k chars) about a pool of a few hundred synthetic
// officials of ~60 countries; after a warm-up (other articles, loaded and cleared), measures in rounds
// (--rounds, default 3), each into the cleared database of a local Neo4j of its own (port 7691, data in
// .neo4j/ingest-bench/; bench:api has another): end to end (read + extract + write, as `npm run seed`
// does); writes only (the same articles extracted beforehand, through the same loader: its own cost
// without extraction); raw (the resulting graph's rows as plain UNWIND batches straight through
// neo4j-driver). Prints each round, then each phase's median and the ratios to raw, with the floor the
// end-to-end ratio can reach on this machine. Refuses a database holding anything but bench data.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, seedArticles, type Work } from '../src/cli/seed.ts';
import { Db } from '../src/db/executor.ts';
import { ensureLocalNeo4j, ensureNeo4jInstalled, LOCAL_NEO4J_PASSWORD, type LocalNeo4jName } from '../src/db/local-neo4j.ts';
import { migrate } from '../src/db/migrations.ts';
import * as Q from '../src/graph/cypher/load.ts';
import { createLoader, type Loader, type LoadItem, type LoaderOptions } from '../src/graph/loader.ts';
import { tryExtract } from '../src/ingest/extract.ts';
import { readArticles } from '../src/ingest/read.ts';
import { createLogger } from '../src/logger.ts';
import { startCpuProfile } from './lib/profiler.ts';

const MARKER = '__DiplomaticGraphBenchDatabase';
/** --profile: statements by their name in cypher/load.ts. */
const STATEMENT_NAMES = new Map<string, string>(Object.entries(Q).map(([name, cypher]) => [cypher, name]));

// ---------------------------------------------------------------------------------------------
// Synthetic news

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Country {
  code: string;
  name: string;
  demonym: string;
  capital: string;
}
interface Person {
  first: string;
  last: string;
  title: string;
  country: Country;
}

const FIRST = ['Anna', 'Boris', 'Carla', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hassan', 'Ingrid', 'Jorge', 'Kenji', 'Lucia', 'Mehmet', 'Nadia', 'Oskar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wen', 'Yusuf', 'Zofia', 'Amara', 'Bjorn', 'Chloe', 'Dario', 'Emeka', 'Fatima'];
const LAST = ['Adler', 'Baranov', 'Castell', 'Dumont', 'Eriksen', 'Fontaine', 'Garrido', 'Halvorsen', 'Ibrahimov', 'Jansen', 'Kowalczyk', 'Lindqvist', 'Moreau', 'Novak', 'Okafor', 'Petrescu', 'Quiroga', 'Rasmussen', 'Santoro', 'Tanaka', 'Urbanek', 'Varga', 'Weber', 'Xenakis', 'Yilmaz', 'Zoric', 'Albrecht', 'Bertrand', 'Conti', 'Delgado', 'Esposito', 'Ferrante', 'Gallagher', 'Horvath', 'Iversen', 'Jovanovic', 'Keller', 'Lambert', 'Marchetti', 'Nilsson'];
const TITLES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Trade Minister', 'Finance Minister'];
const TOPICS = ['trade', 'energy security', 'the war in Ukraine', 'migration', 'climate finance', 'arms control', 'food security', 'sanctions'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const FILLER = [
  'The talks came as governments across the region weighed how to respond to rising prices and a slowing economy.',
  'Officials said the discussions covered a range of bilateral issues, including investment, visas and cooperation in research.',
  'Analysts said the meeting was a sign that relations had improved after a difficult period marked by disputes over tariffs.',
  'Neither side gave details of any agreement, but a joint statement is expected to be published later in the week.',
  'The visit was the first of its kind in several years and was closely watched by diplomats in the capital.',
  'Both governments have faced pressure at home to show results on jobs and growth before elections next year.',
  'A spokesperson said further rounds of talks would be held at the level of senior officials in the coming months.',
  'The two countries signed a memorandum on cooperation in renewable energy and infrastructure last year.',
  'Observers noted that the agenda had been agreed weeks in advance, after lengthy consultations between the two ministries.',
  'Business groups welcomed the talks and called for a swift agreement on customs procedures and market access.',
];

function world(random: () => number): { countries: Country[]; people: Person[] } {
  const require = createRequire(import.meta.url);
  const all = (require('world-countries/countries.json') as { cca2: string; unMember?: boolean; name: { common: string }; capital?: string[]; demonyms?: { eng?: { m: string } } }[])
    .filter((c) => c.unMember && c.capital?.[0] && c.demonyms?.eng?.m && /^[A-Za-z ]+$/.test(c.capital[0]) && /^[A-Za-z]+$/.test(c.demonyms.eng.m))
    .map((c) => ({ code: c.cca2, name: c.name.common, demonym: c.demonyms!.eng!.m, capital: c.capital![0]! }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
  const countries = all.filter((_, i) => i % 3 === 0).slice(0, 60);
  const people: Person[] = [];
  const used = new Set<string>();
  for (const country of countries) {
    for (const title of TITLES.slice(0, 5)) {
      let first: string;
      let last: string;
      do {
        first = FIRST[Math.floor(random() * FIRST.length)]!;
        last = LAST[Math.floor(random() * LAST.length)]!;
      } while (used.has(`${first} ${last}`));
      used.add(`${first} ${last}`);
      people.push({ first, last, title, country });
    }
  }
  return { countries, people };
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function syntheticArticles(n: number, seed = 7): { name: string; text: string }[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const { people } = world(random);
  const start = Date.UTC(2025, 0, 1);
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = pick(people);
    let b = pick(people);
    while (b.country === a.country) b = pick(people);
    const day = new Date(start + Math.floor(random() * 300) * 86_400_000);
    const published = new Date(day.getTime() + (random() < 0.5 ? 0 : 86_400_000));
    const call = random() < 0.25;
    const topic = pick(TOPICS);
    const host = random() < 0.5 ? a : b;
    const when = `on ${WEEKDAYS[day.getUTCDay()]}, ${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}`;
    const lead = call
      ? `${a.country.demonym} ${a.title} ${a.first} ${a.last} spoke by phone with ${b.country.demonym} ${b.title} ${b.first} ${b.last} ${when} about ${topic}, ${a.last}'s office said.`
      : `${a.country.demonym} ${a.title} ${a.first} ${a.last} met ${b.country.demonym} ${b.title} ${b.first} ${b.last} in ${host.country.capital} ${when} to discuss ${topic}.`;
    const paras = [
      `${host.country.capital.toUpperCase()}, ${MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (Synthetic News) - ${lead}`,
      `"We had a frank and useful exchange on ${topic}," ${a.last} told reporters afterwards. ${pick(FILLER)}`,
      `${b.last} said ${b.country.name} was ready to deepen cooperation with ${a.country.name}. ${pick(FILLER)} ${pick(FILLER)}`,
      `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
      `${a.last} and ${b.last} also discussed ${pick(TOPICS)} and agreed to stay in close contact. ${pick(FILLER)}`,
      `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
      `${pick(FILLER)} ${pick(FILLER)} ${pick(FILLER)}`,
    ];
    const text = `url: https://synthetic.example/${i}\npublished: ${isoDate(published)}\ntitle: ${a.last} and ${b.last} discuss ${topic}\nsource: Synthetic News\n\n${paras.join('\n\n')}\n`;
    out.push({ name: `bench-${String(i).padStart(6, '0')}.txt`, text });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Database

async function guardAndClear(db: Db): Promise<void> {
  const [row] = await db.readRows<{ nodes: number; marked: boolean }>(
    'bench:inspect',
    `CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { OPTIONAL MATCH (m:${MARKER}) RETURN count(m) > 0 AS marked } RETURN nodes, marked`,
  );
  if (row && row.nodes > 0 && !row.marked) {
    throw new Error(`The bench database holds ${row.nodes} nodes that are not bench data; refusing to clear it.`);
  }
  for (;;) {
    const [r] = await db.writeRows<{ n: number }>('bench:clear', `MATCH (n) WHERE NOT n:${MARKER} WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n`, {}, { timeoutMs: 120_000 });
    if (!r || r.n === 0) break;
  }
  await db.writeRows('bench:mark', `MERGE (:${MARKER})`);
}

interface Dump {
  nodes: Map<string, { key: string; rows: Record<string, unknown>[] }>;
  rels: Map<string, { from: string; fromKey: string; to: string; toKey: string; rows: { a: unknown; b: unknown; props: Record<string, unknown> }[] }>;
  total: number;
}

const KEY: Record<string, string> = { Article: 'id', Official: 'id', Meeting: 'id', Country: 'code', Organization: 'code' };

export async function dumpGraph(driver: Driver): Promise<Dump> {
  const nodes: Dump['nodes'] = new Map();
  const rels: Dump['rels'] = new Map();
  let total = 0;
  const session = driver.session();
  try {
    for (const label of Object.keys(KEY)) {
      const res = await session.run(`MATCH (n:${label}) RETURN properties(n) AS p`);
      nodes.set(label, { key: KEY[label]!, rows: res.records.map((r) => r.get('p') as Record<string, unknown>) });
      total += res.records.length;
    }
    const res = await session.run(
      `MATCH (a)-[r]->(b) WHERE NOT a:${MARKER} RETURN labels(a)[0] AS la, labels(b)[0] AS lb, type(r) AS t, coalesce(a.id, a.code) AS ka, coalesce(b.id, b.code) AS kb, properties(r) AS p`,
    );
    for (const rec of res.records) {
      const la = rec.get('la') as string;
      const lb = rec.get('lb') as string;
      const t = rec.get('t') as string;
      const k = `${la}|${t}|${lb}`;
      const g = rels.get(k) ?? { from: la, fromKey: KEY[la]!, to: lb, toKey: KEY[lb]!, rows: [] };
      g.rows.push({ a: rec.get('ka'), b: rec.get('kb'), props: rec.get('p') as Record<string, unknown> });
      rels.set(k, g);
      total += 1;
    }
  } finally {
    await session.close();
  }
  return { nodes, rels, total };
}

/** The same rows, as plain UNWIND batches (MERGE on the constrained key, CREATE relationships), `concurrency` at a time. */
export async function rawWrite(driver: Driver, dump: Dump, batchRows: number, concurrency: number): Promise<number> {
  const jobs: { cypher: string; rows: unknown[] }[] = [];
  const chunk = (cypher: string, rows: unknown[]) => {
    for (let i = 0; i < rows.length; i += batchRows) jobs.push({ cypher, rows: rows.slice(i, i + batchRows) });
  };
  for (const [label, g] of dump.nodes) chunk(`UNWIND $rows AS row MERGE (n:${label} {${g.key}: row.${g.key}}) SET n += row`, g.rows);
  const nodeJobs = jobs.length;
  for (const [k, g] of dump.rels) {
    const type = k.split('|')[1]!;
    chunk(`UNWIND $rows AS row MATCH (a:${g.from} {${g.fromKey}: row.a}) MATCH (b:${g.to} {${g.toKey}: row.b}) CREATE (a)-[r:${type}]->(b) SET r = row.props`, g.rows);
  }
  const started = performance.now();
  const runJobs = async (list: typeof jobs) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        const session = driver.session();
        try {
          while (next < list.length) {
            const job = list[next++]!;
            await session.executeWrite((tx) => tx.run(job.cypher, { rows: job.rows }));
          }
        } finally {
          await session.close();
        }
      }),
    );
  };
  await runJobs(jobs.slice(0, nodeJobs)); // relationships need their nodes
  await runJobs(jobs.slice(nodeJobs));
  return (performance.now() - started) / 1000;
}

/** CPU seconds (user + system) a process has used so far, from /proc; null where there is none (not Linux). */
function processCpuSeconds(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks: 100 per second on Linux
  } catch {
    return null;
  }
}

/** Where a phase's time went: this process's CPU (extraction, the loader, the driver) and the server's. */
function cpuSince(start: { client: NodeJS.CpuUsage; server: number | null }, serverPid: number, seconds: number): { text: string; total: number } {
  const c = process.cpuUsage(start.client);
  const client = (c.user + c.system) / 1e6;
  const now = processCpuSeconds(serverPid);
  const serverSeconds = now !== null && start.server !== null ? now - start.server : null;
  const server = serverSeconds !== null ? `, Neo4j ${serverSeconds.toFixed(1)} s` : '';
  return { text: `CPU: this process ${client.toFixed(1)} s${server} in ${seconds.toFixed(1)} s`, total: client + (serverSeconds ?? 0) };
}

/**
 * Writes-only: `items` (extracted before the clock starts) through the loader as the seeder hands them over,
 * `concurrency` writers each taking the next `batchSize` articles in input order. Returns the seconds taken.
 */
async function loadExtracted(loader: Loader, items: readonly LoadItem[], concurrency: number, batchSize: number): Promise<number> {
  let next = 0;
  let failed = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const batch = items.slice(next, next + batchSize);
        next += batch.length;
        for (const r of await loader.load(batch)) if (r.status === 'failed') failed += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (failed) process.stdout.write(`  ${failed} failed\n`);
  return seconds;
}

/** --profile: the loader's statements (summed durations, by name) and its retries. */
function profiler(): { opts: LoaderOptions; print(): void } {
  const profile = new Map<string, { ms: number; n: number }>();
  let retries = 0;
  return {
    opts: {
      onStatement: (cypher, ms) => {
        const key = STATEMENT_NAMES.get(cypher) ?? cypher.trim().split('\n').slice(0, 2).join(' ').slice(0, 70);
        const p = profile.get(key) ?? { ms: 0, n: 0 };
        p.ms += ms;
        p.n += 1;
        profile.set(key, p);
      },
      onRetry: () => {
        retries += 1;
      },
    },
    print() {
      process.stdout.write(`  loader retries: ${retries}; statement time summed over all transactions:\n`);
      for (const [k, p] of [...profile].sort((a, b) => b[1].ms - a[1].ms)) process.stdout.write(`  ${(p.ms / 1000).toFixed(1).padStart(7)} s ${String(p.n).padStart(6)}×  ${k}\n`);
    },
  };
}


// ---------------------------------------------------------------------------------------------

/** Generated texts read as `npm run seed` reads files. */
function readWork(texts: { name: string; text: string }[]): Work[] {
  const work: Work[] = [];
  for (const a of texts) {
    for (const r of readArticles({ name: a.name, bytes: Buffer.from(a.text) })) if (r.ok) work.push({ file: a.name, article: r.article });
  }
  return work;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: { concurrency: { type: 'string' }, 'batch-size': { type: 'string' }, port: { type: 'string' }, profile: { type: 'boolean' }, 'cpu-profile': { type: 'string' }, warmup: { type: 'string' }, rounds: { type: 'string' } },
  });
  const n = Number(positionals[0] ?? 2000);
  const concurrency = Number(values.concurrency ?? DEFAULT_CONCURRENCY);
  const batchSize = Number(values['batch-size'] ?? DEFAULT_BATCH_SIZE);
  const port = Number(values.port ?? 7691);
  if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a positive whole number, got ${positionals[0]}`);
  // Articles loaded end to end and cleared before the clock starts. A server just started compiles its
  // query plans and grows its store files while the first graph of this size is built: measured on
  // 2026-11-26, a cold server's end-to-end rate was 273 articles/s against 537 warm, and warm-ups of 2,000
  // and 5,000 articles still left it at 393 and 384. So by default as many as are measured (--warmup 0: none).
  const warmup = Number(values.warmup ?? n);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`--warmup must be a whole number, got ${values.warmup}`);
  // Each phase's figure is its median over rounds: on this shared machine the same phase swung by half
  // between runs minutes apart (raw: 23.8k, 32.8k and 28.1k rows/s within an hour on 2026-11-26).
  const rounds = Number(values.rounds ?? 3);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`--rounds must be a positive whole number, got ${values.rounds}`);

  // One bench at a time: a second run would clear the database under the first one.
  const dataRootDir = fileURLToPath(new URL('../.neo4j/ingest-bench', import.meta.url));
  mkdirSync(dataRootDir, { recursive: true });
  const lockFile = `${dataRootDir}/bench.lock`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    let alive = false;
    try {
      process.kill(holder, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (alive) throw new Error(`another bench:ingest (pid ${holder}) is running; wait for it`);
    writeFileSync(lockFile, String(process.pid));
  }
  process.on('exit', () => rmSync(lockFile, { force: true }));

  await ensureNeo4jInstalled();
  // Its own server and data folder: the bench never touches the dev, test or bench:api databases.
  const server = await ensureLocalNeo4j({ name: 'bench' as LocalNeo4jName, dataRoot: dataRootDir, port, password: LOCAL_NEO4J_PASSWORD, heap: '2g', pageCache: '1g', txMemory: '1g' });
  const db = new Db({ uri: server.uri, user: server.user, password: server.password, database: 'neo4j' }, { txTimeoutMs: 120_000, maxRetryTimeMs: 30_000 });
  const logger = createLogger({ level: 'warn', format: 'json' });
  try {
    await migrate(db);
    await guardAndClear(db);

    let t = performance.now();
    if (warmup > 0) {
      // other articles (another seed), through a loader of their own, then cleared
      await seedArticles({ logger, graph: { loader: createLoader(db, { batchSize }) } }, readWork(syntheticArticles(warmup, 99)), { concurrency, batchSize, progress: false });
      await guardAndClear(db);
      process.stdout.write(`warm-up: ${warmup} other articles loaded end to end and cleared (${((performance.now() - t) / 1000).toFixed(1)} s, not timed)\n`);
    }

    t = performance.now();
    const texts = syntheticArticles(n);
    const genSeconds = (performance.now() - t) / 1000;
    const chars = texts.reduce((s, a) => s + a.text.length, 0);
    process.stdout.write(`generated ${n} articles, ${Math.round(chars / n)} chars on average (${genSeconds.toFixed(1)} s)\n`);

    const work = readWork(texts);
    const cores = availableParallelism();
    // At least 4 at once, as before the loader's default went to 2 writers: the raw side stays at its best.
    const rawConcurrency = Math.max(concurrency, 4);
    const shape = async () =>
      (await db.readRows<{ officials: number; meetings: number; rows: number }>(
        'bench:shape',
        `CALL () { MATCH (o:Official) RETURN count(o) AS officials } CALL () { MATCH (m:Meeting) RETURN count(m) AS meetings } ` +
          `CALL () { MATCH (n) WHERE NOT n:${MARKER} RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } ` +
          `RETURN officials, meetings, nodes + rels AS rows`,
      ))[0]!;

    // Writes only: the same articles, extracted before any clock starts and fed to the same loader (the
    // loader's own cost: resolution, locks, provenance, without extraction). Extracting them here also
    // gives the floor's extraction CPU.
    const items: LoadItem[] = [];
    const extractStart = process.cpuUsage();
    for (const w of work) {
      const x = tryExtract(w.article);
      if (x.ok) items.push({ article: w.article, extraction: x.extraction });
    }
    const extractUsage = process.cpuUsage(extractStart);
    const extractCpu = (extractUsage.user + extractUsage.system) / 1e6;

    // Rounds of the three phases, each into the cleared database, in the same order every round, so
    // that the machine's drift (the raw phase alone went 22.7k → 33.6k rows/s between two runs minutes
    // apart on 2026-11-26) hits all three alike; the figures are each phase's median over the rounds,
    // and each round's ratios are printed too.
    type Phase = { seconds: number; cpu: ReturnType<typeof cpuSince> };
    const e2es: Phase[] = [];
    const writes: Phase[] = [];
    const raws: Phase[] = [];
    let dump: Dump | undefined;
    // One phase: its seconds (as `run` measures them) and the CPU of both processes meanwhile.
    const measure = async (run: () => Promise<number>): Promise<Phase> => {
      const start = { client: process.cpuUsage(), server: processCpuSeconds(server.pid) };
      const seconds = await run();
      return { seconds, cpu: cpuSince(start, server.pid, seconds) };
    };
    for (let round = 1; round <= rounds; round++) {
      // End to end, as `npm run seed` does: read, extract (a worker thread from 1000 articles) and write.
      await guardAndClear(db);
      const e2eProfile = profiler();
      let failed: { count: number; first?: string } = { count: 0 };
      const e2e = await measure(async () => {
        const t0 = performance.now();
        const report = await seedArticles({ logger, graph: { loader: createLoader(db, { batchSize, ...(values.profile ? e2eProfile.opts : {}) }) } }, work, {
          concurrency,
          batchSize,
          progress: process.stderr.isTTY ? process.stderr : false,
        });
        failed = { count: report.failed, first: report.failures[0]?.reason };
        return (performance.now() - t0) / 1000;
      });
      e2es.push(e2e);
      if (failed.count) process.stdout.write(`  ${failed.count} failed, first: ${failed.first}\n`);
      if (values.profile) e2eProfile.print();
      const built = await shape();
      if (!dump) {
        // The graph the raw phase writes: the first round's (the others must match it).
        dump = await dumpGraph(db.driver);
        process.stdout.write(`graph: ${dump.total} rows (nodes + relationships; ${built.officials} officials, ${built.meetings} meetings)\n`);
      } else if (built.rows !== dump.total) {
        process.stdout.write(`  round ${round}: end to end made ${built.rows} rows, round 1 ${dump.total}\n`);
      }
      const graph = dump;

      await guardAndClear(db);
      const writesProfile = profiler();
      const stopProfile = values['cpu-profile'] ? await startCpuProfile() : null;
      const w = await measure(() => loadExtracted(createLoader(db, { batchSize, ...(values.profile ? writesProfile.opts : {}) }), items, concurrency, batchSize));
      if (stopProfile) {
        // --cpu-profile FILE: this process's profile of the writes-only phase alone (the loader and the driver,
        // without extraction or the other phases), sampled at V8's default 1 ms
        const file = round === 1 ? values['cpu-profile']! : `${values['cpu-profile']}.${round}`;
        await stopProfile(file);
        process.stdout.write(`  CPU profile of the writes-only phase: ${file}\n`);
      }
      writes.push(w);
      if (values.profile) writesProfile.print();
      const written = await shape();
      if (written.rows !== graph.total) process.stdout.write(`  round ${round}: writes only made ${written.rows} rows, end to end ${graph.total}\n`);

      await guardAndClear(db);
      const rowsPerTx = Math.max(1, Math.round(graph.total / Math.ceil(work.length / batchSize)));
      const raw = await measure(() => rawWrite(db.driver, graph, rowsPerTx, rawConcurrency));
      raws.push(raw);

      const rate = (p: Phase) => graph.total / p.seconds;
      process.stdout.write(
        `round ${round}/${rounds}: end to end ${(n / e2e.seconds).toFixed(0)} articles/s (${rate(e2e).toFixed(0)} rows/s; ${e2e.cpu.text}); ` +
          `writes only ${(items.length / w.seconds).toFixed(0)} articles/s (${rate(w).toFixed(0)} rows/s; ${w.cpu.text}); ` +
          `raw ${rate(raw).toFixed(0)} rows/s (${raw.cpu.text}) [${rowsPerTx} rows per transaction, concurrency ${rawConcurrency}]; ` +
          `ratios ${(raw.seconds / e2e.seconds).toFixed(2)} / ${(raw.seconds / w.seconds).toFixed(2)}\n`,
      );
    }
    const total = dump!.total;
    const median = (list: Phase[]) => [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)]!;
    const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const e2e = median(e2es);
    const w = median(writes);
    const raw = median(raws);
    const roundRatios = (list: Phase[]) => list.map((p, i) => raws[i]!.seconds / p.seconds);
    // The floor end to end can reach on this machine: it must extract (extractCpu, measured above) and
    // write, and its writes cost at least what the raw writes cost (the median raw phase's CPU, both
    // processes), all on `cores` cores; nor can it be faster than the raw writes alone.
    const floorSeconds = Math.max(raw.seconds, (extractCpu + raw.cpu.total) / cores);
    const list = (list: Phase[], f: (p: Phase) => number) => list.map((p) => f(p).toFixed(0)).join(', ');
    process.stdout.write(
      `\nmedians of ${rounds} rounds [concurrency ${concurrency}, ${batchSize} articles per transaction]:\n` +
        `end to end: ${n} articles in ${e2e.seconds.toFixed(1)} s = ${(n / e2e.seconds).toFixed(0)} articles/s = ${(total / e2e.seconds).toFixed(0)} rows/s ` +
        `(rounds: ${list(e2es, (p) => n / p.seconds)} articles/s)\n  ${e2e.cpu.text}\n` +
        `writes only (extracted beforehand, same loader, batches and writers): ${items.length} articles in ${w.seconds.toFixed(1)} s = ` +
        `${(items.length / w.seconds).toFixed(0)} articles/s, ${(total / w.seconds).toFixed(0)} rows/s (rounds: ${list(writes, (p) => total / p.seconds)} rows/s)\n  ${w.cpu.text}\n` +
        `raw UNWIND: ${total} rows in ${raw.seconds.toFixed(1)} s = ${(total / raw.seconds).toFixed(0)} rows/s (rounds: ${list(raws, (p) => total / p.seconds)} rows/s)\n  ${raw.cpu.text}\n` +
        `ratio end-to-end / raw: ${(raw.seconds / e2e.seconds).toFixed(2)} (median of the rounds' own ratios ${mid(roundRatios(e2es)).toFixed(2)})\n` +
        `ratio writes only / raw: ${(raw.seconds / w.seconds).toFixed(2)} (median of the rounds' own ratios ${mid(roundRatios(writes)).toFixed(2)})\n` +
        `floor: extraction alone took ${extractCpu.toFixed(1)} CPU-s (${(items.length / extractCpu).toFixed(0)} articles per CPU-s); with the raw writes' ` +
        `${raw.cpu.total.toFixed(1)} CPU-s on ${cores} cores, end to end takes at least ${floorSeconds.toFixed(1)} s: ` +
        `ratio end-to-end / raw at most ${(raw.seconds / floorSeconds).toFixed(2)} (measured ${(raw.seconds / e2e.seconds).toFixed(2)})\n`,
    );
    await guardAndClear(db);
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`bench:ingest failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    },
  );
}
