// Aggregates for dashboards: meetings per month, most frequent pairs, counts per kind, totals.
import type { Db } from '../../db/executor.ts';
import { Label, Rel } from '../model.ts';
import { meetingMatch, type MeetingFilter } from './meetings.ts';
import { int, lines, where, type Query } from './query.ts';

export function meetingsPerMonth(filter: MeetingFilter): Query {
  const m = meetingMatch(filter);
  return {
    cypher: lines(m.match, where(['m.date IS NOT NULL', ...m.conditions]), `RETURN substring(m.date, 0, 7) AS month, count(m) AS meetings`, `ORDER BY month`),
    params: m.params,
  };
}

export function meetingsByKind(filter: MeetingFilter): Query {
  const m = meetingMatch(filter);
  return {
    cypher: lines(m.match, where(m.conditions), `RETURN m.kind AS kind, m.status AS status, count(m) AS meetings`, `ORDER BY meetings DESC, kind, status`),
    params: m.params,
  };
}

export type PairKind = 'officials' | 'countries';

const PAIRS: Record<PairKind, { match: string; key: string }> = {
  officials: { match: `MATCH (a:${Label.Official})-[:${Rel.ATTENDED}]->(m:${Label.Meeting})<-[:${Rel.ATTENDED}]-(b:${Label.Official})`, key: 'id' },
  countries: { match: `MATCH (a:${Label.Country})-[:${Rel.PARTICIPATED_IN}]->(m:${Label.Meeting})<-[:${Rel.PARTICIPATED_IN}]-(b:${Label.Country})`, key: 'code' },
};

/** Pairs that met most often (each pair once: a < b). Filters on officials/countries are not anchors here. */
export function topPairs(kind: PairKind, filter: Omit<MeetingFilter, 'officials' | 'countries'>, limit: number): Query {
  const m = meetingMatch({ ...filter, officials: null, countries: null });
  const p = PAIRS[kind];
  return {
    cypher: lines(
      p.match,
      where([`a.${p.key} < b.${p.key}`, ...m.conditions]),
      `RETURN a.${p.key} AS a, b.${p.key} AS b, count(m) AS meetings, min(m.date) AS firstDate, max(m.date) AS lastDate`,
      `ORDER BY meetings DESC, a, b`,
      `LIMIT $limit`,
    ),
    params: { ...m.params, limit: int(limit) },
  };
}

export const totalsQuery: Query = {
  cypher: lines(
    `CALL () { MATCH (n:${Label.Official}) RETURN count(n) AS officials }`,
    `CALL () { MATCH (n:${Label.Country}) RETURN count(n) AS countries }`,
    `CALL () { MATCH (n:${Label.Organization}) RETURN count(n) AS organizations }`,
    `CALL () { MATCH (n:${Label.Meeting}) RETURN count(n) AS meetings }`,
    `CALL () { MATCH (n:${Label.Article}) RETURN count(n) AS articles }`,
    `RETURN officials, countries, organizations, meetings, articles`,
  ),
  params: {},
};

export interface MonthCount {
  month: string;
  meetings: number;
}
export interface KindCount {
  kind: string;
  status: string;
  meetings: number;
}
export interface PairCount {
  a: string;
  b: string;
  meetings: number;
  firstDate: string | null;
  lastDate: string | null;
}
export interface Totals {
  officials: number;
  countries: number;
  organizations: number;
  meetings: number;
  articles: number;
}

export function createStatsReads(db: Db) {
  return {
    perMonth(filter: MeetingFilter): Promise<MonthCount[]> {
      const q = meetingsPerMonth(filter);
      return db.readRows<MonthCount & Record<string, unknown>>('stats.perMonth', q.cypher, q.params);
    },
    byKind(filter: MeetingFilter): Promise<KindCount[]> {
      const q = meetingsByKind(filter);
      return db.readRows<KindCount & Record<string, unknown>>('stats.byKind', q.cypher, q.params);
    },
    topPairs(kind: PairKind, filter: Omit<MeetingFilter, 'officials' | 'countries'>, limit: number): Promise<PairCount[]> {
      const q = topPairs(kind, filter, limit);
      return db.readRows<PairCount & Record<string, unknown>>(`stats.topPairs.${kind}`, q.cypher, q.params);
    },
    async totals(): Promise<Totals> {
      const [row] = await db.readRows<Totals & Record<string, unknown>>('stats.totals', totalsQuery.cypher, totalsQuery.params);
      return row ?? { officials: 0, countries: 0, organizations: 0, meetings: 0, articles: 0 };
    },
  };
}

export type StatsReads = ReturnType<typeof createStatsReads>;
