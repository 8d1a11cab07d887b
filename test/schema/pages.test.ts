// Pagination (stable cursors, nothing skipped or repeated) and batching (a bounded number of
// Cypher round trips for nested lists) on a fixture graph written with test/helpers/fixtures.ts.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/executor.ts';
import { createGraph } from '../../src/graph/index.ts';
import { createApp, type App } from '../../src/app.ts';
import { useTestDb } from '../helpers/db.ts';
import { gql, testDeps } from '../helpers/app.ts';
import { writeFixture, type FixtureMeeting } from '../helpers/fixtures.ts';

const OFFICIALS = Array.from({ length: 20 }, (_, i) => ({ id: `pg-o${String(i).padStart(2, '0')}`, name: `Official ${String(i).padStart(2, '0')}`, country: i % 2 ? 'AA' : 'BB' }));
// 60 meetings, several on the same day (the id breaks ties), a few undated.
const MEETINGS: FixtureMeeting[] = Array.from({ length: 60 }, (_, i) => ({
  id: `pg-m${String(i).padStart(2, '0')}`,
  date: i % 13 === 0 ? null : `2025-0${1 + (i % 6)}-${String(1 + (i % 3)).padStart(2, '0')}`,
  kind: i % 4 === 0 ? 'call' : 'meeting',
  officials: [OFFICIALS[i % 20]!.id, OFFICIALS[(i + 1) % 20]!.id],
  countries: ['AA', 'BB'],
  articles: ['pg-a1'],
}));

describe('pages and batching', () => {
  let db: Db;
  let app: App;
  let roundTrips = 0;

  useTestDb(async (opened) => {
    db = opened;
    await writeFixture(db, {
      countries: [
        { code: 'AA', name: 'Aland' },
        { code: 'BB', name: 'Borduria' },
      ],
      officials: OFFICIALS,
      articles: [{ id: 'pg-a1', url: 'https://example.org/pg-a1', published: '2025-06-01' }],
      meetings: MEETINGS,
    });
    // Count the Cypher round trips of the read repositories: a Db whose readRows counts, same server.
    const counting = Object.create(db) as Db;
    counting.readRows = ((...args: Parameters<Db['readRows']>) => {
      roundTrips += 1;
      return db.readRows(...args);
    }) as Db['readRows'];
    const deps = testDeps(db);
    app = createApp({ ...deps, db: counting, graph: createGraph(counting) });
  }, { reset: 'once' });

  const walk = async (query: string, variables: Record<string, unknown>, pick: (data: any) => any) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const res = await gql<any>(app, query, { ...variables, after });
      expect(res.errors).toBeUndefined();
      const conn = pick(res.data);
      seen.push(...conn.edges.map((e: any) => e.node.key));
      if (!conn.pageInfo.hasNextPage) return seen;
      after = conn.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  };

  it('meetings: pages of 7 cover every meeting once, in (date, id) order, both directions', async () => {
    const q = `query($after: String, $order: MeetingOrder) { meetings(first: 7, after: $after, orderBy: $order) { edges { node { key date } } pageInfo { hasNextPage endCursor } } }`;
    const desc = await walk(q, { order: 'DATE_DESC' }, (d) => d.meetings);
    const byKey = new Map(MEETINGS.map((m) => [m.id, m]));
    const key = (m: FixtureMeeting) => [m.date ?? '', m.id] as const;
    const expected = [...MEETINGS].sort((a, b) => (key(b)[0] === key(a)[0] ? (key(b)[1] < key(a)[1] ? -1 : 1) : key(b)[0] < key(a)[0] ? -1 : 1)).map((m) => m.id);
    expect(desc).toEqual(expected);
    const asc = await walk(q, { order: 'DATE_ASC' }, (d) => d.meetings);
    expect(asc).toEqual([...expected].reverse());
    expect(new Set(desc).size).toBe(byKey.size);
  });

  it('a cursor stays valid when a meeting is added before it', async () => {
    const q = `query($after: String) { meetings(first: 10, after: $after, filter: { from: "2025-01-01" }) { edges { node { key } } pageInfo { endCursor } } }`;
    const first = await gql<any>(app, q, { after: null });
    const cursor = first.data.meetings.pageInfo.endCursor;
    const before = await gql<any>(app, q, { after: cursor });
    await writeFixture(db, { meetings: [{ id: 'pg-new', date: '2025-12-31', officials: [OFFICIALS[0]!.id] }] });
    const afterInsert = await gql<any>(app, q, { after: cursor });
    expect(afterInsert.data.meetings.edges).toEqual(before.data.meetings.edges);
    await db.writeRows('test:cleanup', 'MATCH (m:Meeting {id: $id}) DETACH DELETE m', { id: 'pg-new' });
  });

  it('backward pages (last/before) mirror forward pages', async () => {
    const fwd = await gql<any>(app, `{ meetings(first: 10) { edges { node { key } cursor } } }`);
    const edges = fwd.data.meetings.edges;
    const back = await gql<any>(app, `query($b: String) { meetings(last: 4, before: $b) { edges { node { key } } pageInfo { hasPreviousPage hasNextPage } } }`, { b: edges[9].cursor });
    expect(back.errors).toBeUndefined();
    expect(back.data.meetings.edges.map((e: any) => e.node.key)).toEqual(edges.slice(5, 9).map((e: any) => e.node.key));
    expect(back.data.meetings.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: true });
  });

  it('officials and nested officials of a country page without gaps', async () => {
    const all = await walk(`query($after: String) { officials(first: 6, after: $after) { edges { node { key } } pageInfo { hasNextPage endCursor } } }`, {}, (d) => d.officials);
    expect(all).toEqual(OFFICIALS.map((o) => o.id));
    const aa = await walk(`query($after: String) { country(code: "AA") { officials(first: 3, after: $after) { edges { node { key } } pageInfo { hasNextPage endCursor } } } }`, {}, (d) => d.country.officials);
    expect(aa).toEqual(OFFICIALS.filter((o) => o.country === 'AA').map((o) => o.id));
  });

  it('20 officials with their country, last 5 meetings, participants and evidence: 6 round trips, not 1 + 20 × …', async () => {
    roundTrips = 0;
    const res = await gql<any>(
      app,
      `{ officials(first: 20) { edges { node { name country { name }
          meetings(first: 5) { edges { node { date officials(first: 4) { edges { node { name } } } evidence(first: 1) { edges { node { text } } } } } } } } } }`,
    );
    expect(res.errors?.[0]?.message).toBeUndefined();
    const edges = res.data.officials.edges;
    expect(edges).toHaveLength(20);
    expect(edges.every((e: any) => e.node.meetings.edges.length === 5)).toBe(true);
    expect(edges[0].node.country.name).toBe('Borduria');
    // officials list, their countries, meetings of the 20, links of the meetings, participants by id, evidence of the meetings.
    expect(roundTrips).toBeLessThanOrEqual(6);
  });
});
