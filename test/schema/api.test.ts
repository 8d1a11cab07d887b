// The analysts' API on data loaded by the ingester: short articles we wrote go through extract()
// and the graph loader, then every query is asked over HTTP (app.fetch, no port) on the test Neo4j.
import { describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Db } from '../../src/db/executor.ts';
import { extract } from '../../src/ingest/extract.ts';
import type { Article } from '../../src/ingest/types.ts';
import type { App } from '../../src/app.ts';
import type { AppDeps } from '../../src/context.ts';
import { useTestDb } from '../helpers/db.ts';
import { gql, testApp } from '../helpers/app.ts';

const article = (id: string, published: string, body: string): Article => ({ id, url: `https://example.org/news/${id}`, title: id, published, source: 'Test Wire', body });

// Written for these tests (not from the corpus).
const ARTICLES: Article[] = [
  article(
    'api-riyadh',
    '2025-02-18',
    'RIYADH, Saudi Arabia — U.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh on Tuesday, the first high-level talks in years.\nRubio said the meeting was productive. Lavrov said Moscow was ready to continue.',
  ),
  article(
    'api-beijing',
    '2025-03-05',
    'BEIJING — Russian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on Wednesday to discuss the war in Ukraine.\nWang said China and Russia would keep close contact.',
  ),
  article(
    'api-paris-call',
    '2025-04-10',
    'PARIS — French Foreign Minister Jean-Noël Barrot spoke by phone with U.S. Secretary of State Marco Rubio on Thursday about Ukraine.\nBarrot said Europe must be at the table.',
  ),
];

describe('GraphQL API on ingested articles', () => {
  let db: Db;
  let app: App;
  let deps: AppDeps;
  let ids: { rubio: string; lavrov: string; wang: string; barrot: string };

  const officialId = async (name: string): Promise<string> => {
    const res = await gql<{ official: { id: string } | null }>(app, 'query($n: String!) { official(name: $n) { id } }', { n: name });
    expect(res.errors).toBeUndefined();
    expect(res.data?.official).not.toBeNull();
    return res.data!.official!.id;
  };

  useTestDb(async (opened) => {
    db = opened;
    ({ app, deps } = testApp(db));
    const results = await deps.graph.loader.load(ARTICLES.map((a) => ({ article: a, extraction: extract(a) })));
    expect(results.map((r) => r.status)).toEqual(['new', 'new', 'new']);
    ids = { rubio: await officialId('Marco Rubio'), lavrov: await officialId('Sergei Lavrov'), wang: await officialId('Wang Yi'), barrot: await officialId('Jean-Noël Barrot') };
  }, { reset: 'once' });

  it('whoMet: Rubio met Lavrov in Riyadh, with the sentence that says so', async () => {
    const res = await gql<any>(
      app,
      `query($o: ID!) { whoMet(official: $o, kind: MEETING) { edges { node {
          official { name country { code } } meetingCount firstDate lastDate
          meetings(first: 5) { edges { node { id kind status date city country { code }
            evidence(first: 3) { edges { node { text start end sentence } } } } } }
        } } } }`,
      { o: ids.rubio },
    );
    expect(res.errors).toBeUndefined();
    const edges = res.data.whoMet.edges;
    expect(edges).toHaveLength(1); // the Barrot call is not a meeting
    const c = edges[0].node;
    expect(c).toMatchObject({ official: { name: 'Sergei Lavrov', country: { code: 'RU' } }, meetingCount: 1, firstDate: '2025-02-18', lastDate: '2025-02-18' });
    const m = c.meetings.edges[0].node;
    expect(m).toMatchObject({ kind: 'MEETING', status: 'HELD', date: '2025-02-18', city: 'Riyadh', country: { code: 'SA' } });
    const ev = m.evidence.edges[0].node;
    expect(ev.text).toContain('Marco Rubio met Russian Foreign Minister Sergei Lavrov in Riyadh');
    // Offsets point into the article body.
    expect(ARTICLES[0]!.body.slice(ev.start, ev.end)).toBe(ev.text);
    // The evidence's article, asked from the meeting too.
    const meetingId = c.meetings.edges[0].node.id;
    const byMeeting = await gql<any>(app, `query($id: ID!) { meeting(id: $id) { evidence { edges { node { article { url published } } } } } }`, { id: meetingId });
    expect(byMeeting.errors).toBeUndefined();
    expect(byMeeting.data.meeting.evidence.edges[0].node.article).toEqual({ url: 'https://example.org/news/api-riyadh', published: '2025-02-18' });
  });

  it('a query deeper than the limit gets a clear LIMIT_EXCEEDED error', async () => {
    const { app: strict } = testApp(db, { GRAPHQL_MAX_DEPTH: '10' });
    const res = await gql<any>(strict, `query($o: ID!) { whoMet(official: $o) { edges { node { meetings { edges { node { evidence { edges { node { article { url } } } } } } } } } } }`, { o: ids.rubio });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(res.errors?.[0]?.message).toMatch(/11 levels deep, above the maximum of 10/);
  });

  it('whoMet without kind counts the call too; Official.met gives the same answer', async () => {
    const res = await gql<any>(app, `query($o: ID!) { whoMet(official: $o) { edges { node { official { name } meetingCount } } }
      official(id: $o) { met { edges { node { official { name } } } } } }`, { o: ids.rubio });
    expect(res.errors).toBeUndefined();
    const names = res.data.whoMet.edges.map((e: any) => e.node.official.name).sort();
    expect(names).toEqual(['Jean-Noël Barrot', 'Sergei Lavrov']);
    expect(res.data.official.met.edges.map((e: any) => e.node.official.name).sort()).toEqual(names);
  });

  it('whoMet loads the meetings of each pair when they are asked through fragments (and only then)', async () => {
    const res = await gql<any>(
      app,
      `query($o: ID!) { whoMet(official: $o, kind: MEETING) { ...Pairs } }
       fragment Pairs on CounterpartConnection { edges { node { ... on Counterpart { ...Meets } } } }
       fragment Meets on Counterpart { meetingCount meetings { edges { node { city } } } }`,
      { o: ids.rubio },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.whoMet.edges[0].node).toEqual({ meetingCount: 1, meetings: { edges: [{ node: { city: 'Riyadh' } }] } });
  });

  it('path: Rubio → Wang Yi goes through Lavrov in two meetings', async () => {
    const res = await gql<any>(app, `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { hops steps { type official { name } meeting { city date } } meetings { city } } }`, {
      a: ids.rubio,
      b: ids.wang,
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.path.hops).toBe(2);
    expect(res.data.path.steps.map((s: any) => s.official?.name ?? s.meeting?.city)).toEqual(['Marco Rubio', 'Riyadh', 'Sergei Lavrov', 'Beijing', 'Wang Yi']);
    const short = await gql<any>(app, `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 1) { hops } }`, { a: ids.rubio, b: ids.wang });
    expect(short.errors).toBeUndefined();
    expect(short.data.path).toBeNull();
  });

  it('path from an official to itself has no meetings (Neo4j shortestPath would fail)', async () => {
    const res = await gql<any>(app, `query($a: ID!) { path(from: $a, to: $a) { hops steps { official { name } } } }`, { a: ids.lavrov });
    expect(res.errors).toBeUndefined();
    expect(res.data.path).toEqual({ hops: 0, steps: [{ official: { name: 'Sergei Lavrov' } }] });
  });

  it('path between countries', async () => {
    const res = await gql<any>(app, `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { hops steps { country { code } } } }`, {
      a: encodeGlobalID('Country', 'US'),
      b: encodeGlobalID('Country', 'CN'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.path.hops).toBe(2);
  });

  it('officials search forgives case, accents, typos and surname-only input, and escapes Lucene syntax', async () => {
    const names = async (search: string) => {
      const res = await gql<any>(app, 'query($s: String) { officials(search: $s) { edges { node { name } } } }', { s: search });
      expect(res.errors).toBeUndefined();
      return res.data.officials.edges.map((e: any) => e.node.name);
    };
    expect((await names('lavrov'))[0]).toBe('Sergei Lavrov');
    expect((await names('Sergey Lavrov'))[0]).toBe('Sergei Lavrov');
    expect((await names('jean-noel barrot'))[0]).toBe('Jean-Noël Barrot');
    expect((await names('BARROT'))[0]).toBe('Jean-Noël Barrot');
    expect((await names('Barröt'))[0]).toBe('Jean-Noël Barrot');
    expect(await names('rubio AND (wang OR "x') /* Lucene operators are plain words here */).toEqual([]);
    expect(await names('*:*')).toEqual([]);
    const byCountry = await gql<any>(app, '{ officials(country: "ru") { edges { node { name } } } }');
    expect(byCountry.data.officials.edges.map((e: any) => e.node.name)).toEqual(['Sergei Lavrov']);
  });

  it('node(id), country(code) with partners and evidence, article(url)', async () => {
    const res = await gql<any>(
      app,
      `query($id: ID!) {
        node(id: $id) { __typename ... on Official { name } }
        country(code: "us") { name partners { edges { node { country { code } meetingCount } } } evidence(first: 1) { edges { node { text } } } }
        article(url: "https://example.org/news/api-beijing") { key title meetings { edges { node { city } } } }
      }`,
      { id: ids.wang },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node).toEqual({ __typename: 'Official', name: 'Wang Yi' });
    const partners = res.data.country.partners.edges.map((e: any) => e.node.country.code).sort();
    expect(partners).toEqual(['FR', 'RU']);
    expect(res.data.country.evidence.edges).toHaveLength(1);
    expect(res.data.article).toMatchObject({ key: 'api-beijing', meetings: { edges: [{ node: { city: 'Beijing' } }] } });
  });

  it('meetings filters: all of several officials, countries, kind, date range, city', async () => {
    const q = `query($f: MeetingFilter) { meetings(filter: $f) { edges { node { city kind date } } } }`;
    const run = async (f: Record<string, unknown>) => {
      const res = await gql<any>(app, q, { f });
      expect(res.errors).toBeUndefined();
      return res.data.meetings.edges.map((e: any) => e.node.date);
    };
    expect(await run({})).toEqual(['2025-04-10', '2025-03-05', '2025-02-18']);
    expect(await run({ officials: [ids.rubio, ids.lavrov] })).toEqual(['2025-02-18']);
    expect(await run({ officials: [ids.rubio, ids.wang] })).toEqual([]);
    expect(await run({ countries: ['RU', 'cn'] })).toEqual(['2025-03-05']);
    expect(await run({ kind: 'CALL' })).toEqual(['2025-04-10']);
    expect(await run({ from: '2025-03-01', to: '2025-03-31' })).toEqual(['2025-03-05']);
    expect(await run({ city: 'riyadh' })).toEqual(['2025-02-18']);
    expect(await run({ country: 'CN' })).toEqual(['2025-03-05']);
    const bad = await gql<any>(app, q, { f: { from: '2025-05-01', to: '2025-01-01' } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'filter.from' });
  });

  it('neighborhood: nodes and edges ready for a graph view', async () => {
    const res = await gql<any>(app, `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id type label props { name date } } edges { source target type props { articles } } } }`, {
      id: ids.lavrov,
    });
    expect(res.errors).toBeUndefined();
    const n = res.data.neighborhood;
    const labels = n.nodes.map((x: any) => x.label);
    expect(labels).toEqual(expect.arrayContaining(['Sergei Lavrov', 'Marco Rubio', 'Wang Yi']));
    const nodeIds = new Set(n.nodes.map((x: any) => x.id));
    expect(n.edges.length).toBeGreaterThan(0);
    for (const e of n.edges) expect(nodeIds.has(e.source) && nodeIds.has(e.target)).toBe(true);
    expect(n.edges.filter((e: any) => e.type === 'ATTENDED' && e.source === ids.lavrov)).toHaveLength(2);
    // Asked for, every edge counts the articles that support it (each fact comes from at least one).
    for (const e of n.edges) expect(e.props.articles).toBeGreaterThanOrEqual(1);
    // Without props, only the label's properties are read: the same nodes, labels and edges.
    const bare = await gql<any>(app, `query($id: ID!) { neighborhood(id: $id, depth: 2) { truncated nodes { id type label } edges { source target type } } }`, { id: ids.lavrov });
    expect(bare.errors).toBeUndefined();
    expect(bare.data.neighborhood).toEqual({
      truncated: n.truncated,
      nodes: n.nodes.map(({ id, type, label }: any) => ({ id, type, label })),
      edges: n.edges.map(({ source, target, type }: any) => ({ source, target, type })),
    });
    expect(n.nodes.some((x: any) => x.type === 'Meeting' && x.props.date && x.label.includes(x.props.date))).toBe(true);
    const tooDeep = await gql<any>(app, `query($id: ID!) { neighborhood(id: $id, depth: 4) { truncated } }`, { id: ids.lavrov });
    expect(tooDeep.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });

  it('stats: per month, by kind, top pairs, totals', async () => {
    const res = await gql<any>(
      app,
      `query($o: ID) { stats {
        all: meetingsPerMonth { month meetings }
        rubio: meetingsPerMonth(filter: { official: $o }) { month meetings }
        meetingsByKind { kind status meetings }
        topOfficialPairs(first: 5) { a { name } b { name } meetings }
        topCountryPairs(first: 5) { a { code } b { code } meetings }
        totals { officials meetings articles }
      } }`,
      { o: ids.rubio },
    );
    expect(res.errors).toBeUndefined();
    const s = res.data.stats;
    expect(s.all).toEqual([
      { month: '2025-02', meetings: 1 },
      { month: '2025-03', meetings: 1 },
      { month: '2025-04', meetings: 1 },
    ]);
    expect(s.rubio.map((m: any) => m.month)).toEqual(['2025-02', '2025-04']);
    expect(s.meetingsByKind).toEqual(expect.arrayContaining([{ kind: 'MEETING', status: 'HELD', meetings: 2 }, { kind: 'CALL', status: 'HELD', meetings: 1 }]));
    expect(s.topOfficialPairs).toHaveLength(3);
    expect(s.totals).toMatchObject({ officials: 4, meetings: 3, articles: 3 });
  });

  it('errors: page size above the maximum, bad cursor, too many aliases, wrong id type', async () => {
    const big = await gql<any>(app, '{ officials(first: 101) { edges { cursor } } }');
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(big.errors?.[0]?.message).toMatch(/maximum page size of 100/);
    const cursor = await gql<any>(app, '{ meetings(after: "nonsense") { edges { cursor } } }');
    expect(cursor.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: health { ok }`).join(' ');
    const many = await gql<any>(app, `{ ${aliases} }`);
    expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
    expect(many.errors?.[0]?.message).toMatch(/more than 30 aliases/);
    const wrong = await gql<any>(app, `query($id: ID!) { meeting(id: $id) { key } }`, { id: ids.rubio });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});
