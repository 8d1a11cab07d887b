// Hand-made articles and extractions for the loader tests: short, and exactly the facts we want.
import type { Db } from '../../src/db/executor.ts';
import type { Article, Evidence, ExtractedMeeting, ExtractedOfficial, Extraction } from '../../src/ingest/types.ts';
import type { LoadItem } from '../../src/graph/loader.ts';

const ev = (sentence: number, text: string): Evidence => ({ sentence, start: sentence * 100, end: sentence * 100 + text.length, text });

export function official(name: string, country: string | null, more: Partial<Omit<ExtractedOfficial, 'name' | 'country'>> = {}): ExtractedOfficial {
  return { name, country, org: null, title: null, aliases: [], evidence: [ev(0, `${name} spoke.`)], ...more };
}

export function meeting(participants: string[], more: Partial<ExtractedMeeting> = {}): ExtractedMeeting {
  return {
    kind: 'meeting',
    status: 'held',
    date: null,
    city: null,
    country: null,
    participants,
    countries: [],
    topics: [],
    evidence: [ev(1, `${participants.join(' and ')} met.`)],
    ...more,
  };
}

/** An article whose body changes with `version`, so its sha256 does too. */
export function item(
  id: string,
  parts: { officials?: ExtractedOfficial[]; countries?: string[]; meetings?: ExtractedMeeting[]; published?: string | null },
  version = 1,
): LoadItem {
  const article: Article = {
    id,
    url: `https://news.example/${id}`,
    title: `Story ${id}`,
    published: parts.published ?? '2025-03-01',
    source: 'test',
    body: `Body of ${id}, version ${version}.`,
  };
  const extraction: Extraction = {
    id,
    officials: parts.officials ?? [],
    countries: (parts.countries ?? []).map((code) => ({ code, evidence: [ev(2, code)] })),
    meetings: parts.meetings ?? [],
  };
  return { article, extraction };
}

/**
 * The whole graph as sorted text, without what depends on time (ingestedAt) or on internal ids:
 * two loads that must give the same graph give the same dump.
 */
export async function canonicalDump(db: Db): Promise<string> {
  const nodes = await db.readRows<{ labels: string[]; props: Record<string, unknown> }>(
    'test:dump-nodes',
    `MATCH (n) WHERE NOT n:__DiplomaticGraphTestDatabase RETURN labels(n) AS labels, properties(n) AS props`,
  );
  const rels = await db.readRows<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    'test:dump-rels',
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props`,
  );
  const clean = (p: Record<string, unknown>) => {
    const { ingestedAt: _i, ...rest } = p;
    return Object.fromEntries(Object.entries(rest).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const lines = [
    ...nodes.map((n) => `${n.labels.sort().join(':')} ${JSON.stringify(clean(n.props))}`),
    ...rels.map((r) => `${r.from} -${r.type}-> ${r.to} ${JSON.stringify(clean(r.props))}`),
  ];
  return lines.sort().join('\n');
}

export async function counts(db: Db): Promise<{ nodes: number; rels: number }> {
  const [row] = await db.readRows<{ nodes: number; rels: number }>(
    'test:counts',
    `CALL () { MATCH (n) WHERE NOT n:__DiplomaticGraphTestDatabase RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS rels }
     RETURN nodes, rels`,
  );
  return row!;
}
