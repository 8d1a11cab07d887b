// The synthetic graph of bench:api, built with raw UNWIND batches (deterministic: mulberry32, seed 42).
// Meetings have 2–4 distinct participants drawn with a power law: official k is picked with
// P(index < k) = (k/N)^0.4, so the expected number of meetings of official k is about
// 120 000 × (k/N)^-0.6 / N (≈ 220 for k = 50, ≈ 24 for k = 2050; official 0 is a hub with thousands).
// Countries: official i represents country i mod 200; a meeting's countries are its participants'.
import type { Db } from '../../src/db/executor.ts';

export const N_OFFICIALS = 20_000;
export const N_COUNTRIES = 200;
export const N_MEETINGS = 100_000;
export const N_ARTICLES = 20_000;
const BATCH = 5_000;


/** Deterministic PRNG (mulberry32) so every run builds the same graph. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Skewed choice: a few officials meet a lot (like foreign ministers), most rarely. */
const skewed = (n: number) => Math.floor(n * rand() ** 2.5);

export const code = (i: number) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
export const officialId = (i: number) => `bx-o${i}`;

export async function buildGraph(db: Db, rebuild: boolean): Promise<void> {
  const [row] = await db.readRows<{ n: number }>('bench:count', `MATCH (m:Meeting) WHERE m.id STARTS WITH 'bx-' RETURN count(m) AS n`);
  if (row?.n === N_MEETINGS && !rebuild) {
    process.stdout.write(`graph: reusing ${N_MEETINGS} synthetic meetings\n`);
    return;
  }
  const t0 = performance.now();
  for (;;) {
    const [r] = await db.writeRows<{ n: number }>('bench:clear', 'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS n', {}, { timeoutMs: 120_000 });
    if (!r || r.n === 0) break;
  }
  const run = (cypher: string, rows: unknown[]) => db.writeRows('bench:build', cypher, { rows }, { timeoutMs: 300_000 });
  await run('UNWIND $rows AS row CREATE (:Country {code: row.code, name: row.name})', Array.from({ length: N_COUNTRIES }, (_, i) => ({ code: code(i), name: `Country ${code(i)}` })));
  const officials = Array.from({ length: N_OFFICIALS }, (_, i) => ({ id: officialId(i), name: `Given${i % 997} Surname${i}`, country: code(i % N_COUNTRIES) }));
  for (let i = 0; i < officials.length; i += BATCH) {
    await run(
      `UNWIND $rows AS row MATCH (c:Country {code: row.country})
       CREATE (o:Official {id: row.id, name: row.name, aliases: [], aliasText: '', titles: ['Minister'], country: row.country, org: null})
       CREATE (o)-[:REPRESENTS]->(c)`,
      officials.slice(i, i + BATCH),
    );
  }
  await run(
    `UNWIND $rows AS row CREATE (:Article {id: row.id, url: row.url, title: row.id, published: row.published, source: 'bench', sha256: row.id, ingestedAt: '2025-01-01T00:00:00Z'})`,
    Array.from({ length: N_ARTICLES }, (_, i) => ({ id: `bx-a${i}`, url: `https://bench.example/${i}`, published: `20${15 + (i % 10)}-01-01` })),
  );
  for (let i = 0; i < N_MEETINGS; i += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, N_MEETINGS - i) }, (_, j) => {
      const n = i + j;
      const people = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 3) }, () => skewed(N_OFFICIALS)))];
      const countries = [...new Set(people.map((p) => code(p % N_COUNTRIES)))];
      const day = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `bx-m${n}`,
        date: rand() < 0.03 ? null : day,
        kind: rand() < 0.2 ? 'call' : 'meeting',
        status: rand() < 0.9 ? 'held' : pick(['planned', 'cancelled']),
        city: `City${Math.floor(rand() * 500)}`,
        country: pick(countries),
        officials: people.map(officialId),
        countries,
        article: `bx-a${n % N_ARTICLES}`,
      };
    });
    await run(
      `UNWIND $rows AS row
       CREATE (m:Meeting {id: row.id, kind: row.kind, status: row.status, date: row.date, city: row.city, country: row.country, topics: []})
       WITH m, row
       CALL (m, row) { UNWIND row.officials AS oid MATCH (o:Official {id: oid}) CREATE (o)-[:ATTENDED {sources: [row.article]}]->(m) }
       CALL (m, row) { UNWIND row.countries AS cc MATCH (c:Country {code: cc}) CREATE (c)-[:PARTICIPATED_IN {sources: [row.article]}]->(m) }
       CALL (m, row) { MATCH (c:Country {code: row.country}) CREATE (m)-[:HELD_IN {sources: [row.article]}]->(c) }
       CALL (m, row) { MATCH (a:Article {id: row.article}) CREATE (m)-[:MENTIONED_IN {sentences: [0], starts: [0], ends: [40], texts: ['A synthetic sentence about the meeting.']}]->(a) }`,
      rows,
    );
    process.stdout.write(`\rgraph: ${i + rows.length} meetings`);
  }
  process.stdout.write(`\ngraph: built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
}

