// Mutations that write the graph: ingestArticle(s) and deleteArticle. All need the ingest bearer
// token (scope "ingest"); without it the client gets UNAUTHENTICATED and nothing is read or written.
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import type { LoadResult } from '../graph/loader.ts';
import { extract } from '../ingest/extract.ts';
import type { Article } from '../ingest/types.ts';
import { builder } from './builder.ts';
import { keyFromId } from './connections.ts';

/** Most articles one ingestArticles call takes; bigger sets go through `npm run seed`. */
export const MAX_INGEST_BATCH = 500;
const MAX_BODY_CHARS = 1_000_000;

const IngestStatus = builder.enumType('IngestStatus', {
  values: {
    NEW: { value: 'new', description: 'Not in the graph before' },
    UNCHANGED: { value: 'unchanged', description: 'Same text as the stored article (sha256): nothing written' },
    UPDATED: { value: 'updated', description: 'Text changed: its facts were replaced' },
    FAILED: { value: 'failed', description: 'Nothing of it was written; see error' },
  } as const,
});

const ArticleInput = builder.inputType('ArticleInput', {
  description: 'One news article. Its facts are extracted on the server.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'Stable id of the article: ingesting the same id again replaces it' }),
    body: t.string({ required: true, description: 'The story text' }),
    title: t.string(),
    url: t.string(),
    published: t.field({ type: 'Date' }),
    source: t.string({ description: 'Publisher or feed name' }),
  }),
});

const IngestCounts = builder.objectRef<LoadResult['counts']>('IngestCounts').implement({
  description: 'What one article contributed to the graph',
  fields: (t) => ({
    officials: t.exposeInt('officials'),
    countries: t.exposeInt('countries'),
    meetings: t.exposeInt('meetings'),
  }),
});

const IngestResult = builder.objectRef<LoadResult>('IngestResult').implement({
  description: 'The outcome for one article',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The article id as given' }),
    status: t.field({ type: IngestStatus, resolve: (r) => r.status }),
    error: t.exposeString('error', { nullable: true, description: 'Why it failed (status FAILED only)' }),
    counts: t.field({ type: IngestCounts, resolve: (r) => r.counts }),
    meetingIds: t.exposeStringList('meetingIds', { description: 'Keys of the meetings the article supports' }),
  }),
});

type ArticleInputShape = { id: string | number; body: string; title?: string | null; url?: string | null; published?: string | null; source?: string | null };

function toArticle(input: ArticleInputShape, argument: string): Article {
  const id = String(input.id).trim();
  if (!id) throw new AppError('BAD_USER_INPUT', 'The article id must not be empty.', { argument: `${argument}.id` });
  if (input.body.trim() === '') throw new AppError('BAD_USER_INPUT', `Article "${id}" has an empty body.`, { argument: `${argument}.body` });
  if (input.body.length > MAX_BODY_CHARS) {
    throw new AppError('LIMIT_EXCEEDED', `Article "${id}" is longer than ${MAX_BODY_CHARS} characters.`, { argument: `${argument}.body` });
  }
  return { id, body: input.body, title: input.title ?? null, url: input.url ?? null, published: input.published ?? null, source: input.source ?? null };
}

async function ingest(ctx: Context, inputs: readonly ArticleInputShape[], argument: string): Promise<LoadResult[]> {
  const articles = inputs.map((input, i) => toArticle(input, inputs.length === 1 && argument === 'input' ? argument : `${argument}[${i}]`));
  const items = articles.map((article) => ({ article, extraction: extract(article) }));
  const results = await ctx.graph.loader.load(items);
  for (const r of results) if (r.status === 'failed') ctx.logger.warn({ article: r.id, error: r.error }, 'article not ingested');
  return results;
}

const ingestAuth = { ingest: true } as const;
/** A clear, coded error instead of scope-auth's generic one (which would be masked as INTERNAL). */
const needsToken = () =>
  new AppError('UNAUTHENTICATED', 'Writing the graph needs the ingest token: send "Authorization: Bearer <INGEST_TOKEN>".');

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestResult,
    description: 'Extracts one article and writes it to the graph (needs the ingest token)',
    authScopes: ingestAuth,
    unauthorizedError: needsToken,
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, args, ctx) => (await ingest(ctx, [args.input], 'input'))[0]!,
  }),
);

builder.mutationField('ingestArticles', (t) =>
  t.field({
    type: [IngestResult],
    description: `Extracts and writes up to ${MAX_INGEST_BATCH} articles, one result each in input order (needs the ingest token)`,
    authScopes: ingestAuth,
    unauthorizedError: needsToken,
    args: { input: t.arg({ type: [ArticleInput], required: true }) },
    resolve: async (_root, args, ctx) => {
      if (args.input.length > MAX_INGEST_BATCH) {
        throw new AppError('LIMIT_EXCEEDED', `At most ${MAX_INGEST_BATCH} articles per call; split the list.`, { argument: 'input' });
      }
      return ingest(ctx, args.input, 'input');
    },
  }),
);

builder.mutationField('deleteArticle', (t) =>
  t.boolean({
    description: 'Removes an article and every fact only it supported; false when it was not in the graph (needs the ingest token)',
    authScopes: ingestAuth,
    unauthorizedError: needsToken,
    args: { id: t.arg.id({ required: true, description: 'Global id or article key' }) },
    resolve: (_root, args, ctx) => ctx.graph.loader.deleteArticle(keyFromId(String(args.id), 'Article', 'id')),
  }),
);
