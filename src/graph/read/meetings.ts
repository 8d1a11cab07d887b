// Meetings: lists with filters, per-official / per-country / per-article pages (batched by key),
// participants and "who met whom" aggregates. Builders return {cypher, params}; the repository runs them.
import type { Db } from '../../db/executor.ts';
import type { MeetingNode, OfficialNode } from '../model.ts';
import { Label, Rel } from '../model.ts';
import { project, toMeeting, toOfficial } from './mappers.ts';
import { int, keyset, lines, where, type KeysetPage, type Ordering, type Query } from './query.ts';

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export interface MeetingFilter extends DateRange {
  /** Meetings attended by ALL of these officials (ids). */
  officials?: readonly string[] | null;
  /** Meetings in which ALL of these countries (ISO codes) took part. */
  countries?: readonly string[] | null;
  kind?: MeetingNode['kind'] | null;
  status?: MeetingNode['status'] | null;
  city?: string | null;
  /** Host country (where the meeting was held). */
  country?: string | null;
}

export type MeetingOrder = 'DATE_DESC' | 'DATE_ASC';

/** Meetings are ordered by (date, id); undated meetings sort as the empty string (last when newest first). */
export function meetingOrdering(order: MeetingOrder, v = 'm'): Ordering {
  const dir = order === 'DATE_ASC' ? 'ASC' : 'DESC';
  return { exprs: [`coalesce(${v}.date, '')`, `${v}.id`], dirs: [dir, dir] };
}

export const meetingKey = (m: { date: string | null; id: string }) => [m.date ?? '', m.id] as const;

export type MeetingAnchor = 'official' | 'country' | 'article';

/** How a batch key reaches its meetings; `key` is the UNWIND variable. */
const ANCHOR: Record<MeetingAnchor, string> = {
  official: `(:${Label.Official} {id: key})-[:${Rel.ATTENDED}]->(m:${Label.Meeting})`,
  country: `(:${Label.Country} {code: key})-[:${Rel.PARTICIPATED_IN}]->(m:${Label.Meeting})`,
  article: `(m:${Label.Meeting})-[:${Rel.MENTIONED_IN}]->(:${Label.Article} {id: key})`,
};

const uniq = (xs: readonly string[] | null | undefined): string[] => [...new Set(xs ?? [])];

/** WHERE conditions on `m` for a filter, except the officials/countries used as anchor. */
function filterConditions(f: MeetingFilter, skip: { official?: boolean; country?: boolean } = {}): { conditions: string[]; params: Record<string, unknown> } {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const officials = uniq(f.officials);
  const countries = uniq(f.countries);
  const restOfficials = skip.official ? officials.slice(1) : officials;
  const restCountries = skip.country ? countries.slice(1) : countries;
  if (restOfficials.length > 0) {
    params.withOfficials = restOfficials;
    conditions.push(`all(x IN $withOfficials WHERE EXISTS { (m)<-[:${Rel.ATTENDED}]-(:${Label.Official} {id: x}) })`);
  }
  if (restCountries.length > 0) {
    params.withCountries = restCountries;
    conditions.push(`all(x IN $withCountries WHERE EXISTS { (m)<-[:${Rel.PARTICIPATED_IN}]-(:${Label.Country} {code: x}) })`);
  }
  if (f.kind) {
    params.kind = f.kind;
    conditions.push('m.kind = $kind');
  }
  if (f.status) {
    params.status = f.status;
    conditions.push('m.status = $status');
  }
  if (f.from) {
    params.from = f.from;
    conditions.push('m.date >= $from');
  }
  if (f.to) {
    params.to = f.to;
    conditions.push('m.date <= $to');
  }
  if (f.city) {
    params.city = f.city.trim().toLowerCase();
    conditions.push('toLower(m.city) = $city');
  }
  if (f.country) {
    params.hostCountry = f.country.toUpperCase();
    conditions.push('m.country = $hostCountry');
  }
  return { conditions, params };
}

export function meetingsByIds(ids: readonly string[]): Query {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (m:${Label.Meeting} {id: id})`, `RETURN ${project.meeting('m')} AS meeting`),
    params: { ids: [...ids] },
  };
}

/**
 * MATCH clause, conditions and parameters for meetings matching a filter. Anchored on the first
 * official (or country) when given, so the planner starts from an index seek.
 */
export function meetingMatch(filter: MeetingFilter): { match: string; conditions: string[]; params: Record<string, unknown> } {
  const officials = uniq(filter.officials);
  const countries = uniq(filter.countries);
  let match = `MATCH (m:${Label.Meeting})`;
  const params: Record<string, unknown> = {};
  if (officials.length > 0) {
    match = `MATCH (:${Label.Official} {id: $anchor})-[:${Rel.ATTENDED}]->(m:${Label.Meeting})`;
    params.anchor = officials[0];
  } else if (countries.length > 0) {
    match = `MATCH (:${Label.Country} {code: $anchor})-[:${Rel.PARTICIPATED_IN}]->(m:${Label.Meeting})`;
    params.anchor = countries[0];
  }
  const f = filterConditions(filter, { official: officials.length > 0, country: officials.length === 0 && countries.length > 0 });
  return { match, conditions: f.conditions, params: { ...params, ...f.params } };
}

/** A page of meetings matching a filter. */
export function meetingList(filter: MeetingFilter, order: MeetingOrder, page: KeysetPage): Query {
  if (uniq(filter.officials).length === 0 && uniq(filter.countries).length === 0) return meetingListByDate(filter, order, page);
  const m = meetingMatch(filter);
  const k = keyset(meetingOrdering(order), page);
  return {
    cypher: lines(m.match, where([...m.conditions, k.where]), `RETURN ${project.meeting('m')} AS meeting`, `ORDER BY ${k.orderBy}`, `LIMIT $limit`),
    params: { limit: int(page.limit), ...m.params, ...k.params },
  };
}

/**
 * A page of all meetings (no official or country to start from), read in the order of the
 * meeting_date index instead of sorting every meeting by coalesce(date, '') (a scan and a sort of
 * the whole label, ~300k db hits, for 21 rows). An index holds no nulls, so undated meetings,
 * which sort as '' (after every date newest first, before them oldest first), are a second branch
 * read in meeting_id order; it runs only when the first section of the order did not fill the
 * page. The sections are concatenated as lists, so the order does not depend on how the runtime
 * interleaves branches. A cursor in one section excludes the section before it; a date bound
 * (from/to) excludes undated meetings altogether.
 */
function meetingListByDate(filter: MeetingFilter, order: MeetingOrder, page: KeysetPage): Query {
  const f = filterConditions(filter);
  const desc = (order === 'DATE_DESC') !== page.reverse;
  const dir = desc ? 'DESC' : 'ASC';
  const after = desc ? '<' : '>';
  const cursor = page.cursor;
  const params: Record<string, unknown> = { limit: int(page.limit), ...f.params };
  if (cursor) params.cursor = [...cursor];
  const cursorUndated = cursor !== null && cursor[0] === '';
  // Dated section: rows after a dated cursor (the bound on date alone, a range seek, then the tie on id); none after an undated cursor newest first (they all came before it).
  const dated =
    cursor && cursorUndated && desc
      ? null
      : {
          match: `MATCH (m:${Label.Meeting}) USING INDEX m:${Label.Meeting}(date)`,
          where: where(['m.date IS NOT NULL', ...f.conditions, cursor && !cursorUndated && `m.date ${after}= $cursor[0] AND (m.date ${after} $cursor[0] OR m.id ${after} $cursor[1])`]),
          order: `m.date ${dir}, m.id ${dir}`,
        };
  // Undated section: none with a date bound, or after a dated cursor oldest first (the dated rows come after them).
  const undated =
    filter.from || filter.to || (cursor && !cursorUndated && !desc)
      ? null
      : {
          match: `MATCH (m:${Label.Meeting}) USING INDEX m:${Label.Meeting}(id)`,
          where: where(['m.id IS NOT NULL', 'm.date IS NULL', ...f.conditions, cursorUndated && `m.id ${after} $cursor[1]`]),
          order: `m.id ${dir}`,
        };
  const sections = (desc ? [dated, undated] : [undated, dated]).filter((x): x is NonNullable<typeof x> => x !== null);
  const body = (x: (typeof sections)[number]) => lines(`  ${x.match}`, x.where && `  ${x.where}`, `  RETURN m ORDER BY ${x.order} LIMIT $limit`);
  const [a, b] = sections;
  return {
    cypher: lines(
      a ? `WITH COLLECT {\n${body(a)}\n} AS first` : 'WITH [] AS first',
      // In a CASE, the subquery runs only when its branch is taken (as a WHERE in a CALL, the planner filters after the scan).
      b ? `WITH first, CASE WHEN size(first) < $limit THEN COLLECT {\n${body(b)}\n} ELSE [] END AS second` : 'WITH first, [] AS second',
      `UNWIND (first + second)[..$limit] AS m`,
      `RETURN ${project.meeting('m')} AS meeting`,
    ),
    params,
  };
}

/** One page of meetings per key (official id, country code or article id), in one round trip. */
export function meetingsOf(anchor: MeetingAnchor, keys: readonly string[], filter: MeetingFilter, order: MeetingOrder, page: KeysetPage): Query {
  const f = filterConditions(filter);
  const k = keyset(meetingOrdering(order), page);
  return {
    cypher: lines(
      `UNWIND $keys AS key`,
      `CALL (key) {`,
      `  MATCH ${ANCHOR[anchor]}`,
      `  ${where([...f.conditions, k.where])}`,
      `  WITH m ORDER BY ${k.orderBy} LIMIT $limit`,
      `  RETURN collect(${project.meeting('m')}) AS meetings`,
      `}`,
      `RETURN key, meetings`,
    ),
    params: { keys: [...keys], limit: int(page.limit), ...f.params, ...k.params },
  };
}

export interface MeetingLinks {
  id: string;
  officials: string[];
  countries: string[];
  articles: string[];
}

/** Who attended, which countries took part and which articles report it, for many meetings at once. */
export function meetingLinks(ids: readonly string[]): Query {
  return {
    cypher: lines(
      `UNWIND $ids AS id`,
      `MATCH (m:${Label.Meeting} {id: id})`,
      `RETURN id,`,
      `  COLLECT { MATCH (m)<-[:${Rel.ATTENDED}]-(o:${Label.Official}) RETURN o.id ORDER BY o.id } AS officials,`,
      `  COLLECT { MATCH (m)<-[:${Rel.PARTICIPATED_IN}]-(c:${Label.Country}) RETURN c.code ORDER BY c.code } AS countries,`,
      `  COLLECT { MATCH (m)-[:${Rel.MENTIONED_IN}]->(a:${Label.Article}) RETURN a.id ORDER BY a.id } AS articles`,
    ),
    params: { ids: [...ids] },
  };
}

/** A counterpart of an official (or a partner of a country): how often, when, and which meetings. */
export interface Counterpart {
  /** Official id, or country code for partners. */
  key: string;
  meetings: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Newest first, as (date, id) so pages over them can use the meeting cursor; null when not asked for. */
  meetingKeys: { id: string; date: string | null }[] | null;
  /** The counterpart official itself (officials only), read in the same query so the API needs no second round trip. */
  official?: OfficialNode;
}

export const counterpartOrdering: Ordering = { exprs: ['meetings', 'partner'], dirs: ['DESC', 'ASC'] };
export const counterpartKey = (c: Counterpart) => [c.meetings, c.key] as const;

export type CounterpartKind = 'officials' | 'countries';

const PAIR: Record<CounterpartKind, string> = {
  officials: `(o:${Label.Official} {id: key})-[:${Rel.ATTENDED}]->(m:${Label.Meeting})<-[:${Rel.ATTENDED}]-(c:${Label.Official})`,
  countries: `(o:${Label.Country} {code: key})-[:${Rel.PARTICIPATED_IN}]->(m:${Label.Meeting})<-[:${Rel.PARTICIPATED_IN}]-(c:${Label.Country})`,
};
const PAIR_KEY: Record<CounterpartKind, string> = { officials: 'c.id', countries: 'c.code' };

export interface CounterpartOptions {
  /** Also collect each pair's meeting keys (only when the API asks for the meetings: it is the bulk of the answer). */
  meetingKeys?: boolean;
}

/**
 * whoMet / Official.met / Country.partners: counterparts per key, most meetings first, one round
 * trip for all keys. Grouped by the counterpart node; its key (and, for officials, its projection)
 * is read for the page only. Meeting keys come unordered (the repository sorts them).
 */
export function counterparts(kind: CounterpartKind, keys: readonly string[], filter: MeetingFilter, page: KeysetPage, opts: CounterpartOptions = {}): Query {
  const f = filterConditions(filter);
  const k = keyset(counterpartOrdering, page);
  const withKeys = opts.meetingKeys ?? true;
  const row = [
    'partner: partner',
    'meetings: meetings',
    'firstDate: firstDate',
    'lastDate: lastDate',
    withKeys && 'meetingKeys: meetingKeys',
    kind === 'officials' && `official: ${project.official('c')}`,
  ].filter(Boolean);
  return {
    cypher: lines(
      `UNWIND $keys AS key`,
      `CALL (key) {`,
      `  MATCH ${PAIR[kind]}`,
      `  ${where(['c <> o', ...f.conditions])}`,
      `  WITH c, count(m) AS meetings, min(m.date) AS firstDate, max(m.date) AS lastDate${withKeys ? ', collect({id: m.id, date: m.date}) AS meetingKeys' : ''}`,
      `  WITH c, ${PAIR_KEY[kind]} AS partner, meetings, firstDate, lastDate${withKeys ? ', meetingKeys' : ''}`,
      `  ${where([k.where])}`,
      `  WITH c, partner, meetings, firstDate, lastDate${withKeys ? ', meetingKeys' : ''} ORDER BY ${k.orderBy} LIMIT $limit`,
      `  RETURN collect({${row.join(', ')}}) AS rows`,
      `}`,
      `RETURN key, rows`,
    ),
    params: { keys: [...keys], limit: int(page.limit), ...f.params, ...k.params },
  };
}

/** Newest first by (date, id), undated last: the order of a pair's meetings. */
function byDateDesc(a: { id: string; date: string | null }, b: { id: string; date: string | null }): number {
  const x = a.date ?? '';
  const y = b.date ?? '';
  if (x !== y) return x < y ? 1 : -1;
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

type Row = Record<string, unknown>;

export function createMeetingReads(db: Db) {
  const grouped = async <T>(operation: string, q: Query, field: string, map: (r: Row) => T): Promise<Map<string, T[]>> => {
    const rows = await db.readRows<{ key: string } & Row>(operation, q.cypher, q.params);
    return new Map(rows.map((r) => [r.key, (r[field] as Row[]).map(map)]));
  };
  return {
    async byIds(ids: readonly string[]): Promise<MeetingNode[]> {
      const q = meetingsByIds(ids);
      const rows = await db.readRows<{ meeting: Row }>('meetings.byIds', q.cypher, q.params);
      return rows.map((r) => toMeeting(r.meeting));
    },
    async list(filter: MeetingFilter, order: MeetingOrder, page: KeysetPage): Promise<MeetingNode[]> {
      const q = meetingList(filter, order, page);
      const rows = await db.readRows<{ meeting: Row }>('meetings.list', q.cypher, q.params);
      return rows.map((r) => toMeeting(r.meeting));
    },
    of(anchor: MeetingAnchor, keys: readonly string[], filter: MeetingFilter, order: MeetingOrder, page: KeysetPage): Promise<Map<string, MeetingNode[]>> {
      return grouped(`meetings.of.${anchor}`, meetingsOf(anchor, keys, filter, order, page), 'meetings', toMeeting);
    },
    async links(ids: readonly string[]): Promise<MeetingLinks[]> {
      const q = meetingLinks(ids);
      return db.readRows<{ id: string; officials: string[]; countries: string[]; articles: string[] }>('meetings.links', q.cypher, q.params);
    },
    counterparts(kind: CounterpartKind, keys: readonly string[], filter: MeetingFilter, page: KeysetPage, opts: CounterpartOptions = {}): Promise<Map<string, Counterpart[]>> {
      return grouped(`meetings.counterparts.${kind}`, counterparts(kind, keys, filter, page, opts), 'rows', (r) => ({
        key: String(r.partner),
        meetings: Number(r.meetings),
        firstDate: (r.firstDate as string | null) ?? null,
        lastDate: (r.lastDate as string | null) ?? null,
        meetingKeys: Array.isArray(r.meetingKeys)
          ? (r.meetingKeys as { id: string; date: string | null }[]).map((x) => ({ id: String(x.id), date: x.date ?? null })).sort(byDateDesc)
          : null,
        ...(r.official ? { official: toOfficial(r.official as Row) } : {}),
      }));
    },
  };
}

export type MeetingReads = ReturnType<typeof createMeetingReads>;
