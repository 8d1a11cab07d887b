// Worker thread of the seeder (src/cli/seed.ts): extracts the articles it is sent, in order, so that
// extraction runs on another core than the writers' transactions. A message is a list of articles; the
// answer lists, for each, its extraction or why it failed.
import { parentPort } from 'node:worker_threads';
import { tryExtract, type Extracted } from './extract.ts';
import type { Article } from './types.ts';

parentPort?.on('message', (articles: Article[]) => {
  parentPort!.postMessage(articles.map(tryExtract) satisfies Extracted[]);
});
