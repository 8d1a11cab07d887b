// seedPaths: folders (recursive), formats, duplicates and failures, dry run; loading into the test Neo4j.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, seedPaths } from '../../src/cli/seed.ts';
import type { Db } from '../../src/db/executor.ts';
import { createLoader, type LoadItem } from '../../src/graph/loader.ts';
import { createLogger } from '../../src/logger.ts';
import { useTestDb } from '../helpers/db.ts';

let db: Db;
let dir: string;
const logger = createLogger({ level: 'silent', format: 'json' });

const TEXT = (city: string, day: string) =>
  `published: 2025-03-0${day}\ntitle: Talks in ${city}\n\n${city.toUpperCase()} (Reuters) - French President Emmanuel Macron met German Chancellor Olaf Scholz in ${city} on Monday to discuss Ukraine.\n`;

useTestDb(async (opened) => {
  db = opened;
  dir = await mkdtemp(join(tmpdir(), 'seed-test-'));
  await mkdir(join(dir, 'nested', 'deeper'), { recursive: true });
  await writeFile(join(dir, 'a.txt'), TEXT('Paris', '3'));
  await writeFile(join(dir, 'nested', 'deeper', 'b.txt'), TEXT('Berlin', '4'));
  await writeFile(join(dir, 'nested', 'c.jsonl'), `${JSON.stringify({ id: 'c1', body: 'Nothing about officials here, only weather.' })}\nnot json\n`);
  await writeFile(join(dir, 'nested', 'a.txt'), TEXT('Rome', '5')); // same id "a" as ../a.txt
  await writeFile(join(dir, 'notes.md'), 'ignored: not an article format');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('seedPaths', () => {
  it('loads folders recursively and reports new, unchanged and failures with file and reason', async () => {
    const deps = { logger, graph: { loader: createLoader(db) } };
    const first = await seedPaths(deps, [dir], { progress: false, concurrency: 2, batchSize: 2 });
    expect(first).toMatchObject({ read: 5, new: 3, unchanged: 0, updated: 0, failed: 2 });
    expect(first.failures.map((f) => f.reason).join('\n')).toMatch(/BAD_JSON/);
    expect(first.failures.map((f) => f.reason).join('\n')).toMatch(/duplicate article id "a"/);
    expect(formatReport(first)).toMatch(/FAILED .*c\.jsonl/);

    const again = await seedPaths(deps, [dir], { progress: false });
    expect(again).toMatchObject({ new: 0, unchanged: 3, failed: 2 });
  });

  it('extracting in a worker thread hands the writers what extracting in the main thread does', async () => {
    const lines = Array.from({ length: 120 }, (_, i) =>
      JSON.stringify({ id: `w${i}`, body: `PARIS - French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on day ${i} of talks.` }),
    );
    const run = async (extractInWorker: boolean) => {
      const loaded: LoadItem[] = [];
      const loader = {
        load: async (items: readonly LoadItem[]) => {
          loaded.push(...items);
          return items.map((i) => ({ id: i.article.id, status: 'new' as const, error: null, counts: { officials: 0, countries: 0, meetings: 0 }, meetingIds: [] }));
        },
        deleteArticle: async () => false,
      };
      const report = await seedPaths({ logger, graph: { loader } }, ['-'], { progress: false, batchSize: 25, extractInWorker, stdin: Readable.from([`${lines.join('\n')}\n`]) });
      return { report: { ...report, seconds: 0 }, loaded: loaded.sort((x, y) => (x.article.id < y.article.id ? -1 : 1)) };
    };
    const here = await run(false);
    const inWorker = await run(true);
    expect(here.report).toMatchObject({ read: 120, new: 120, failed: 0 });
    expect(here.loaded[0]!.extraction.meetings.length).toBe(1);
    expect(inWorker).toEqual(here);
  });

  it('reads JSON Lines from stdin ("-"), and a dry run writes nothing', async () => {
    const stdin = Readable.from([`${JSON.stringify({ id: 's1', body: 'PARIS - French President Emmanuel Macron met Olaf Scholz, the German Chancellor.' })}\n`]);
    const report = await seedPaths({ logger }, ['-'], { dryRun: true, progress: false, stdin });
    expect(report).toMatchObject({ read: 1, extracted: 1, new: 0, failed: 0 });
    const [row] = await db.readRows<{ n: number }>('t:n', 'MATCH (a:Article) RETURN count(a) AS n');
    expect(row?.n).toBe(0);
  });

  it('a missing path is a failure, not a crash', async () => {
    const report = await seedPaths({ logger }, [join(dir, 'missing')], { dryRun: true, progress: false });
    expect(report.failures).toEqual([{ file: join(dir, 'missing'), id: null, reason: 'cannot read: ENOENT' }]);
  });
});
