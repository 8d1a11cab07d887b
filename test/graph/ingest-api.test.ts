// The ingest mutations through the app (no port): refused without the token, and writing with it.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/executor.ts';
import { useTestDb } from '../helpers/db.ts';
import { gql, testApp, TEST_INGEST_TOKEN } from '../helpers/app.ts';
import { counts } from './fixtures.ts';

let db: Db;
useTestDb(async (opened) => {
  db = opened;
});

const BODY =
  'PARIS, March 3 (Reuters) - French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday to discuss support for Ukraine. ' +
  'Macron said the two leaders agreed to coordinate on energy.';
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { id status error counts { officials countries meetings } meetingIds } }`;
const auth = { authorization: `Bearer ${TEST_INGEST_TOKEN}` };

describe('ingest mutations', () => {
  it('are refused without a valid token, and nothing is written', async () => {
    const { app } = testApp(db);
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong-token-wrong-token' }];
    for (const headers of attempts) {
      const res = await gql(app, INGEST, { input: { id: 'm1', body: BODY, published: '2025-03-03' } }, headers);
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(res.errors?.[0]?.message).toMatch(/ingest token/);
      const del = await gql(app, 'mutation { deleteArticle(id: "m1") }', {}, headers);
      expect(del.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await counts(db)).toEqual({ nodes: 0, rels: 0 });
  });

  it('ingest, re-ingest and delete with the token', async () => {
    const { app, deps } = testApp(db);
    const events = deps.graph.events.subscribe('meetingAdded')[Symbol.asyncIterator]();
    const nextEvent = events.next(); // subscribes now; the event is published after the commit below
    const first = await gql<{ ingestArticle: { status: string; counts: { officials: number; meetings: number }; meetingIds: string[] } }>(
      app,
      INGEST,
      { input: { id: 'm1', body: BODY, published: '2025-03-03', title: 'Macron meets Scholz' } },
      auth,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.ingestArticle.status).toBe('NEW');
    expect(first.data?.ingestArticle.counts.officials).toBeGreaterThanOrEqual(2);
    expect(first.data!.ingestArticle.meetingIds.length).toBeGreaterThan(0);
    const ev = await nextEvent;
    expect(ev.value).toMatchObject({ articleId: 'm1', status: 'new', meetingIds: first.data!.ingestArticle.meetingIds });
    await events.return?.();

    const again = await gql<{ ingestArticles: { id: string; status: string }[] }>(
      app,
      `mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { id status } }`,
      { input: [{ id: 'm1', body: BODY, published: '2025-03-03', title: 'Macron meets Scholz' }, { id: 'm2', body: BODY.replace('Monday', 'Tuesday') }] },
      auth,
    );
    expect(again.data?.ingestArticles).toEqual([
      { id: 'm1', status: 'UNCHANGED' },
      { id: 'm2', status: 'NEW' },
    ]);

    const del = await gql<{ deleteArticle: boolean }>(app, 'mutation { deleteArticle(id: "m2") }', {}, auth);
    expect(del.data?.deleteArticle).toBe(true);
    const gone = await gql<{ deleteArticle: boolean }>(app, 'mutation { deleteArticle(id: "m2") }', {}, auth);
    expect(gone.data?.deleteArticle).toBe(false);
  });

  it('rejects an empty body with the argument path', async () => {
    const { app } = testApp(db);
    const res = await gql(app, INGEST, { input: { id: 'm3', body: '   ' } }, auth);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.body' });
  });
});
