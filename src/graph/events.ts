// In-process events of the graph writer, for GraphQL subscriptions (yoga's typed pub/sub: the API
// subscribes with `ctx.graph.events.subscribe('meetingAdded')`). Published only after a commit.
import { createPubSub } from 'graphql-yoga';

export interface MeetingAddedEvent {
  /** The article whose commit produced the event. */
  articleId: string;
  status: 'new' | 'updated';
  /** Ids of the meetings this article now supports (sorted). */
  meetingIds: string[];
}

export type GraphEventMap = {
  meetingAdded: [MeetingAddedEvent];
};

export type GraphEvents = ReturnType<typeof createPubSub<GraphEventMap>>;

export function createGraphEvents(): GraphEvents {
  return createPubSub<GraphEventMap>();
}
