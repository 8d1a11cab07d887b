// Dashboard aggregates: meetings per month, the pairs that meet most, counts per kind, totals.
import type { MeetingFilter } from '../graph/read/meetings.ts';
import type { KindCount, MonthCount, PairCount, Totals } from '../graph/read/stats.ts';
import { AppError } from '../errors.ts';
import { builder } from './builder.ts';
import { keyFromId } from './connections.ts';
import { Country } from './country.ts';
import { MeetingKindEnum, MeetingStatusEnum, toMeetingFilter } from './meeting.ts';
import { Official } from './official.ts';

const MonthCountRef = builder.objectRef<MonthCount>('MonthCount').implement({
  fields: (t) => ({ month: t.exposeString('month', { description: 'YYYY-MM' }), meetings: t.exposeInt('meetings') }),
});

const KindCountRef = builder.objectRef<KindCount>('KindCount').implement({
  fields: (t) => ({
    kind: t.field({ type: MeetingKindEnum, resolve: (k) => (k.kind === 'call' || k.kind === 'meeting' ? k.kind : 'other') }),
    status: t.field({ type: MeetingStatusEnum, resolve: (k) => (k.status === 'planned' || k.status === 'cancelled' ? k.status : 'held') }),
    meetings: t.exposeInt('meetings'),
  }),
});

const OfficialPair = builder.objectRef<PairCount>('OfficialPair').implement({
  fields: (t) => ({
    a: t.field({ type: Official, resolve: (p) => p.a }),
    b: t.field({ type: Official, resolve: (p) => p.b }),
    meetings: t.exposeInt('meetings'),
    firstDate: t.expose('firstDate', { type: 'Date', nullable: true }),
    lastDate: t.expose('lastDate', { type: 'Date', nullable: true }),
  }),
});

const CountryPair = builder.objectRef<PairCount>('CountryPair').implement({
  fields: (t) => ({
    a: t.field({ type: Country, resolve: (p) => p.a }),
    b: t.field({ type: Country, resolve: (p) => p.b }),
    meetings: t.exposeInt('meetings'),
    firstDate: t.expose('firstDate', { type: 'Date', nullable: true }),
    lastDate: t.expose('lastDate', { type: 'Date', nullable: true }),
  }),
});

const TotalsRef = builder.objectRef<Totals>('Totals').implement({
  fields: (t) => ({
    officials: t.exposeInt('officials'),
    countries: t.exposeInt('countries'),
    organizations: t.exposeInt('organizations'),
    meetings: t.exposeInt('meetings'),
    articles: t.exposeInt('articles'),
  }),
});

const StatsFilterInput = builder.inputType('StatsFilter', {
  fields: (t) => ({
    official: t.id({ description: 'Only meetings this official attended (global id or key)' }),
    country: t.string({ description: 'Only meetings this country took part in (ISO code)' }),
    kind: t.field({ type: MeetingKindEnum }),
    status: t.field({ type: MeetingStatusEnum }),
    from: t.field({ type: 'Date' }),
    to: t.field({ type: 'Date' }),
  }),
});

type StatsFilterArg = { official?: string | number | null; country?: string | null; kind?: 'meeting' | 'call' | 'other' | null; status?: 'held' | 'planned' | 'cancelled' | null; from?: string | null; to?: string | null };

function toStatsFilter(f: StatsFilterArg | null | undefined): MeetingFilter {
  if (!f) return {};
  const { official, country, ...rest } = f;
  return toMeetingFilter({ ...rest, officials: official != null ? [keyFromId(String(official), 'Official', 'filter.official')] : null, countries: country ? [country] : null });
}

const MAX_PAIRS = 100;

/** Stats has no state of its own: each field is one aggregate query. */
const Stats = builder.objectRef<Record<string, never>>('Stats').implement({
  description: 'Aggregates for dashboards; each field is one query',
  fields: (t) => ({
    meetingsPerMonth: t.field({
      type: [MonthCountRef],
      description: 'Dated meetings per month (months without meetings are left out)',
      args: { filter: t.arg({ type: StatsFilterInput }) },
      complexity: 20,
      resolve: (_s, args, ctx) => ctx.graph.stats.perMonth(toStatsFilter(args.filter)),
    }),
    meetingsByKind: t.field({
      type: [KindCountRef],
      args: { filter: t.arg({ type: StatsFilterInput }) },
      complexity: 20,
      resolve: (_s, args, ctx) => ctx.graph.stats.byKind(toStatsFilter(args.filter)),
    }),
    topOfficialPairs: t.field({
      type: [OfficialPair],
      description: 'Pairs of officials who met most often',
      args: { first: t.arg.int({ defaultValue: 10 }), filter: t.arg({ type: StatsFilterInput }) },
      complexity: (args) => ({ field: 50, multiplier: Math.max(0.1, (args.first ?? 10) / 10) }),
      resolve: (_s, args, ctx) => ctx.graph.stats.topPairs('officials', pairFilter(args.filter), pairLimit(args.first)),
    }),
    topCountryPairs: t.field({
      type: [CountryPair],
      description: 'Pairs of countries that took part in the most meetings together',
      args: { first: t.arg.int({ defaultValue: 10 }), filter: t.arg({ type: StatsFilterInput }) },
      complexity: (args) => ({ field: 50, multiplier: Math.max(0.1, (args.first ?? 10) / 10) }),
      resolve: (_s, args, ctx) => ctx.graph.stats.topPairs('countries', pairFilter(args.filter), pairLimit(args.first)),
    }),
    totals: t.field({ type: TotalsRef, complexity: 5, resolve: (_s, _a, ctx) => ctx.graph.stats.totals() }),
  }),
});

function pairLimit(first: number | null | undefined): number {
  const n = first ?? 10;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAIRS) throw new AppError('BAD_USER_INPUT', `"first" must be from 1 to ${MAX_PAIRS}.`, { argument: 'first' });
  return n;
}

function pairFilter(f: StatsFilterArg | null | undefined) {
  if (f?.official != null || f?.country != null) {
    throw new AppError('BAD_USER_INPUT', 'Top pairs take a date/kind/status filter only.', { argument: f.official != null ? 'filter.official' : 'filter.country' });
  }
  return toStatsFilter(f);
}

builder.queryField('stats', (t) => t.field({ type: Stats, resolve: () => ({}) }));
