// Officials: by id, by name, forgiving full-text search with filters, and per-country /
// per-organization pages (batched by key).
import type { Db } from '../../db/executor.ts';
import type { OfficialNode } from '../model.ts';
import { Label, Rel } from '../model.ts';
import { project, toOfficial } from './mappers.ts';
import { int, keyset, lines, where, type KeysetPage, type Ordering, type Query } from './query.ts';

/** Lucene query syntax characters; user input is escaped before it reaches the full-text index. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
}

/** Lower case without diacritics: wildcard and fuzzy terms are not analysed by Lucene, so we fold them as the index does. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/**
 * A forgiving Lucene query from what a user typed: every word must match, as itself, as a
 * prefix (3+ letters) or with one typo (5+ letters). "lavrov", "Lavróv", "sergey lavrov" all find
 * Sergei Lavrov. Null when nothing searchable is left.
 */
export function luceneQuery(text: string): string | null {
  const words = foldForSearch(text)
    .split(/\s+/)
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ''))
    .filter((w) => w.length > 0)
    .slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const e = escapeLucene(w);
      const alternatives = [e];
      if (w.length >= 3) alternatives.push(`${e}*`);
      if (w.length >= 5) alternatives.push(`${e}~1`);
      return alternatives.length === 1 ? e : `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

export const FULLTEXT_OFFICIALS = 'official_names';
/** How many full-text hits are considered before filters and pagination. */
export const SEARCH_CANDIDATES = 1000;

export interface OfficialFilter {
  search?: string | null;
  country?: string | null;
  organization?: string | null;
}

export const officialOrdering: Ordering = { exprs: ['o.name', 'o.id'], dirs: ['ASC', 'ASC'] };
export const officialSearchOrdering: Ordering = { exprs: ['score', 'o.id'], dirs: ['DESC', 'ASC'] };

export function officialsByIds(ids: readonly string[]): Query {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (o:${Label.Official} {id: id})`, `RETURN ${project.official('o')} AS official`),
    params: { ids: [...ids] },
  };
}

/** Exact name (index seek) or exact alias. */
export function officialByExactName(name: string): Query {
  return {
    cypher: lines(
      `CALL () {`,
      `  MATCH (o:${Label.Official} {name: $name}) RETURN o`,
      `  UNION`,
      `  CALL db.index.fulltext.queryNodes('${FULLTEXT_OFFICIALS}', $phrase, {limit: 20}) YIELD node AS o`,
      `  WITH o WHERE $name IN o.aliases RETURN o`,
      `}`,
      `RETURN ${project.official('o')} AS official`,
      `ORDER BY o.id`,
      `LIMIT 1`,
    ),
    params: { name: name.trim(), phrase: `"${name.trim().replace(/["\\]/g, (c) => `\\${c}`)}"` },
  };
}

function filterConditions(f: OfficialFilter): { conditions: string[]; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.country) {
    params.country = f.country.toUpperCase();
    conditions.push('o.country = $country');
  }
  if (f.organization) {
    params.organization = f.organization.toUpperCase();
    conditions.push(`EXISTS { (o)-[:${Rel.SERVES}]->(:${Label.Organization} {code: $organization}) }`);
  }
  return { conditions, params };
}

/** Whether a filter searches the full-text index (its pages are then ordered by score). */
export const isSearch = (f: OfficialFilter): boolean => Boolean(f.search && luceneQuery(f.search));

export function officialList(filter: OfficialFilter, page: KeysetPage): Query {
  const f = filterConditions(filter);
  const lucene = filter.search ? luceneQuery(filter.search) : null;
  if (lucene) {
    const k = keyset(officialSearchOrdering, page);
    return {
      cypher: lines(
        `CALL db.index.fulltext.queryNodes('${FULLTEXT_OFFICIALS}', $lucene, {limit: $candidates}) YIELD node AS o, score`,
        where([...f.conditions, k.where]),
        `RETURN ${project.official('o')} AS official, score`,
        `ORDER BY ${k.orderBy}`,
        `LIMIT $limit`,
      ),
      params: { lucene, candidates: int(SEARCH_CANDIDATES), limit: int(page.limit), ...f.params, ...k.params },
    };
  }
  const k = keyset(officialOrdering, page);
  return {
    cypher: lines(`MATCH (o:${Label.Official})`, where([...f.conditions, k.where]), `RETURN ${project.official('o')} AS official, null AS score`, `ORDER BY ${k.orderBy}`, `LIMIT $limit`),
    params: { limit: int(page.limit), ...f.params, ...k.params },
  };
}

export type OfficialGroup = 'country' | 'organization';

const GROUP: Record<OfficialGroup, string> = {
  country: `(o:${Label.Official} {country: key})`,
  organization: `(o:${Label.Official})-[:${Rel.SERVES}]->(:${Label.Organization} {code: key})`,
};

/** One page of officials per country code or organization code, in one round trip. */
export function officialsOf(group: OfficialGroup, keys: readonly string[], page: KeysetPage): Query {
  const k = keyset(officialOrdering, page);
  return {
    cypher: lines(
      `UNWIND $keys AS key`,
      `CALL (key) {`,
      `  MATCH ${GROUP[group]}`,
      `  ${where([k.where])}`,
      `  WITH o ORDER BY ${k.orderBy} LIMIT $limit`,
      `  RETURN collect(${project.official('o')}) AS officials`,
      `}`,
      `RETURN key, officials`,
    ),
    params: { keys: [...keys], limit: int(page.limit), ...k.params },
  };
}

export interface ScoredOfficial extends OfficialNode {
  /** Full-text score when searching, else null. */
  score: number | null;
}

type Row = Record<string, unknown>;

export function createOfficialReads(db: Db) {
  return {
    async byIds(ids: readonly string[]): Promise<OfficialNode[]> {
      const q = officialsByIds(ids);
      const rows = await db.readRows<{ official: Row }>('officials.byIds', q.cypher, q.params);
      return rows.map((r) => toOfficial(r.official));
    },
    /** Exact name or alias first; else the best full-text hit. */
    async byName(name: string): Promise<OfficialNode | null> {
      const exact = officialByExactName(name);
      const [hit] = await db.readRows<{ official: Row }>('officials.byName', exact.cypher, exact.params);
      if (hit) return toOfficial(hit.official);
      if (!luceneQuery(name)) return null;
      const [best] = await this.list({ search: name }, { cursor: null, limit: 1, reverse: false });
      return best ?? null;
    },
    async list(filter: OfficialFilter, page: KeysetPage): Promise<ScoredOfficial[]> {
      if (filter.search && !luceneQuery(filter.search)) return []; // only punctuation: nothing can match
      const q = officialList(filter, page);
      const rows = await db.readRows<{ official: Row; score: number | null }>('officials.list', q.cypher, q.params);
      return rows.map((r) => ({ ...toOfficial(r.official), score: r.score ?? null }));
    },
    async of(group: OfficialGroup, keys: readonly string[], page: KeysetPage): Promise<Map<string, OfficialNode[]>> {
      const q = officialsOf(group, keys, page);
      const rows = await db.readRows<{ key: string; officials: Row[] }>(`officials.of.${group}`, q.cypher, q.params);
      return new Map(rows.map((r) => [r.key, r.officials.map(toOfficial)]));
    },
  };
}

export type OfficialReads = ReturnType<typeof createOfficialReads>;
