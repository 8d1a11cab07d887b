// seedArticles without a database: how a run ends when Neo4j goes away (the loader is a stand-in; the
// same with a real Neo4j killed mid-run is test/reliability/faults.test.ts).
import { describe, expect, it } from 'vitest';
import { formatReport, seedArticles, type Work } from '../../src/cli/seed.ts';
import type { LoadItem, Loader, LoadResult } from '../../src/graph/loader.ts';
import { createLogger } from '../../src/logger.ts';

const logger = createLogger({ level: 'silent', format: 'json' });

const work = (n: number): Work[] =>
  Array.from({ length: n }, (_, i) => ({
    file: `a${i}.txt`,
    article: { id: `a${i}`, url: null, title: `Story ${i}`, published: '2025-03-01', source: null, body: 'The weather was mild.' },
  }));

/** Loads `upTo` articles, then answers as a loader does once Neo4j cannot be reached. */
function loaderThatLosesNeo4j(upTo: number): { loader: Loader; calls: () => number } {
  let loaded = 0;
  let calls = 0;
  const loader = {
    async load(items: readonly LoadItem[]): Promise<LoadResult[]> {
      calls += 1;
      return items.map(({ article }) => {
        const ok = loaded < upTo;
        if (ok) loaded += 1;
        const base = { id: article.id, counts: { officials: 0, countries: 0, meetings: 0 }, meetingIds: [] };
        return ok
          ? { ...base, status: 'new' as const, error: null }
          : { ...base, status: 'failed' as const, error: 'Neo4j is unreachable; check that it is running', unreachable: true as const };
      });
    },
  } as Loader;
  return { loader, calls: () => calls };
}

describe('seedArticles when Neo4j becomes unreachable', () => {
  it.each([
    { concurrency: 1, batchSize: 5 },
    { concurrency: 4, batchSize: 5 },
    { concurrency: 2, batchSize: 1 },
  ])('stops taking batches and reports every article not loaded (concurrency $concurrency, batch $batchSize)', async ({ concurrency, batchSize }) => {
    const { loader, calls } = loaderThatLosesNeo4j(10);
    const report = await seedArticles({ logger, graph: { loader } }, work(100), { concurrency, batchSize, progress: false });
    expect(report.read).toBe(100);
    expect(report.new).toBe(10);
    expect(report.failed).toBe(90);
    expect(report.failures.map((f) => f.id).sort()).toEqual(work(100).slice(10).map((w) => w.article.id).sort());
    // no batch handed to the loader after the first unreachable answer, but those already in flight
    expect(calls()).toBeLessThanOrEqual(Math.ceil(10 / batchSize) + concurrency);
    const notAttempted = report.failures.filter((f) => f.reason.startsWith('not attempted'));
    expect(notAttempted.length).toBeGreaterThan(0);
    for (const f of notAttempted) expect(f.reason).toMatch(/run the seed again/);
    expect(formatReport(report)).toMatch(/new 10 · unchanged 0 · updated 0 · failed 90/);
  });

  it('goes on after a failure of one article that is not about Neo4j', async () => {
    const loader = {
      async load(items: readonly LoadItem[]): Promise<LoadResult[]> {
        return items.map(({ article }) => ({
          id: article.id,
          counts: { officials: 0, countries: 0, meetings: 0 },
          meetingIds: [],
          ...(article.id === 'a3' ? { status: 'failed' as const, error: 'bad article' } : { status: 'new' as const, error: null }),
        }));
      },
    } as Loader;
    const report = await seedArticles({ logger, graph: { loader } }, work(20), { concurrency: 2, batchSize: 4, progress: false });
    expect(report.new).toBe(19);
    expect(report.failures).toEqual([{ file: 'a3.txt', id: 'a3', reason: 'bad article' }]);
  });
});
