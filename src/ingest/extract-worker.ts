// Worker thread of the seeder (src/cli/seed.ts): extracts the articles it is sent, in order, so that
// extraction runs on another core than the writers' transactions. A message is a list of articles; the
// answer lists, for each, its extraction or why it failed.
import { parentPort } from 'node:worker_threads';
import { extract } from './extract.ts';
import type { Article, Extraction } from './types.ts';

export type Extracted = { ok: true; extraction: Extraction } | { ok: false; error: string };

parentPort?.on('message', (articles: Article[]) => {
  const out: Extracted[] = articles.map((article) => {
    try {
      return { ok: true, extraction: extract(article) };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  });
  parentPort!.postMessage(out);
});
