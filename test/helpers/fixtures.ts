// Writes a small graph exactly as src/graph/model.ts describes it, with parameterised UNWIND
// Cypher: for read tests that need shapes the extractor would not produce (many meetings, 20
// officials). Tests that can use real articles load them through extract + the loader instead.
import type { Db } from '../../src/db/executor.ts';
import { Label, Rel } from '../../src/graph/model.ts';

export interface FixtureOfficial {
  id: string;
  name: string;
  aliases?: string[];
  titles?: string[];
  country?: string | null;
  org?: string | null;
}

export interface FixtureMeeting {
  id: string;
  date: string | null;
  kind?: 'meeting' | 'call' | 'other';
  status?: 'held' | 'planned' | 'cancelled';
  city?: string | null;
  country?: string | null;
  officials: string[];
  countries?: string[];
  /** Article ids that report it (MENTIONED_IN with one evidence sentence each). */
  articles?: string[];
}

export interface Fixture {
  countries?: { code: string; name: string }[];
  organizations?: { code: string; name: string }[];
  officials?: FixtureOfficial[];
  articles?: { id: string; url?: string; title?: string; published?: string }[];
  meetings?: FixtureMeeting[];
}

export async function writeFixture(db: Db, f: Fixture): Promise<void> {
  await db.write('test:fixture', async (tx) => {
    await tx.run(`UNWIND $rows AS row MERGE (c:${Label.Country} {code: row.code}) SET c.name = row.name`, { rows: f.countries ?? [] });
    await tx.run(`UNWIND $rows AS row MERGE (g:${Label.Organization} {code: row.code}) SET g.name = row.name`, { rows: f.organizations ?? [] });
    await tx.run(
      `UNWIND $rows AS row MERGE (a:${Label.Article} {id: row.id})
       SET a.url = row.url, a.title = row.title, a.published = row.published, a.source = 'fixture', a.sha256 = row.id, a.ingestedAt = '2025-01-01T00:00:00Z'`,
      { rows: (f.articles ?? []).map((a) => ({ url: null, title: null, published: null, ...a })) },
    );
    await tx.run(
      `UNWIND $rows AS row MERGE (o:${Label.Official} {id: row.id})
       SET o.name = row.name, o.aliases = row.aliases, o.aliasText = row.aliasText, o.titles = row.titles, o.country = row.country, o.org = row.org
       WITH o, row
       CALL (o, row) { MATCH (c:${Label.Country} {code: row.country}) MERGE (o)-[:${Rel.REPRESENTS}]->(c) }
       CALL (o, row) { MATCH (g:${Label.Organization} {code: row.org}) MERGE (o)-[:${Rel.SERVES}]->(g) }`,
      {
        rows: (f.officials ?? []).map((o) => ({
          aliases: [],
          titles: [],
          country: null,
          org: null,
          ...o,
          aliasText: (o.aliases ?? []).join(' | '),
        })),
      },
    );
    await tx.run(
      `UNWIND $rows AS row MERGE (m:${Label.Meeting} {id: row.id})
       SET m.date = row.date, m.kind = row.kind, m.status = row.status, m.city = row.city, m.country = row.country, m.topics = []
       WITH m, row
       CALL (m, row) { UNWIND row.officials AS oid MATCH (o:${Label.Official} {id: oid}) MERGE (o)-[r:${Rel.ATTENDED}]->(m) SET r.sources = row.articles }
       CALL (m, row) { UNWIND row.countries AS code MATCH (c:${Label.Country} {code: code}) MERGE (c)-[r:${Rel.PARTICIPATED_IN}]->(m) SET r.sources = row.articles }
       CALL (m, row) { MATCH (c:${Label.Country} {code: row.country}) MERGE (m)-[r:${Rel.HELD_IN}]->(c) SET r.sources = row.articles }
       CALL (m, row) {
         UNWIND row.articles AS aid MATCH (a:${Label.Article} {id: aid})
         MERGE (m)-[r:${Rel.MENTIONED_IN}]->(a)
         SET r.sentences = [0], r.starts = [0], r.ends = [size(row.text)], r.texts = [row.text]
       }`,
      {
        rows: (f.meetings ?? []).map((m) => ({
          kind: 'meeting',
          status: 'held',
          city: null,
          country: null,
          countries: [],
          articles: [],
          ...m,
          text: `Meeting ${m.id} of ${m.officials.join(' and ')}.`,
        })),
      },
    );
  });
}
