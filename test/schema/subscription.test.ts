// subscription meetingAdded over SSE: an article loaded by the ingester reaches a subscriber whose filter it matches.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/executor.ts';
import { extract } from '../../src/ingest/extract.ts';
import { useTestDb } from '../helpers/db.ts';
import { testApp } from '../helpers/app.ts';

const BODY =
  'ANKARA, Turkey — Turkish Foreign Minister Hakan Fidan met Ukrainian Foreign Minister Andrii Sybiha in Ankara on Monday.\nFidan said Turkey was ready to host talks.';

describe('subscription meetingAdded', () => {
  let db: Db;
  useTestDb((opened) => {
    db = opened;
  }, { reset: 'once' });

  it('streams the meeting of a newly loaded article as a server-sent event', async () => {
    const { app, deps } = testApp(db);
    const controller = new AbortController();
    const res = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { meetingAdded(filter: { countries: ["TR", "UA"] }) { city date officials { edges { node { name } } } } }' }),
      signal: controller.signal,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    const firstEvent = (async () => {
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
        const m = /data: (\{.*\})\n/.exec(buffer);
        if (m) return JSON.parse(m[1]!);
      }
    })();
    await new Promise((r) => setTimeout(r, 100)); // let the subscription start listening
    const article = { id: 'sub-ankara', url: null, title: null, published: '2025-05-12', source: null, body: BODY };
    const [loaded] = await deps.graph.loader.load([{ article, extraction: extract(article) }]);
    expect(loaded?.status).toBe('new');
    const event = await firstEvent;
    controller.abort();
    await reader.cancel().catch(() => undefined);
    expect(event.data.meetingAdded).toMatchObject({ city: 'Ankara', date: '2025-05-12' });
    expect(event.data.meetingAdded.officials.edges.map((e: any) => e.node.name).sort()).toEqual(['Andrii Sybiha', 'Hakan Fidan']);
  });
});
