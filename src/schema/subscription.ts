// subscription meetingAdded(filter): meetings an ingested article adds or confirms, over SSE
// (yoga serves subscriptions as text/event-stream). Events come from the graph writer after commit.
import type { Context } from '../context.ts';
import type { MeetingNode } from '../graph/model.ts';
import type { MeetingFilter, MeetingLinks } from '../graph/read/meetings.ts';
import { builder } from './builder.ts';
import { clearRequestLoaders } from './connections.ts';
import { Meeting, MeetingKindEnum, MeetingStatusEnum, toMeetingFilter } from './meeting.ts';

const MeetingAddedFilter = builder.inputType('MeetingAddedFilter', {
  fields: (t) => ({
    officials: t.idList({ description: 'Only meetings ALL of these officials attended' }),
    countries: t.stringList({ description: 'Only meetings ALL of these countries took part in' }),
    kind: t.field({ type: MeetingKindEnum }),
    status: t.field({ type: MeetingStatusEnum }),
  }),
});

/** Whether a meeting (with its participants) passes the subscription filter. */
export function meetingMatches(m: MeetingNode, links: MeetingLinks, f: MeetingFilter): boolean {
  if (f.kind && m.kind !== f.kind) return false;
  if (f.status && m.status !== f.status) return false;
  if (f.officials && !f.officials.every((o) => links.officials.includes(o))) return false;
  if (f.countries && !f.countries.every((c) => links.countries.includes(c))) return false;
  return true;
}

async function* meetingsAdded(ctx: Context, filter: MeetingFilter): AsyncGenerator<MeetingNode> {
  for await (const event of ctx.graph.events.subscribe('meetingAdded')) {
    if (event.meetingIds.length === 0) continue;
    const [meetings, links] = await Promise.all([ctx.graph.meetings.byIds(event.meetingIds), ctx.graph.meetings.links(event.meetingIds)]);
    const linksById = new Map(links.map((l) => [l.id, l]));
    // The context lives as long as the subscription: what was loaded for an earlier event is stale now.
    clearRequestLoaders(ctx);
    for (const m of meetings) {
      const l = linksById.get(m.id);
      if (l && meetingMatches(m, l, filter)) yield m;
    }
  }
}

builder.subscriptionType({});

builder.subscriptionField('meetingAdded', (t) =>
  t.field({
    type: Meeting,
    description: 'Each meeting supported by a newly ingested (or changed) article, once per article, after the write committed',
    args: { filter: t.arg({ type: MeetingAddedFilter }) },
    subscribe: (_root, args, ctx) => meetingsAdded(ctx, toMeetingFilter(args.filter)),
    resolve: (m: MeetingNode) => m,
  }),
);
