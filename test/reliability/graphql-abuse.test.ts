// Hostile GraphQL requests on the real test Neo4j: each is refused with a clear error and a code
// BEFORE Neo4j is asked (Cypher round trips counted on a wrapped Db), or, for values that do reach
// Neo4j (Cypher/Lucene injection attempts through every string argument), finds nothing and changes
// nothing (the fixture's nodes, relationships and property counts before/after identical, no new node). Bodies over GRAPHQL_MAX_BODY_BYTES get 413.
import { performance } from 'node:perf_hooks';
import { beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { Db } from '../../src/db/executor.ts';
import { createGraph } from '../../src/graph/index.ts';
import { encodeCursor } from '../../src/graph/read/query.ts';
import { gql, testDeps } from '../helpers/app.ts';
import { useTestDb } from '../helpers/db.ts';
import { writeFixture } from '../helpers/fixtures.ts';

let db: Db;
let app: App;
let roundTrips = 0;

/** A Db on the same server whose every entry point counts one round trip (at least) to Neo4j. */
function countingDb(inner: Db): Db {
  const counting = Object.create(inner) as Db;
  counting.readRows = ((...args: Parameters<Db['readRows']>) => {
    roundTrips += 1;
    return inner.readRows(...args);
  }) as Db['readRows'];
  counting.writeRows = ((...args: Parameters<Db['writeRows']>) => {
    roundTrips += 1;
    return inner.writeRows(...args);
  }) as Db['writeRows'];
  counting.read = ((...args: Parameters<Db['read']>) => {
    roundTrips += 1;
    return inner.read(...args);
  }) as Db['read'];
  counting.write = ((...args: Parameters<Db['write']>) => {
    roundTrips += 1;
    return inner.write(...args);
  }) as Db['write'];
  counting.ping = ((...args: Parameters<Db['ping']>) => {
    roundTrips += 1;
    return inner.ping(...args);
  }) as Db['ping'];
  return counting;
}

/**
 * The fixture as text: its nodes and relationships with their properties, plus any node an injected
 * CREATE could have made. Scoped to this file's data, so that other test files sharing the server
 * (a developer running two at once) do not disturb it; CI runs the files one at a time anyway.
 */
async function fixtureState(): Promise<string> {
  const rows = await db.readRows<{ line: string }>(
    'test:abuse-state',
    `MATCH (n) WHERE n.id STARTS WITH 'ab-' OR n.code IN ['RU', 'US', 'UN']
     OPTIONAL MATCH (n)-[r]->(m)
     RETURN labels(n)[0] + ' ' + coalesce(n.id, n.code) + ' ' + toString(size(keys(n))) + ' -' + coalesce(type(r), '') + '-> ' + coalesce(m.id, m.code, '') AS line
     UNION ALL
     MATCH (h) WHERE h:Hacked OR h.x IS NOT NULL RETURN 'hacked ' + elementId(h) AS line`,
  );
  return rows.map((r) => r.line).sort().join('\n');
}

useTestDb(async (opened) => {
  db = opened;
  await writeFixture(db, {
    countries: [
      { code: 'RU', name: 'Russia' },
      { code: 'US', name: 'United States' },
    ],
    organizations: [{ code: 'UN', name: 'United Nations' }],
    officials: [
      { id: 'ab-lavrov', name: 'Sergei Lavrov', aliases: ['Lavrov'], titles: ['Foreign Minister'], country: 'RU' },
      { id: 'ab-rubio', name: 'Marco Rubio', aliases: ['Rubio'], titles: ['Secretary of State'], country: 'US' },
      { id: 'ab-guterres', name: 'Antonio Guterres', org: 'UN' },
    ],
    articles: [{ id: 'ab-a1', url: 'https://example.org/ab-a1', published: '2025-02-19' }],
    meetings: [{ id: 'ab-m1', date: '2025-02-18', city: 'Riyadh', officials: ['ab-lavrov', 'ab-rubio'], countries: ['RU', 'US'], articles: ['ab-a1'] }],
  });
  const deps = testDeps(db);
  const counting = countingDb(db);
  app = createApp({ ...deps, db: counting, graph: createGraph(counting) });
}, { reset: 'once' });

beforeEach(() => {
  roundTrips = 0;
});

type Res = Awaited<ReturnType<typeof gql>>;
const codes = (res: Res) => (res.errors ?? []).map((e) => e.extensions?.code);

/** A refusal: no data, at least one error, every error has one of `allowed` codes and a message, Neo4j not asked. */
function expectRefused(res: Res, allowed: readonly string[]) {
  expect(res.errors?.length ?? 0).toBeGreaterThan(0);
  for (const e of res.errors ?? []) {
    expect(e.message.length, JSON.stringify(e)).toBeGreaterThan(10);
    expect(allowed, JSON.stringify(e)).toContain(e.extensions?.code);
  }
  // No data, or (a limit checked per root field) every root field null.
  expect(Object.values((res.data ?? {}) as Record<string, unknown>).every((v) => v === null)).toBe(true);
  expect(roundTrips).toBe(0);
}

const OFFICIAL_FIELDS = 'edges { node { key name } }';

describe('refused before Neo4j is asked', () => {
  it.each([
    ['unclosed selection', '{ officials(first: 1) { edges { node { name } }'],
    ['garbage', 'SELECT * FROM officials; --'],
    ['empty document', ''],
    ['unknown field', '{ officials { edges { node { password } } } }'],
    ['unknown argument', '{ officials(where: "1=1") { edges { node { name } } } }'],
    ['string for Int', '{ officials(first: "ten") { edges { node { name } } } }'],
    ['missing required argument', '{ whoMet { edges { cursor } } }'],
    ['two anonymous operations', '{ stats { totals { meetings } } } { stats { totals { articles } } }'],
    ['operation name that does not exist', 'query A { stats { totals { meetings } } }', 'B'],
    ['fragment on a type that does not exist', '{ ...F } fragment F on Cypher { x }'],
  ])('malformed: %s', async (_label, query, operationName?: string) => {
    const res = operationName
      ? await (async () => {
          const r = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, operationName }) });
          return { status: r.status, ...((await r.json()) as Omit<Res, 'status'>) };
        })()
      : await gql(app, query);
    expectRefused(res, ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'BAD_USER_INPUT', 'BAD_REQUEST']);
  });

  it('a malformed JSON body is a 400 with a clear error', async () => {
    const res = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ stats { totals { meetings } } }"' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0]?.message).toMatch(/JSON|parse/i);
    expect(roundTrips).toBe(0);
  });

  it.each([
    ['Int variable given a string', 'query($n: Int) { officials(first: $n) { edges { cursor } } }', { n: 'ten' }],
    ['Int variable given a float', 'query($n: Int) { officials(first: $n) { edges { cursor } } }', { n: 1.5 }],
    ['Int variable above 32 bits', 'query($n: Int) { officials(first: $n) { edges { cursor } } }', { n: 2 ** 40 }],
    ['ID! variable given null', 'query($id: ID!) { whoMet(official: $id) { edges { cursor } } }', { id: null }],
    ['ID! variable given an object', 'query($id: ID!) { whoMet(official: $id) { edges { cursor } } }', { id: { $ne: 1 } }],
    ['Date variable not a date', 'query($d: Date) { meetings(filter: { from: $d }) { edges { cursor } } }', { d: "2025-01-01' OR 1=1" }],
    ['enum variable not a member', 'query($k: MeetingKind) { meetings(filter: { kind: $k }) { edges { cursor } } }', { k: 'DROP' }],
    ['list variable given a string', 'query($c: [String!]) { meetings(filter: { countries: $c }) { edges { cursor } } }', { c: { length: 1 } }],
    ['undeclared variable type', 'query($x: Cypher) { stats { totals { meetings } } }', { x: 'MATCH (n) DETACH DELETE n' }],
  ])('wrong variable type: %s', async (_label, query, variables) => {
    const res = await gql(app, query, variables);
    expectRefused(res, ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']);
  });

  it.each([
    ['first: 1000000', '{ officials(first: 1000000) { edges { cursor } } }'],
    ['last: 1000000', '{ meetings(last: 1000000) { edges { cursor } } }'],
    ['first: -1', '{ officials(first: -1) { edges { cursor } } }'],
    ['nested first: 10000', '{ officials(first: 10) { edges { node { meetings(first: 10000) { edges { cursor } } } } } }'],
    ['neighborhood limit 10^6', '{ neighborhood(id: "ab-lavrov", limit: 1000000) { truncated } }'],
    ['neighborhood depth 100', '{ neighborhood(id: "ab-lavrov", depth: 100) { truncated } }'],
    ['path maxHops 1000', '{ path(from: "ab-lavrov", to: "ab-rubio", maxHops: 1000) { hops } }'],
    ['topOfficialPairs first 10^6', '{ stats { topOfficialPairs(first: 1000000) { meetings } } }'],
  ])('huge page size: %s', async (_label, query) => {
    const res = await gql(app, query);
    expectRefused(res, ['BAD_USER_INPUT', 'LIMIT_EXCEEDED']);
  });

  it('deep nesting is refused by the depth limit', async () => {
    let sel = 'name';
    for (let i = 0; i < 12; i++) sel = `meetings(first: 1) { edges { node { officials(first: 1) { edges { node { ${sel} } } } } } }`;
    const res = await gql(app, `{ officials(first: 1) { edges { node { ${sel} } } } }`);
    expectRefused(res, ['LIMIT_EXCEEDED']);
    expect(res.errors?.[0]?.message).toMatch(/deep|depth/i);
  });

  it('an alias bomb is refused by the alias limit', async () => {
    const fields = Array.from({ length: 500 }, (_, i) => `a${i}: officials(first: 100) { ${OFFICIAL_FIELDS} }`).join('\n');
    const res = await gql(app, `{ ${fields} }`);
    expectRefused(res, ['LIMIT_EXCEEDED']);
    expect(res.errors?.[0]?.message).toMatch(/aliases/);
  });

  it('the same field repeated 1000 times without aliases is refused or merged into one', async () => {
    const fields = Array.from({ length: 1000 }, () => `stats { totals { meetings } }`).join('\n');
    const res = await gql(app, `{ ${fields} }`);
    if (res.errors) expectRefused(res, ['LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']);
    else expect(roundTrips).toBeLessThanOrEqual(1);
  });

  it('a fragment cycle is refused', async () => {
    const res = await gql(
      app,
      `query { ...A }
       fragment A on Query { stats { totals { meetings } } ...B }
       fragment B on Query { ...A }`,
    );
    expectRefused(res, ['GRAPHQL_VALIDATION_FAILED']);
    expect(res.errors?.map((e) => e.message).join(' ')).toMatch(/cycle|itself/i);
  });

  it('a fragment bomb (each fragment spreads the previous one twice, 2^30 fields) is refused or answered quickly', async () => {
    const frags = [`fragment F0 on Official { name key }`];
    for (let i = 1; i <= 30; i++) frags.push(`fragment F${i} on Official { ...F${i - 1} ...F${i - 1} }`);
    const t0 = performance.now();
    const res = await gql(app, `{ officials(first: 100) { edges { node { ...F30 } } } }\n${frags.join('\n')}`);
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(5_000);
    // Same fields merge into one: if it is answered, it costs one page of officials, not 2^30 fields.
    if (res.errors) expectRefused(res, ['LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']);
    else expect(roundTrips).toBeLessThanOrEqual(1);
  });

  it('a fragment bomb over lists (nested pages in each fragment) is refused by complexity', async () => {
    const frags = [`fragment F0 on Official { meetings(first: 100) { edges { node { key } } } }`];
    for (let i = 1; i <= 20; i++) frags.push(`fragment F${i} on Official { a${i}: meetings(first: 100) { edges { node { officials(first: 100) { edges { node { ...F${i - 1} } } } } } } }`);
    const res = await gql(app, `{ officials(first: 100) { edges { node { ...F20 } } } }\n${frags.join('\n')}`);
    expectRefused(res, ['LIMIT_EXCEEDED']);
  });

  it('many spreads of one fragment (10 000) are refused or cost one query', async () => {
    const spreads = Array.from({ length: 10_000 }, () => '...F').join(' ');
    const t0 = performance.now();
    const res = await gql(app, `{ officials(first: 5) { edges { node { ${spreads} } } } }\nfragment F on Official { name }`);
    expect(performance.now() - t0).toBeLessThan(5_000);
    if (res.errors) expectRefused(res, ['LIMIT_EXCEEDED', 'GRAPHQL_VALIDATION_FAILED']);
    else expect(roundTrips).toBeLessThanOrEqual(1);
  });

  it('a 1 MB search string is refused with 413 (the body limit) before it is parsed', async () => {
    const res = await gql(app, 'query($s: String) { officials(search: $s) { edges { cursor } } }', { s: 'a'.repeat(1024 * 1024) });
    expect(res.status).toBe(413);
    expect(res.errors?.[0]?.extensions?.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(res.errors?.[0]?.message).toMatch(/too large/i);
    expect(roundTrips).toBe(0);
  });

  it('a chunked body (no Content-Length) over the limit is refused with 413 too', async () => {
    const chunk = new TextEncoder().encode(`${' '.repeat(64 * 1024)}`);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"query": "{ stats { totals { meetings } } }", "x": "'));
        if (sent > 40) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
          return;
        }
        sent += 1;
        controller.enqueue(chunk);
      },
    });
    const res = await app.fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(roundTrips).toBe(0);
  });

  it('a Content-Length over the limit is refused without reading the body', async () => {
    const res = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024) },
      body: '{"query":"{ stats { totals { meetings } } }"}',
    });
    expect(res.status).toBe(413);
    expect(roundTrips).toBe(0);
  });

  it('the limit is configurable (GRAPHQL_MAX_BODY_BYTES)', async () => {
    const small = createApp(testDeps(countingDb(db), { GRAPHQL_MAX_BODY_BYTES: '2048' }));
    const big = await gql(small, `query($s: String) { officials(search: $s) { edges { cursor } } }`, { s: 'x'.repeat(4000) });
    expect(big.status).toBe(413);
    const ok = await gql(small, `{ officials(first: 1) { edges { cursor } } }`);
    expect(ok.errors).toBeUndefined();
  });
});

describe('long strings under the body limit are handled, bounded', () => {
  it.each([
    ['search', 'query($s: String) { officials(search: $s) { edges { node { key } } } }'],
    ['name', 'query($s: String) { official(name: $s) { key } }'],
  ])('a %s longer than 200 characters is refused before Neo4j is asked', async (_label, query) => {
    const res = await gql(app, query, { s: `Lavrov ${'x'.repeat(500 * 1024)}` });
    expectRefused(res, ['BAD_USER_INPUT']);
    expect(res.errors?.[0]?.message).toMatch(/at most 200/);
  });

  it.each(['x'.repeat(200), 'Lavrov '.repeat(28), `${'ab'.repeat(99)}~1`, '*'.repeat(200)])('a 200-character search (%#) is answered', async (s) => {
    const res = await gql(app, 'query($s: String) { officials(search: $s) { edges { node { key } } } }', { s });
    expect(res.errors).toBeUndefined();
  });

  it.each([
    ['url', 'query($s: String) { article(url: $s) { key } }'],
    ['city', 'query($s: String) { meetings(filter: { city: $s }) { edges { node { key } } } }'],
    ['id', 'query($s: ID!) { meeting(id: $s) { key } }'],
  ])('a 500 kB %s string', async (_label, query) => {
    const t0 = performance.now();
    const res = await gql<Record<string, unknown>>(app, query, { s: `Lavrov ${'x'.repeat(500 * 1024)}` });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(res.status).toBe(200);
    if (res.errors) for (const e of res.errors) expect(['BAD_USER_INPUT', 'LIMIT_EXCEEDED', 'NOT_FOUND']).toContain(e.extensions?.code);
    else expect(JSON.stringify(res.data)).not.toMatch(/ab-/);
  });
});

// ---------------------------------------------------------------------------------------------
// Injection attempts: every string argument, through variables; nothing found, nothing changed.

const PAYLOADS = [
  `' OR 1=1 //`,
  `" OR "1"="1`,
  `x'}) MATCH (n) DETACH DELETE n //`,
  `x"}) DETACH DELETE n RETURN 1 //`,
  `\\' }) CALL { MATCH (n) DETACH DELETE n } //`,
  '`) DETACH DELETE n //',
  `x') RETURN n UNION MATCH (n) RETURN n //`,
  `$ids`,
  `{id: 'ab-lavrov'}`,
  `ab-lavrov' OR '1'='1`,
  `*:* OR name:*`,
  `name:Sergei~ OR aliasText:*`,
  `\\u0027 OR 1=1`,
  `zzq') YIELD node CALL db.clearQueryCaches() //`,
  `; CREATE (:Hacked {x: 1}) //`,
  `zzq\u0000zzq`,
] as const;

// Well-formed cursors holding the payload are compared as keys, so they may page to real rows: for
// them only "nothing changed, no internal error" is asserted.
const STRING_ARGS: [label: string, query: string, wrap?: (s: string) => unknown][] = [
  ['officials(search)', `query($s: String) { officials(search: $s) { ${OFFICIAL_FIELDS} } }`],
  ['officials(country)', `query($s: String) { officials(country: $s) { ${OFFICIAL_FIELDS} } }`],
  ['officials(organization)', `query($s: String) { officials(organization: $s) { ${OFFICIAL_FIELDS} } }`],
  ['official(name)', `query($s: String) { official(name: $s) { key } }`],
  ['official(id)', `query($s: ID) { official(id: $s) { key } }`],
  ['article(id)', `query($s: ID) { article(id: $s) { key } }`],
  ['article(url)', `query($s: String) { article(url: $s) { key } }`],
  ['meeting(id)', `query($s: ID!) { meeting(id: $s) { key } }`],
  ['node(id)', `query($s: ID!) { node(id: $s) { id } }`],
  ['country(code)', `query($s: String!) { country(code: $s) { code } }`],
  ['organization(code)', `query($s: String!) { organization(code: $s) { code } }`],
  ['whoMet(official)', `query($s: ID!) { whoMet(official: $s) { edges { node { official { key } } } } }`],
  ['neighborhood(id)', `query($s: ID!) { neighborhood(id: $s) { nodes { id } } }`],
  ['path(from)', `query($s: ID!) { path(from: $s, to: "ab-rubio") { hops } }`],
  ['meetings(filter.city)', `query($s: String) { meetings(filter: { city: $s }) { edges { node { key } } } }`],
  ['meetings(filter.country)', `query($s: String) { meetings(filter: { country: $s }) { edges { node { key } } } }`],
  ['meetings(filter.countries)', `query($s: [String!]) { meetings(filter: { countries: $s }) { edges { node { key } } } }`, (s) => [s]],
  ['meetings(filter.officials)', `query($s: [ID!]) { meetings(filter: { officials: $s }) { edges { node { key } } } }`, (s) => [s]],
  ['stats(filter.official)', `query($s: ID) { stats { meetingsByKind(filter: { official: $s }) { meetings } } }`],
  ['stats(filter.country)', `query($s: String) { stats { meetingsPerMonth(filter: { country: $s }) { meetings } } }`],
  ['meetings(after) raw', `query($s: String) { meetings(after: $s) { edges { node { key } } } }`],
  ['meetings(after) well-formed cursor', `query($s: String) { meetings(after: $s) { edges { node { key } } } }`, (s) => encodeCursor([s, s])],
  ['officials(before) well-formed cursor', `query($s: String) { officials(before: $s) { edges { node { key } } } }`, (s) => encodeCursor([s, s])],
  ['officials(after) search cursor well-formed', `query($s: String) { officials(search: "Lavrov", after: $s) { edges { node { key } } } }`, (s) => encodeCursor([1e308, s])],
];

describe('Cypher and Lucene injection through every string argument', () => {
  it.each(STRING_ARGS)('%s: finds nothing, changes nothing', async (label, query, wrap) => {
    const before = await fixtureState();
    expect(before).toMatch(/ab-lavrov \d+ -ATTENDED-> ab-m1/);
    for (const payload of PAYLOADS) {
      const res = await gql<Record<string, unknown>>(app, query, { s: wrap ? wrap(payload) : payload });
      // A clear refusal of the value is fine; an internal error is not.
      for (const e of res.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND'], `${payload}: ${e.message}`).toContain(e.extensions?.code);
      // Nothing of the fixture leaks out (found rows would carry their keys).
      const found = JSON.stringify(res.data ?? null).match(/ab-[a-z0-9]+/g) ?? [];
      if (!label.includes('well-formed')) expect(found, payload).toEqual([]);
    }
    expect(await fixtureState()).toBe(before);
  });

  it('the fixture is still whole and findable afterwards', async () => {
    const res = await gql<{ officials: { edges: { node: { key: string } }[] } }>(app, `{ officials(search: "lavrov") { ${OFFICIAL_FIELDS} } }`);
    expect(res.data?.officials.edges.map((e) => e.node.key)).toEqual(['ab-lavrov']);
  });
});
