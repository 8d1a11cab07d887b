// The graph writer on the real test Neo4j: idempotence, replacement, meetings, surname rule, failures, delete.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/executor.ts';
import { createLoader, type Loader, type LoadItem } from '../../src/graph/loader.ts';
import { resetTestGraph, useTestDb } from '../helpers/db.ts';
import { canonicalDump, counts, item, meeting, official } from './fixtures.ts';

let db: Db;
let loader: Loader;

useTestDb(async (opened) => {
  db = opened;
  loader = createLoader(db);
});

const macron = official('Emmanuel Macron', 'FR', { title: 'President' });
const scholz = official('Olaf Scholz', 'DE', { title: 'Chancellor' });
const tusk = official('Donald Tusk', 'PL', { title: 'Prime Minister' });

const a1 = item('a1', {
  officials: [macron, scholz],
  countries: ['FR', 'DE'],
  meetings: [meeting(['Emmanuel Macron', 'Olaf Scholz'], { date: '2025-03-01', city: 'Paris', country: 'FR', countries: ['FR', 'DE'], topics: ['Ukraine'] })],
});
const a2 = item('a2', {
  officials: [official('Emmanuel Macron', 'FR', { title: 'French President' }), scholz],
  countries: ['DE'],
  meetings: [meeting(['Olaf Scholz', 'Emmanuel Macron'], { date: '2025-03-02', city: 'Paris', country: 'FR', countries: ['DE', 'FR'], topics: ['energy'] })],
});
const a3 = item('a3', { officials: [tusk, macron], countries: ['PL'], meetings: [meeting(['Donald Tusk', 'Emmanuel Macron'], { date: '2025-03-05' })] });

async function meetings(): Promise<{ id: string; date: string | null; city: string | null; topics: string[]; sources: string[] }[]> {
  return db.readRows(
    't:meetings',
    `MATCH (m:Meeting) OPTIONAL MATCH (m)-[:MENTIONED_IN]->(a:Article)
     WITH m, a ORDER BY a.id
     RETURN m.id AS id, m.date AS date, m.city AS city, m.topics AS topics, collect(a.id) AS sources ORDER BY id`,
  );
}

/** An official's articles (sorted): what supports his REPRESENTS / SERVES (graph/README.md). */
const MENTIONING = 'COLLECT { MATCH (o)-[:MENTIONED_IN]->(a:Article) RETURN a.id ORDER BY a.id }';

describe('loader', () => {
  it('writes an article and reports what it wrote', async () => {
    const [r] = await loader.load([a1]);
    expect(r).toMatchObject({ id: 'a1', status: 'new', error: null, counts: { officials: 2, countries: 2, meetings: 1 } });
    const officials = await db.readRows<{ id: string; name: string; titles: string[]; country: string; props: object; sources: string[] }>(
      't:officials',
      `MATCH (o:Official)-[r:REPRESENTS]->(c:Country)
       RETURN o.id AS id, o.name AS name, o.titles AS titles, c.code AS country, properties(r) AS props, ${MENTIONING} AS sources ORDER BY id`,
    );
    // REPRESENTS carries nothing: the articles that mention an official support his country
    expect(officials).toEqual([
      { id: 'de:olaf-scholz', name: 'Olaf Scholz', titles: ['Chancellor'], country: 'DE', props: {}, sources: ['a1'] },
      { id: 'fr:emmanuel-macron', name: 'Emmanuel Macron', titles: ['President'], country: 'FR', props: {}, sources: ['a1'] },
    ]);
    const [country] = await db.readRows<{ name: string }>('t:country', "MATCH (c:Country {code: 'DE'}) RETURN c.name AS name");
    expect(country?.name).toBe('Germany');
  });

  it('re-ingesting unchanged articles changes nothing', async () => {
    await loader.load([a1, a2, a3]);
    const before = await canonicalDump(db);
    const sizes = await counts(db);
    const again = await loader.load([a1, a2, a3]);
    expect(again.map((r) => r.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(await counts(db)).toEqual(sizes);
    expect(await canonicalDump(db)).toBe(before);
  });

  it('two articles about one meeting (dates a day apart) make one Meeting with two sources', async () => {
    const results = await loader.load([a1, a2]);
    expect(results[0]!.meetingIds).toEqual(results[1]!.meetingIds);
    const ms = await meetings();
    expect(ms).toHaveLength(1);
    expect(ms[0]).toMatchObject({ city: 'Paris', sources: ['a1', 'a2'], topics: ['Ukraine', 'energy'] });
    // a tie between the two dates goes to the earlier one
    expect(ms[0]!.date).toBe('2025-03-01');
    const attended = await db.readRows<{ sources: string[] }>('t:att', 'MATCH (:Official)-[r:ATTENDED]->(:Meeting) RETURN r.sources AS sources');
    expect(attended).toEqual([{ sources: ['a1', 'a2'] }, { sources: ['a1', 'a2'] }]);
  });

  it('chains dates one day apart whatever the load order, and splits them again on delete', async () => {
    const day = (id: string, date: string) =>
      item(id, { officials: [macron, scholz], meetings: [meeting(['Emmanuel Macron', 'Olaf Scholz'], { date })] });
    const d1 = day('d1', '2025-04-01');
    const d3 = day('d3', '2025-04-03');
    const d2 = day('d2', '2025-04-02');
    await loader.load([d1, d3]);
    expect(await meetings()).toHaveLength(2);
    await loader.load([d2]);
    const one = await meetings();
    expect(one).toHaveLength(1);
    expect(one[0]!.sources).toEqual(['d1', 'd2', 'd3']);
    const joined = await canonicalDump(db);

    await resetTestGraph(db);
    await loader.load([d2]);
    await loader.load([d3, d1]);
    expect(await canonicalDump(db)).toBe(joined);

    await loader.deleteArticle('d2');
    expect((await meetings()).map((m) => m.sources).sort()).toEqual([['d1'], ['d3']]);
  });

  it('a meeting of a touched group that gains no report stays as stored; the graph is the one a single load makes', async () => {
    const day = (id: string, date: string) =>
      item(id, { officials: [macron, scholz], meetings: [meeting(['Emmanuel Macron', 'Olaf Scholz'], { date, city: 'Paris', country: 'FR' })] });
    // Relationships are never updated in place: one written again gets a new element id.
    const rels = () =>
      db.readRows<{ id: string }>('t:rels', "MATCH (m:Meeting {date: '2025-05-01'})-[r]-() RETURN elementId(r) AS id ORDER BY id");
    await loader.load([day('e1', '2025-05-01')]);
    const before = await rels();
    expect(before).toHaveLength(4); // MENTIONED_IN, HELD_IN, 2 ATTENDED (no states: no PARTICIPATED_IN)
    await loader.load([day('e2', '2025-05-20')]); // same group (pair), another meeting
    expect(await meetings()).toHaveLength(2);
    expect(await rels()).toEqual(before);
    const twoLoads = await canonicalDump(db);

    await resetTestGraph(db);
    await loader.load([day('e1', '2025-05-01'), day('e2', '2025-05-20')]);
    expect(await canonicalDump(db)).toBe(twoLoads);

    // a report joining it rewrites it
    await loader.load([day('e3', '2025-05-02')]);
    expect((await meetings()).find((m) => m.date === '2025-05-01')?.sources).toEqual(['e1', 'e3']);
  });

  it('a changed article replaces exactly its own facts', async () => {
    await loader.load([a1, a2, a3]);
    // a3 now says Tusk met Scholz instead of Macron
    const a3b = item('a3', { officials: [tusk, scholz], countries: ['PL'], meetings: [meeting(['Donald Tusk', 'Olaf Scholz'], { date: '2025-03-05' })] }, 2);
    const [r] = await loader.load([a3b]);
    expect(r!.status).toBe('updated');

    // the graph equals a fresh load of a1, a2 and the new a3
    const after = await canonicalDump(db);
    await resetTestGraph(db);
    await loader.load([a1, a2, a3b]);
    expect(after).toBe(await canonicalDump(db));

    const macronSources = await db.readRows<{ sources: string[] }>(
      't:m',
      `MATCH (o:Official {id: 'fr:emmanuel-macron'})-[:REPRESENTS]->() RETURN ${MENTIONING} AS sources`,
    );
    expect(macronSources).toEqual([{ sources: ['a1', 'a2'] }]);
  });

  it('the same text extracted differently (a newer extractor) is updated; extracted the same again, unchanged', async () => {
    await loader.load([a1, a2, a3]);
    // a3's text as before, but now read as a meeting of three
    const reread = item('a3', { officials: [tusk, macron, scholz], countries: ['PL'], meetings: [meeting(['Donald Tusk', 'Emmanuel Macron', 'Olaf Scholz'], { date: '2025-03-05' })] });
    expect(reread.article.body).toBe(a3.article.body);
    const [r] = await loader.load([reread]);
    expect(r!.status).toBe('updated');
    const after = await canonicalDump(db);
    expect((await loader.load([reread]))[0]!.status).toBe('unchanged');
    // the graph equals a fresh load with the new reading
    await resetTestGraph(db);
    await loader.load([a1, a2, reread]);
    expect(after).toBe(await canonicalDump(db));
  });

  it('delete removes the article and only the facts it alone supported', async () => {
    await loader.load([a1, a2]);
    const before = await canonicalDump(db);
    await loader.load([a3]);
    expect(await loader.deleteArticle('a3')).toBe(true);
    expect(await canonicalDump(db)).toBe(before);
    const tusks = await db.readRows('t:tusk', "MATCH (o:Official {id: 'pl:donald-tusk'}) RETURN o");
    expect(tusks).toEqual([]);
    const pl = await db.readRows('t:pl', "MATCH (c:Country {code: 'PL'}) RETURN c");
    expect(pl).toEqual([]);
    expect(await loader.deleteArticle('a3')).toBe(false);
  });

  it('organisations and meeting places go with the last article that referred to them', async () => {
    await loader.load([a1]);
    const before = await canonicalDump(db);
    const eu = item('e1', {
      officials: [official('Kaja Kallas', null, { org: 'EU', title: 'High Representative' }), macron],
      meetings: [meeting(['Kaja Kallas', 'Emmanuel Macron'], { date: '2025-03-09', country: 'BE', countries: ['BE'] })],
    });
    const [r] = await loader.load([eu]);
    expect(r!.counts).toEqual({ officials: 2, countries: 0, meetings: 1 });
    const [served] = await db.readRows<{ name: string; sources: string[] }>(
      't:eu',
      `MATCH (o:Official {id: 'org-eu:kaja-kallas'})-[:SERVES]->(g:Organization {code: 'EU'}) RETURN g.name AS name, ${MENTIONING} AS sources`,
    );
    expect(served).toEqual({ name: 'European Union', sources: ['e1'] });
    await loader.deleteArticle('e1');
    expect(await canonicalDump(db)).toBe(before);
  });

  it('a failing article rolls back whole and is reported; the rest of its batch is written', async () => {
    const failing = createLoader(db, {
      beforeCommit: (ids) => {
        if (ids.includes('a3')) throw new Error('forced failure after the writes');
      },
    });
    const results = await failing.load([a1, a3, a2]);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['a1', 'new'],
      ['a3', 'failed'],
      ['a2', 'new'],
    ]);
    expect(results[1]!.error).toMatch(/forced failure/);
    const expected = await canonicalDump(db);
    await resetTestGraph(db);
    await loader.load([a1, a2]);
    expect(await canonicalDump(db)).toBe(expected);
    const leftovers = await db.readRows('t:left', "MATCH (n) WHERE n.id IN ['a3', 'pl:donald-tusk'] OR n.code = 'PL' RETURN n");
    expect(leftovers).toEqual([]);
  });
});

/**
 * Officials' derived values recomputed from all their mentions, the rule the stored tallies keep
 * incrementally (see README "Officials"): the two must always agree.
 */
async function officialDrift(): Promise<unknown[]> {
  return db.readRows(
    't:drift',
    `MATCH (o:Official)
     CALL (o) {
       MATCH (o)-[:MENTIONED_IN]->(a:Article) WITH a.id AS s ORDER BY s RETURN collect(s) AS sources
     }
     CALL (o) {
       MATCH (o)-[m:MENTIONED_IN]->()
       WITH coalesce(m.name, m.shortName) AS form, m.name IS NOT NULL AS full, count(*) AS votes ORDER BY full DESC, votes DESC, form ASC
       RETURN collect(form)[0] AS name
     }
     CALL (o) {
       MATCH (o)-[m:MENTIONED_IN]->() WHERE m.title IS NOT NULL
       WITH m.title AS title, count(*) AS votes ORDER BY votes DESC, title ASC
       RETURN collect(title) AS titles
     }
     CALL (o) {
       MATCH (o)-[m:MENTIONED_IN]->()
       UNWIND coalesce(m.aliases, []) + [m.name, m.shortName] AS form
       WITH DISTINCT form WHERE form IS NOT NULL WITH form ORDER BY form RETURN collect(form) AS forms
     }
     OPTIONAL MATCH (o)-[r:REPRESENTS|SERVES]->()
     WITH o, sources, name, titles, [f IN forms WHERE f <> name] AS aliases, collect(properties(r)) AS rels
     WHERE o.name <> name OR o.titles <> titles OR o.aliases <> aliases
        OR o.aliasText <> reduce(t = '', f IN aliases | t + CASE WHEN t = '' THEN '' ELSE ' | ' END + f)
        OR rels <> CASE WHEN o.country IS NOT NULL OR o.org IS NOT NULL THEN [{}] ELSE [] END
     RETURN o.id AS id, o.name AS name, name AS expected, o.titles AS titles, titles AS expectedTitles, rels, sources`,
  );
}

describe('officials\' tallies', () => {
  const rich = (id: string, name: string, title: string | null, aliases: string[], version = 1) =>
    item(id, { officials: [official(name, 'FR', { title, aliases }), scholz], countries: ['FR'] }, version);

  it('attributes kept by +/- per mention equal a recompute from all mentions, through changes and deletes', async () => {
    await loader.load([rich('t1', 'Emmanuel Macron', 'President', ['Macron']), rich('t2', 'EMMANUEL MACRON', 'President of France', ['Le président'])]);
    await loader.load([rich('t3', 'Emmanuel Macron', 'President of France', []), a1, a2]);
    expect(await officialDrift()).toEqual([]);
    // t2 changes its words, t3 goes, t1 is loaded again unchanged
    await loader.load([rich('t2', 'Emmanuel Macron', 'French President', ['Manu'], 2), rich('t1', 'Emmanuel Macron', 'President', ['Macron'])]);
    await loader.deleteArticle('t3');
    expect(await officialDrift()).toEqual([]);
    const after = await canonicalDump(db);
    // the same set of articles loaded fresh, in another order, gives the same graph (tallies included)
    await resetTestGraph(db);
    await loader.load([a2, rich('t2', 'Emmanuel Macron', 'French President', ['Manu'], 2)]);
    await loader.load([rich('t1', 'Emmanuel Macron', 'President', ['Macron']), a1]);
    expect(await canonicalDump(db)).toBe(after);
  });

  it('an official without a tally (written by an older loader) gets it rebuilt from its mentions', async () => {
    await loader.load([a1, a2]);
    const expected = await canonicalDump(db);
    await db.writeRows('t:strip', "MATCH (o:Official {id: 'fr:emmanuel-macron'}) REMOVE o.tally SET o.titles = ['stale'] WITH o MATCH (o)-[r:REPRESENTS]->() SET r.sources = ['stale']");
    await loader.load([a3]);
    await loader.deleteArticle('a3');
    expect(await officialDrift()).toEqual([]);
    expect(await canonicalDump(db)).toBe(expected);
  });
});

describe('surname rule', () => {
  const barrotOnly = item('s1', { officials: [official('Barrot', 'FR', { title: 'Foreign Minister' })], meetings: [meeting(['Barrot'], { countries: ['FR', 'DE'], date: '2025-05-01' })] });
  const jeanNoel = item('s2', { officials: [official('Jean-Noël Barrot', 'FR')] });
  const jeanNoelAscii = item('s3', { officials: [official('jean-noel BARROT', 'FR')] });
  const pierre = item('s4', { officials: [official('Pierre Barrot', 'FR')] });
  const germanBarrot = item('s5', { officials: [official('Hans Barrot', 'DE')] });

  async function officials(): Promise<{ id: string; name: string; sources: string[] }[]> {
    return db.readRows(
      't:off',
      `MATCH (o:Official)-[:MENTIONED_IN]->(a:Article) WITH o, a ORDER BY a.id
       RETURN o.id AS id, o.name AS name, collect(a.id) AS sources ORDER BY id`,
    );
  }

  it('a surname-only official joins the one full name of its country, folding accents and case', async () => {
    await loader.load([jeanNoel, germanBarrot]);
    await loader.load([barrotOnly, jeanNoelAscii]);
    expect(await officials()).toEqual([
      { id: 'de:hans-barrot', name: 'Hans Barrot', sources: ['s5'] },
      { id: 'fr:jean-noel-barrot', name: 'Jean-Noël Barrot', sources: ['s1', 's2', 's3'] },
    ]);
  });

  it('gives the same graph whatever the order, and splits when a second candidate appears', async () => {
    const all = [barrotOnly, jeanNoel, pierre, germanBarrot];
    const orders: LoadItem[][] = [all, [...all].reverse(), [pierre, barrotOnly, germanBarrot, jeanNoel]];
    const dumps: string[] = [];
    for (const order of orders) {
      await resetTestGraph(db);
      for (const it of order) await loader.load([it]);
      dumps.push(await canonicalDump(db));
    }
    expect(new Set(dumps).size).toBe(1);
    expect((await officials()).map((o) => o.id)).toEqual(['de:hans-barrot', 'fr:barrot', 'fr:jean-noel-barrot', 'fr:pierre-barrot']);

    // Pierre leaves: Barrot joins Jean-Noël again, exactly as if Pierre had never been loaded
    await loader.deleteArticle('s4');
    const after = await canonicalDump(db);
    await resetTestGraph(db);
    await loader.load([barrotOnly, jeanNoel, germanBarrot]);
    expect(after).toBe(await canonicalDump(db));
    expect(await officialDrift()).toEqual([]);
  });
});
