// Evidence: the sentence of an article that supports a fact, with its offsets into the article body.
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context.ts';
import { evidenceKey, type EvidenceItem, type EvidenceOwner } from '../graph/read/articles.ts';
import { Article } from './article.ts';
import { builder } from './builder.ts';
import { pageSpec, pathLoader, toConnection, type ConnectionArgs } from './connections.ts';

export const Evidence = builder.objectRef<EvidenceItem>('Evidence').implement({
  description: 'A sentence of an article that states a fact; start/end are character offsets into the article body (end exclusive)',
  fields: (t) => ({
    article: t.field({ type: Article, resolve: (e) => e.articleId }),
    sentence: t.exposeInt('sentence', { description: 'Index of the sentence in the article body' }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    text: t.exposeString('text'),
  }),
});

export const EvidenceConnection = builder.connectionObject({ type: Evidence, name: 'EvidenceConnection' });

/** The `evidence` field of any type that carries MENTIONED_IN: one query for all parents at this path. */
export async function evidenceConnection(owner: EvidenceOwner, key: string, args: ConnectionArgs, ctx: Context, info: GraphQLResolveInfo) {
  const spec = pageSpec(args, ctx, 3);
  const loader = pathLoader(ctx, info, (keys) => ctx.graph.articles.evidence(owner, keys, spec.page), [] as EvidenceItem[]);
  return toConnection(await loader.load(key), spec, evidenceKey);
}
