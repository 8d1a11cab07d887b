// Articles and the evidence sentences that tie facts to them (MENTIONED_IN parallel lists).
import type { Db } from '../../db/executor.ts';
import type { ArticleNode, EvidenceRow } from '../model.ts';
import { Label, Rel } from '../model.ts';
import { EVIDENCE_ROW, project, toArticle, toEvidence } from './mappers.ts';
import { int, keyset, lines, where, type KeysetPage, type Ordering, type Query } from './query.ts';

export function articlesByIds(ids: readonly string[]): Query {
  return {
    cypher: lines(`UNWIND $ids AS id`, `MATCH (a:${Label.Article} {id: id})`, `RETURN ${project.article('a')} AS article`),
    params: { ids: [...ids] },
  };
}

export function articleByUrl(url: string): Query {
  return {
    cypher: lines(`MATCH (a:${Label.Article} {url: $url})`, `RETURN ${project.article('a')} AS article`, `ORDER BY a.id`, `LIMIT 1`),
    params: { url },
  };
}

/** What carries evidence, and the property that identifies it. */
export type EvidenceOwner = 'official' | 'country' | 'organization' | 'meeting';

const OWNER: Record<EvidenceOwner, string> = {
  official: `(n:${Label.Official} {id: key})`,
  country: `(n:${Label.Country} {code: key})`,
  organization: `(n:${Label.Organization} {code: key})`,
  meeting: `(n:${Label.Meeting} {id: key})`,
};

/** Newest article first, then position in the article. */
export const evidenceOrdering: Ordering = { exprs: ["coalesce(a.published, '')", 'a.id', 'r.starts[i]'], dirs: ['DESC', 'ASC', 'ASC'] };
export const evidenceKey = (e: EvidenceRow & { published: string | null }) => [e.published ?? '', e.articleId, e.start] as const;

/** One page of evidence sentences per owner key, in one round trip. */
export function evidenceOf(owner: EvidenceOwner, keys: readonly string[], page: KeysetPage): Query {
  const k = keyset(evidenceOrdering, page);
  return {
    cypher: lines(
      `UNWIND $keys AS key`,
      `CALL (key) {`,
      `  MATCH ${OWNER[owner]}-[r:${Rel.MENTIONED_IN}]->(a:${Label.Article})`,
      `  UNWIND range(0, size(r.starts) - 1) AS i`,
      k.where && `  WITH a, r, i ${where([k.where])}`,
      `  WITH a, r, i ORDER BY ${k.orderBy} LIMIT $limit`,
      `  RETURN collect(${EVIDENCE_ROW('r', 'a', 'i')}) AS evidence`,
      `}`,
      `RETURN key, evidence`,
    ),
    params: { keys: [...keys], limit: int(page.limit), ...k.params },
  };
}

export type EvidenceItem = EvidenceRow & { published: string | null };

type Row = Record<string, unknown>;

export function createArticleReads(db: Db) {
  return {
    async byIds(ids: readonly string[]): Promise<ArticleNode[]> {
      const q = articlesByIds(ids);
      return (await db.readRows<{ article: Row }>('articles.byIds', q.cypher, q.params)).map((r) => toArticle(r.article));
    },
    async byUrl(url: string): Promise<ArticleNode | null> {
      const q = articleByUrl(url);
      const [row] = await db.readRows<{ article: Row }>('articles.byUrl', q.cypher, q.params);
      return row ? toArticle(row.article) : null;
    },
    async evidence(owner: EvidenceOwner, keys: readonly string[], page: KeysetPage): Promise<Map<string, EvidenceItem[]>> {
      const q = evidenceOf(owner, keys, page);
      const rows = await db.readRows<{ key: string; evidence: Row[] }>(`evidence.${owner}`, q.cypher, q.params);
      return new Map(rows.map((r) => [r.key, r.evidence.map((e) => ({ ...toEvidence(e), published: (e.published as string | null) ?? null }))]));
    },
  };
}

export type ArticleReads = ReturnType<typeof createArticleReads>;
