// Meeting: who met whom, when and where, with the articles and sentences that say so.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import type { MeetingNode } from '../graph/model.ts';
import { meetingKey, type MeetingAnchor, type MeetingFilter, type MeetingLinks, type MeetingOrder } from '../graph/read/meetings.ts';
import { Article } from './article.ts';
import { builder } from './builder.ts';
import { connectionComplexity, inKeyOrder, keyFromId, pageArray, pageSpec, pathLoader, requestLoader, toConnection, type ConnectionArgs } from './connections.ts';
import { Country } from './country.ts';
import { EvidenceConnection, evidenceConnection } from './evidence.ts';
import { Official } from './official.ts';

export const MeetingKindEnum = builder.enumType('MeetingKind', {
  values: {
    MEETING: { value: 'meeting', description: 'In person' },
    CALL: { value: 'call', description: 'Phone or video call' },
    OTHER: { value: 'other' },
  } as const,
});

export const MeetingStatusEnum = builder.enumType('MeetingStatus', {
  values: {
    HELD: { value: 'held' },
    PLANNED: { value: 'planned' },
    CANCELLED: { value: 'cancelled' },
  } as const,
});

export const MeetingOrderEnum = builder.enumType('MeetingOrder', {
  description: 'Meetings are ordered by date, then id (undated meetings count as oldest)',
  values: { DATE_DESC: { value: 'DATE_DESC' }, DATE_ASC: { value: 'DATE_ASC' } } as const,
});

export const MeetingFilterInput = builder.inputType('MeetingFilter', {
  fields: (t) => ({
    officials: t.idList({ description: 'Meetings ALL of these officials attended (global ids or official keys)' }),
    countries: t.stringList({ description: 'Meetings ALL of these countries took part in (ISO 3166-1 alpha-2 codes)' }),
    kind: t.field({ type: MeetingKindEnum }),
    status: t.field({ type: MeetingStatusEnum }),
    from: t.field({ type: 'Date', description: 'On or after this date' }),
    to: t.field({ type: 'Date', description: 'On or before this date' }),
    city: t.string({ description: 'City, case-insensitive' }),
    country: t.string({ description: 'Host country (ISO code)' }),
  }),
});

/** The date-and-kind part of a filter, shared by whoMet, Official.met and Country.partners. */
export const MeetingRangeInput = builder.inputType('MeetingRange', {
  fields: (t) => ({
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
    kind: t.field({ type: MeetingKindEnum }),
    status: t.field({ type: MeetingStatusEnum }),
  }),
});

type FilterArg = {
  officials?: readonly (string | number)[] | null;
  countries?: readonly string[] | null;
  kind?: MeetingNode['kind'] | null;
  status?: MeetingNode['status'] | null;
  from?: string | null;
  to?: string | null;
  city?: string | null;
  country?: string | null;
};

const COUNTRY_CODE = /^[A-Za-z]{2}$/;

/** GraphQL filter → repository filter: ids decoded, codes checked, dates ordered. */
export function toMeetingFilter(f: FilterArg | null | undefined, argument = 'filter'): MeetingFilter {
  if (!f) return {};
  if (f.from && f.to && f.from > f.to) throw new AppError('BAD_USER_INPUT', `"from" (${f.from}) is after "to" (${f.to}).`, { argument: `${argument}.from` });
  for (const [name, code] of [...(f.countries ?? []).map((c) => ['countries', c] as const), ['country', f.country] as const]) {
    if (code != null && !COUNTRY_CODE.test(code)) throw new AppError('BAD_USER_INPUT', `"${code}" is not an ISO 3166-1 alpha-2 country code.`, { argument: `${argument}.${name}` });
  }
  return {
    officials: f.officials?.map((id) => keyFromId(String(id), 'Official', `${argument}.officials`)) ?? null,
    countries: f.countries?.map((c) => c.toUpperCase()) ?? null,
    kind: f.kind ?? null,
    status: f.status ?? null,
    from: f.from ?? null,
    to: f.to ?? null,
    city: f.city ?? null,
    country: f.country?.toUpperCase() ?? null,
  };
}

export const Meeting = builder.loadableNodeRef('Meeting', {
  id: { resolve: (m: MeetingNode) => m.id },
  load: async (ids: string[], ctx: Context) => inKeyOrder(ids, await ctx.graph.meetings.byIds(ids), (m) => m.id, 'Meeting'),
});

export const MeetingConnection = builder.connectionObject({ type: Meeting, name: 'MeetingConnection' });

const EMPTY_LINKS = (id: string): MeetingLinks => ({ id, officials: [], countries: [], articles: [] });

/** Participants and articles of meetings: one query per request for all meetings asked. */
const linksLoader = (ctx: Context) =>
  requestLoader(ctx, 'meeting.links', async (ids) => new Map((await ctx.graph.meetings.links(ids)).map((r) => [r.id, r])), EMPTY_LINKS);

/** A page of meetings of an official, country or article; one query for all parents at this path. */
export async function meetingsConnection(anchor: MeetingAnchor, key: string, filter: MeetingFilter, order: MeetingOrder, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
  const spec = pageSpec(args, ctx, 2);
  const loader = pathLoader(ctx, info, (keys) => ctx.graph.meetings.of(anchor, keys, filter, order, spec.page), [] as MeetingNode[]);
  return toConnection(await loader.load(key), spec, meetingKey);
}

const byKey = (k: string) => [k] as const;

Meeting.implement({
  description: 'A meeting or call between officials, as reported by articles',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The meeting id in the graph' }),
    kind: t.expose('kind', { type: MeetingKindEnum }),
    status: t.expose('status', { type: MeetingStatusEnum }),
    date: t.expose('date', { type: 'Date', nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    country: t.field({ type: Country, nullable: true, description: 'Host country', resolve: (m) => m.country }),
    topics: t.exposeStringList('topics'),
    officials: t.field({
      type: builder.connectionObject({ type: Official, name: 'MeetingOfficialConnection' }),
      description: 'Officials who attended, by key',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: async (m, args, ctx) => pageArray((await linksLoader(ctx).load(m.id)).officials, args, ctx, byKey, ['ASC']),
    }),
    countries: t.field({
      type: builder.connectionObject({ type: Country, name: 'MeetingCountryConnection' }),
      description: 'Countries that took part, by code',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: async (m, args, ctx) => pageArray((await linksLoader(ctx).load(m.id)).countries, args, ctx, byKey, ['ASC']),
    }),
    articles: t.field({
      type: builder.connectionObject({ type: Article, name: 'MeetingArticleConnection' }),
      description: 'Articles that report the meeting, by key',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: async (m, args, ctx) => pageArray((await linksLoader(ctx).load(m.id)).articles, args, ctx, byKey, ['ASC']),
    }),
    evidence: t.field({
      type: EvidenceConnection,
      description: 'Sentences that report the meeting, newest article first',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (m, args, ctx, info) => evidenceConnection('meeting', m.id, args, ctx, info),
    }),
  }),
});

builder.queryFields((t) => ({
  meeting: t.field({
    type: Meeting,
    nullable: true,
    args: { id: t.arg.id({ required: true, description: 'Global id or meeting key' }) },
    resolve: async (_root, args, ctx) => {
      const [m] = await ctx.graph.meetings.byIds([keyFromId(String(args.id), 'Meeting', 'id')]);
      return m ?? null;
    },
  }),
  meetings: t.field({
    type: MeetingConnection,
    description: 'Meetings matching a filter, newest first by default; cursors are (date, id) and stable',
    args: {
      ...t.arg.connectionArgs(),
      filter: t.arg({ type: MeetingFilterInput }),
      orderBy: t.arg({ type: MeetingOrderEnum, defaultValue: 'DATE_DESC' }),
    },
    complexity: connectionComplexity,
    resolve: async (_root, args, ctx) => {
      const spec = pageSpec(args, ctx, 2);
      const rows = await ctx.graph.meetings.list(toMeetingFilter(args.filter), args.orderBy ?? 'DATE_DESC', spec.page);
      return toConnection(rows, spec, meetingKey);
    },
  }),
}));

/** A page over meetings known by (date, id), newest first: the meetings of one pair. Nodes are loaded by id. */
export function meetingKeysConnection(keys: readonly { id: string; date: string | null }[] | null, args: ConnectionArgs, ctx: Context) {
  // The parent query leaves the keys out only when `meetings` is not selected (see `selects`).
  if (!keys) throw new Error('meeting keys were not loaded for this selection');
  const page = pageArray(keys, args, ctx, meetingKey, ['DESC', 'DESC']);
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.id })) };
}
