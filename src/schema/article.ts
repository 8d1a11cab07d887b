// Article: a source story. Every fact in the graph points back to articles through evidence.
import type { Context } from '../context.ts';
import type { ArticleNode } from '../graph/model.ts';
import { builder } from './builder.ts';
import { connectionComplexity, inKeyOrder, keyFromId } from './connections.ts';
import { AppError } from '../errors.ts';
import { MeetingConnection, MeetingOrderEnum, meetingsConnection } from './meeting.ts';

export const Article = builder.loadableNodeRef('Article', {
  id: { resolve: (a: ArticleNode) => a.id },
  load: async (ids: string[], ctx: Context) => inKeyOrder(ids, await ctx.graph.articles.byIds(ids), (a) => a.id, 'Article'),
});

Article.implement({
  description: 'A news article the graph was extracted from',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'The article id (file name or the id given at ingest)' }),
    url: t.exposeString('url', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    published: t.string({ nullable: true, description: 'Publication date as given by the source (ISO)', resolve: (a) => a.published }),
    source: t.exposeString('source', { nullable: true }),
    ingestedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.ingestedAt || null }),
    meetings: t.field({
      type: MeetingConnection,
      description: 'Meetings this article reports',
      args: { ...t.arg.connectionArgs(), orderBy: t.arg({ type: MeetingOrderEnum, defaultValue: 'DATE_DESC' }) },
      complexity: connectionComplexity,
      resolve: (a, args, ctx, info) => meetingsConnection('article', a.id, {}, args.orderBy ?? 'DATE_DESC', args, ctx, info),
    }),
  }),
});

builder.queryField('article', (t) =>
  t.field({
    type: Article,
    nullable: true,
    description: 'An article by id (global id or article key) or by URL',
    args: { id: t.arg.id(), url: t.arg.string() },
    resolve: async (_root, args, ctx) => {
      if ((args.id == null) === (args.url == null)) throw new AppError('BAD_USER_INPUT', 'Give exactly one of "id" or "url".', { argument: 'id' });
      if (args.id != null) {
        const [article] = await ctx.graph.articles.byIds([keyFromId(String(args.id), 'Article', 'id')]);
        return article ?? null;
      }
      return ctx.graph.articles.byUrl(String(args.url));
    },
  }),
);
