// Official: a person who represents a country or an organization, the meetings they attended and
// whom they met. Queries: official, officials (forgiving full-text search), whoMet.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import type { OfficialNode } from '../graph/model.ts';
import { counterpartKey, type Counterpart as CounterpartRow, type MeetingFilter } from '../graph/read/meetings.ts';
import { isSearch, type ScoredOfficial } from '../graph/read/officials.ts';
import { builder } from './builder.ts';
import { connectionComplexity, inKeyOrder, keyFromId, pageSpec, pathLoader, selects, toConnection, type ConnectionArgs } from './connections.ts';
import { Country, Organization } from './country.ts';
import { EvidenceConnection, evidenceConnection } from './evidence.ts';
import {
  MeetingConnection,
  MeetingFilterInput,
  MeetingKindEnum,
  MeetingOrderEnum,
  MeetingRangeInput,
  meetingKeysConnection,
  meetingsConnection,
  toMeetingFilter,
} from './meeting.ts';

export const Official = builder.loadableNodeRef('Official', {
  id: { resolve: (o: OfficialNode) => o.id },
  load: async (ids: string[], ctx: Context) => inKeyOrder(ids, await ctx.graph.officials.byIds(ids), (o) => o.id, 'Official'),
});

export const OfficialConnection = builder.connectionObject({ type: Official, name: 'OfficialConnection' });

/** Someone an official met: how often, first and last date, and the meetings themselves. */
export const Counterpart = builder.objectRef<CounterpartRow>('Counterpart').implement({
  description: 'An official met by another one, with the meetings (newest first) and their evidence',
  fields: (t) => ({
    // The counterpart's node comes with the row (same query); the loader would be a second round trip.
    official: t.field({ type: Official, resolve: (c) => c.official ?? c.key }),
    meetingCount: t.exposeInt('meetings', { description: 'Meetings together (within the filter)' }),
    firstDate: t.expose('firstDate', { type: 'Date', nullable: true }),
    lastDate: t.expose('lastDate', { type: 'Date', nullable: true }),
    meetings: t.field({
      type: MeetingConnection,
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (c, args, ctx) => meetingKeysConnection(c.meetingKeys, args, ctx),
    }),
  }),
});

export const CounterpartConnection = builder.connectionObject({ type: Counterpart, name: 'CounterpartConnection' });

/** Counterparts of one official (whoMet) or of many at one path (Official.met): one query either way. */
async function counterpartsConnection(officialKey: string, filter: MeetingFilter, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
  const spec = pageSpec(args, ctx, 2);
  // A pair's meeting keys are most of the work and of the answer: only when the query asks for them.
  const meetingKeys = selects(info, ['edges', 'node', 'meetings']);
  const loader = pathLoader(ctx, info, (keys) => ctx.graph.meetings.counterparts('officials', keys, filter, spec.page, { meetingKeys }), [] as CounterpartRow[]);
  return toConnection(await loader.load(officialKey), spec, counterpartKey);
}

Official.implement({
  description: 'A person acting for a country or an intergovernmental organization',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The official id in the graph (accepted wherever an Official id is)' }),
    name: t.exposeString('name'),
    aliases: t.exposeStringList('aliases'),
    titles: t.exposeStringList('titles'),
    country: t.field({ type: Country, nullable: true, resolve: (o) => o.country }),
    organization: t.field({ type: Organization, nullable: true, resolve: (o) => o.org }),
    meetings: t.field({
      type: MeetingConnection,
      description: 'Meetings attended, newest first by default',
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: MeetingFilterInput }), orderBy: t.arg({ type: MeetingOrderEnum, defaultValue: 'DATE_DESC' }) },
      complexity: connectionComplexity,
      resolve: (o, args, ctx, info) => meetingsConnection('official', o.id, toMeetingFilter(args.filter), args.orderBy ?? 'DATE_DESC', args, ctx, info),
    }),
    met: t.field({
      type: CounterpartConnection,
      description: 'Officials met, most meetings first',
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: MeetingRangeInput }) },
      complexity: connectionComplexity,
      resolve: (o, args, ctx, info) => counterpartsConnection(o.id, toMeetingFilter(args.filter), args, ctx, info),
    }),
    evidence: t.field({
      type: EvidenceConnection,
      description: 'Sentences that mention the official, newest article first',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (o, args, ctx, info) => evidenceConnection('official', o.id, args, ctx, info),
    }),
  }),
});

/** Longer search text is refused: no name is this long, and Lucene refuses the query it would make. */
const MAX_SEARCH_CHARS = 200;
function checkSearchText(text: string | null | undefined, argument: string): void {
  if (text != null && text.length > MAX_SEARCH_CHARS) {
    throw new AppError('BAD_USER_INPUT', `"${argument}" is ${text.length} characters long; give at most ${MAX_SEARCH_CHARS}.`, { argument });
  }
}

const officialSearchKey = (o: ScoredOfficial) => (o.score == null ? [o.name, o.id] : [o.score, o.id]);

builder.queryFields((t) => ({
  official: t.field({
    type: Official,
    nullable: true,
    description: 'An official by id (global id or key) or by name (exact name or alias first, else the best full-text match)',
    args: { id: t.arg.id(), name: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.name == null)) throw new AppError('BAD_USER_INPUT', 'Give exactly one of "id" or "name".', { argument: 'id' });
      if (args.id != null) {
        const [o] = await ctx.graph.officials.byIds([keyFromId(String(args.id), 'Official', 'id')]);
        return o ?? null;
      }
      checkSearchText(args.name, 'name');
      return ctx.graph.officials.byName(String(args.name));
    },
  }),
  officials: t.field({
    type: OfficialConnection,
    description:
      'Officials, by name; with `search`, best full-text matches first (case, accents and typos forgiven, surname alone is enough)',
    args: {
      ...t.arg.connectionArgs(),
      search: t.arg.string(),
      country: t.arg.string({ description: 'ISO 3166-1 alpha-2 code' }),
      organization: t.arg.string({ description: 'Organization code (EU, UN, NATO, …)' }),
    },
    complexity: connectionComplexity,
    resolve: async (_root, args, ctx) => {
      checkSearchText(args.search, 'search');
      const filter = { search: args.search, country: args.country, organization: args.organization };
      // Cursors of a search are (score, id), of a plain list (name, id): both have two parts, the cursor says which.
      const spec = pageSpec(args, ctx, 2);
      if (spec.page.cursor && typeof spec.page.cursor[0] === 'number' !== isSearch(filter)) {
        throw new AppError('BAD_USER_INPUT', 'This cursor belongs to a different list (with or without "search").', { argument: spec.backward ? 'before' : 'after' });
      }
      const rows = await ctx.graph.officials.list(filter, spec.page);
      return toConnection(rows, spec, officialSearchKey);
    },
  }),
  whoMet: t.field({
    type: CounterpartConnection,
    description: 'Everyone an official met (within the range), most meetings first, with first/last date and the meetings with their evidence',
    args: {
      ...t.arg.connectionArgs(),
      official: t.arg.id({ required: true, description: 'Global id or official key' }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      kind: t.arg({ type: MeetingKindEnum }),
    },
    complexity: connectionComplexity,
    resolve: (_root, args, ctx, info) =>
      counterpartsConnection(keyFromId(String(args.official), 'Official', 'official'), toMeetingFilter({ from: args.from, to: args.to, kind: args.kind }), args, ctx, info),
  }),
}));
