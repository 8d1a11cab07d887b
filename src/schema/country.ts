// Country and Organization: who represents them, their meetings, and (countries) their partners.
// Queries: country, countries, organization, organizations.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import type { CountryNode, OfficialNode, OrganizationNode } from '../graph/model.ts';
import { codeOrdering } from '../graph/read/countries.ts';
import { counterpartKey, type Counterpart, type MeetingFilter } from '../graph/read/meetings.ts';
import { officialOrdering, type OfficialGroup } from '../graph/read/officials.ts';
import { AppError } from '../errors.ts';
import { builder } from './builder.ts';
import { connectionComplexity, inKeyOrder, pageSpec, pathLoader, selects, toConnection, type ConnectionArgs } from './connections.ts';
import { EvidenceConnection, evidenceConnection } from './evidence.ts';
import { MeetingConnection, MeetingFilterInput, MeetingOrderEnum, MeetingRangeInput, meetingKeysConnection, meetingsConnection, toMeetingFilter } from './meeting.ts';
import { OfficialConnection } from './official.ts';

const upper = (codes: string[]) => codes.map((c) => c.toUpperCase());

export const Country = builder.loadableNodeRef('Country', {
  id: { resolve: (c: CountryNode) => c.code },
  load: async (codes: string[], ctx: Context) => inKeyOrder(codes, await ctx.graph.countries.byCodes(upper(codes)), (c) => c.code, 'Country'),
});

export const Organization = builder.loadableNodeRef('Organization', {
  id: { resolve: (o: OrganizationNode) => o.code },
  load: async (codes: string[], ctx: Context) => inKeyOrder(codes, await ctx.graph.organizations.byCodes(upper(codes)), (o) => o.code, 'Organization'),
});

export const CountryConnection = builder.connectionObject({ type: Country, name: 'CountryConnection' });
export const OrganizationConnection = builder.connectionObject({ type: Organization, name: 'OrganizationConnection' });

/** A country that took part in meetings with another one. */
export const CountryPartner = builder.objectRef<Counterpart>('CountryPartner').implement({
  description: 'A country that took part in meetings together with another country',
  fields: (t) => ({
    country: t.field({ type: Country, resolve: (p) => p.key }),
    meetingCount: t.exposeInt('meetings', { description: 'Meetings both took part in (within the filter)' }),
    firstDate: t.expose('firstDate', { type: 'Date', nullable: true }),
    lastDate: t.expose('lastDate', { type: 'Date', nullable: true }),
    meetings: t.field({
      type: MeetingConnection,
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (p, args, ctx) => meetingKeysConnection(p.meetingKeys, args, ctx),
    }),
  }),
});

export const CountryPartnerConnection = builder.connectionObject({ type: CountryPartner, name: 'CountryPartnerConnection' });

const officialKey = (o: OfficialNode) => [o.name, o.id] as const;
void officialOrdering; // officials of a group are ordered like the plain officials list: (name, id)

async function officialsOf(group: OfficialGroup, key: string, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
  const spec = pageSpec(args, ctx, 2);
  const loader = pathLoader(ctx, info, (keys) => ctx.graph.officials.of(group, keys, spec.page), [] as OfficialNode[]);
  return toConnection(await loader.load(key), spec, officialKey);
}

async function partnersOf(code: string, filter: MeetingFilter, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
  const spec = pageSpec(args, ctx, 2);
  const meetingKeys = selects(info, ['edges', 'node', 'meetings']);
  const loader = pathLoader(ctx, info, (keys) => ctx.graph.meetings.counterparts('countries', keys, filter, spec.page, { meetingKeys }), [] as Counterpart[]);
  return toConnection(await loader.load(code), spec, counterpartKey);
}

Country.implement({
  description: 'A country (ISO 3166-1 alpha-2 code)',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    officials: t.field({
      type: OfficialConnection,
      description: 'Officials representing the country, by name',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (c, args, ctx, info) => officialsOf('country', c.code, args, ctx, info),
    }),
    meetings: t.field({
      type: MeetingConnection,
      description: 'Meetings the country took part in, newest first by default',
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: MeetingFilterInput }), orderBy: t.arg({ type: MeetingOrderEnum, defaultValue: 'DATE_DESC' }) },
      complexity: connectionComplexity,
      resolve: (c, args, ctx, info) => meetingsConnection('country', c.code, toMeetingFilter(args.filter), args.orderBy ?? 'DATE_DESC', args, ctx, info),
    }),
    partners: t.field({
      type: CountryPartnerConnection,
      description: 'Countries met in the same meetings, most meetings first',
      args: { ...t.arg.connectionArgs(), filter: t.arg({ type: MeetingRangeInput }) },
      complexity: connectionComplexity,
      resolve: (c, args, ctx, info) => partnersOf(c.code, toMeetingFilter(args.filter), args, ctx, info),
    }),
    evidence: t.field({
      type: EvidenceConnection,
      description: 'Sentences that mention the country, newest article first',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (c, args, ctx, info) => evidenceConnection('country', c.code, args, ctx, info),
    }),
  }),
});

Organization.implement({
  description: 'An intergovernmental organization (EU, UN, NATO, …)',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    officials: t.field({
      type: OfficialConnection,
      description: 'Officials serving the organization, by name',
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (o, args, ctx, info) => officialsOf('organization', o.code, args, ctx, info),
    }),
    evidence: t.field({
      type: EvidenceConnection,
      args: t.arg.connectionArgs(),
      complexity: connectionComplexity,
      resolve: (o, args, ctx, info) => evidenceConnection('organization', o.code, args, ctx, info),
    }),
  }),
});

const codeKey = (c: { code: string }) => [c.code] as const;
void codeOrdering;

const CODE = /^[A-Za-z]{2,10}$/;
function checkCode(code: string, argument: string): string {
  if (!CODE.test(code)) throw new AppError('BAD_USER_INPUT', `"${code}" is not a country or organization code.`, { argument });
  return code.toUpperCase();
}

builder.queryFields((t) => ({
  country: t.field({
    type: Country,
    nullable: true,
    args: { code: t.arg.string({ required: true, description: 'ISO 3166-1 alpha-2, any case' }) },
    resolve: async (_root, args, ctx) => (await ctx.graph.countries.byCodes([checkCode(args.code, 'code')]))[0] ?? null,
  }),
  countries: t.field({
    type: CountryConnection,
    description: 'Countries by code',
    args: t.arg.connectionArgs(),
    complexity: connectionComplexity,
    resolve: async (_root, args, ctx) => {
      const spec = pageSpec(args, ctx, 1);
      return toConnection(await ctx.graph.countries.list(spec.page), spec, codeKey);
    },
  }),
  organization: t.field({
    type: Organization,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: async (_root, args, ctx) => (await ctx.graph.organizations.byCodes([checkCode(args.code, 'code')]))[0] ?? null,
  }),
  organizations: t.field({
    type: OrganizationConnection,
    args: t.arg.connectionArgs(),
    complexity: connectionComplexity,
    resolve: async (_root, args, ctx) => {
      const spec = pageSpec(args, ctx, 1);
      return toConnection(await ctx.graph.organizations.list(spec.page), spec, codeKey);
    },
  }),
}));
