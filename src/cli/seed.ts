// npm run seed -- PATHS… : files, folders (recursive) or "-" (stdin, JSON Lines) → extraction → graph.
// Options: --dry-run (extract only, no database), --concurrency N (writers, default 2), --batch-size N
// (articles per transaction, default 250).
// Prints a progress bar on a terminal (plain lines otherwise) and a summary; exits 1 when an article failed.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import cliProgress from 'cli-progress';
import type { Graph } from '../graph/index.ts';
import type { Logger } from '../logger.ts';
import { failedResult, type LoadResult } from '../graph/loader.ts';
import { tryExtract, type Extracted } from '../ingest/extract.ts';
import { isArticleFile, readArticles } from '../ingest/read.ts';
import type { Article, Extraction } from '../ingest/types.ts';

/** Writers at once: two overlap one transaction's round trips with another's work; more only wait on locks. */
export const DEFAULT_CONCURRENCY = 2;
/** Articles per load call (transaction). */
export const DEFAULT_BATCH_SIZE = 250;

export interface SeedOptions {
  /** Extract only: nothing is written (deps.graph is not used). */
  dryRun?: boolean;
  /** Batches loaded at the same time. Default 2. */
  concurrency?: number;
  /** Articles per load call (at most; fewer only at the end of the input). Default 250. */
  batchSize?: number;
  /** Where progress goes: a bar on a TTY, lines otherwise; false for none. Default process.stderr. */
  progress?: NodeJS.WriteStream | false;
  /** Read for the path "-" (JSON Lines). Default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Extract in a worker thread (on another core than the writers' transactions). Default: for inputs of
   * WORKER_MIN_ARTICLES or more (starting the worker costs about a second).
   */
  extractInWorker?: boolean;
}

/** Inputs from this size on are extracted in a worker thread by default. */
export const WORKER_MIN_ARTICLES = 1000;

export interface SeedFailure {
  /** File (or "stdin", or "file:line") the article came from. */
  file: string;
  /** Article id when it was read, null when the input could not be read as an article. */
  id: string | null;
  reason: string;
}

export interface SeedReport {
  /** Articles read from the inputs (failed reads included). */
  read: number;
  new: number;
  unchanged: number;
  updated: number;
  failed: number;
  failures: SeedFailure[];
  /** Articles extracted (dry run: the only work done). */
  extracted: number;
  seconds: number;
}

export interface SeedDeps {
  /** Not needed for a dry run. AppDeps fits. */
  graph?: Pick<Graph, 'loader'>;
  logger: Logger;
}

export interface Work {
  file: string;
  article: Article;
}

async function collectFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const out: string[] = [];
  const entries = await readdir(path, { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith('.')) continue;
    const full = join(path, e.name);
    if (e.isDirectory()) out.push(...(await collectFiles(full)));
    else if (e.isFile() && isArticleFile(e.name)) out.push(full);
  }
  return out;
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

/** Reads every input; articles to load, and the inputs that could not be read. */
export async function readInputs(paths: readonly string[], stdin: NodeJS.ReadableStream = process.stdin): Promise<{ work: Work[]; failures: SeedFailure[] }> {
  const work: Work[] = [];
  const failures: SeedFailure[] = [];
  const seen = new Map<string, string>();
  const take = (name: string, bytes: Buffer, format?: 'jsonl') => {
    for (const r of readArticles({ name, bytes }, format ? { format } : {})) {
      if (!r.ok) {
        failures.push({ file: r.source, id: null, reason: `${r.error.code}: ${r.error.message}` });
        continue;
      }
      const first = seen.get(r.article.id);
      if (first !== undefined) {
        failures.push({ file: r.source, id: r.article.id, reason: `duplicate article id "${r.article.id}" (also in ${first}); the first one was loaded` });
        continue;
      }
      seen.set(r.article.id, r.source);
      work.push({ file: r.source, article: r.article });
    }
  };
  for (const p of paths) {
    if (p === '-') {
      take('stdin', await readStream(stdin), 'jsonl');
      continue;
    }
    let files: string[];
    try {
      files = await collectFiles(p);
    } catch (err) {
      failures.push({ file: p, id: null, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      continue;
    }
    for (const f of files) {
      try {
        const rel = relative(process.cwd(), f);
        take(rel && !rel.startsWith('..') ? rel : f, await readFile(f));
      } catch (err) {
        failures.push({ file: f, id: null, reason: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
      }
    }
  }
  return { work, failures };
}

interface Progress {
  tick(n: number, counts: Record<string, number>): void;
  stop(): void;
}

function progressOf(out: NodeJS.WriteStream | false, total: number): Progress {
  if (!out) return { tick: () => {}, stop: () => {} };
  if (out.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: out, format: 'seed [{bar}] {value}/{total} articles | {percentage}% | {eta_formatted} left | new {new} · unchanged {unchanged} · updated {updated} · failed {failed}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0, { new: 0, unchanged: 0, updated: 0, failed: 0 });
    return { tick: (n, c) => bar.increment(n, c), stop: () => bar.stop() };
  }
  let done = 0;
  let lastLine = 0;
  return {
    tick(n, c) {
      done += n;
      const now = Date.now();
      if (done === total || now - lastLine > 1000) {
        lastLine = now;
        out.write(`seed: ${done}/${total} articles (new ${c.new}, unchanged ${c.unchanged}, updated ${c.updated}, failed ${c.failed})\n`);
      }
    },
    stop: () => {},
  };
}

/** Reads, extracts and loads every article under `paths`; never throws for a bad article (see the report). */
export async function seedPaths(deps: SeedDeps, paths: readonly string[], opts: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  if (!opts.dryRun && !deps.graph) throw new Error('seedPaths needs deps.graph unless dryRun is set');
  const { work, failures } = await readInputs(paths, opts.stdin);
  const report = await seedArticles(deps, work, opts);
  report.read += failures.length;
  report.failed += failures.length;
  report.failures.unshift(...failures);
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/**
 * Extracts and loads articles already read, as a pipeline: extraction runs ahead and fills a queue (in a
 * worker thread for large inputs, see WorkerExtraction; else here, one article at a time, yielding between
 * articles so the writers' round trips are answered); `concurrency`
 * writers each take up to `batchSize` extracted articles per `load` call (one transaction per call when
 * the loader's batch size is as large). Writes are the slow part, so extraction overlaps them, and a
 * writer waits for a full batch (or the end of the input): large transactions cost Neo4j much less per
 * article than small ones (see src/graph/README.md, "Transactions and batching").
 */
export async function seedArticles(deps: SeedDeps, work: readonly Work[], opts: SeedOptions = {}): Promise<SeedReport> {
  const started = performance.now();
  const concurrency = Math.max(1, opts.concurrency ?? DEFAULT_CONCURRENCY);
  const batchSize = Math.max(1, opts.batchSize ?? DEFAULT_BATCH_SIZE);
  const loader = deps.graph?.loader;
  const writing = !opts.dryRun && loader !== undefined;
  if (!opts.dryRun && !loader) throw new Error('seedArticles needs deps.graph unless dryRun is set');
  const report: SeedReport = { read: work.length, new: 0, unchanged: 0, updated: 0, failed: 0, failures: [], extracted: 0, seconds: 0 };
  const progress = progressOf(opts.progress ?? process.stderr, work.length);
  const tally = () => ({ new: report.new, unchanged: report.unchanged, updated: report.updated, failed: report.failed });

  type Item = { file: string; article: Article; extraction: Extraction };
  const queue: Item[] = [];
  let extracting = true;
  // One waiter each side: writers wait for a full batch, the extractor for room in the queue.
  let wakeWriters: (() => void) | null = null;
  let wakeExtractor: (() => void) | null = null;
  const signal = (which: 'writers' | 'extractor') => {
    const wake = which === 'writers' ? wakeWriters : wakeExtractor;
    if (which === 'writers') wakeWriters = null;
    else wakeExtractor = null;
    wake?.();
  };
  // Enough for every writer's next batch, bounded so a huge input does not sit in memory extracted.
  const highWater = batchSize * (concurrency + 1);
  // Set when Neo4j could not be reached: extraction and the writers stop (every further batch would only
  // wait out the same retries) and what was not attempted is reported, to be loaded by running the seed again.
  let halted: string | undefined;
  let nextToExtract = 0;

  const feed = (opts.extractInWorker ?? work.length >= WORKER_MIN_ARTICLES) ? new WorkerExtraction(work, highWater, deps.logger) : null;
  const extractAll = async () => {
    try {
      for (; nextToExtract < work.length && !halted; nextToExtract += 1) {
        const w = work[nextToExtract]!;
        const x = feed ? await feed.get(nextToExtract) : tryExtract(w.article);
        if (x.ok) {
          report.extracted += 1;
          if (writing) queue.push({ ...w, extraction: x.extraction });
          else progress.tick(1, tally());
        } else {
          report.failed += 1;
          report.failures.push({ file: w.file, id: w.article.id, reason: `extraction failed: ${x.error}` });
          progress.tick(1, tally());
        }
        if (queue.length >= batchSize) signal('writers');
        while (writing && !halted && queue.length >= highWater) await new Promise<void>((r) => (wakeExtractor = r));
        // Let the writers' I/O callbacks run between CPU-bound extractions.
        if (!feed) await new Promise((r) => setImmediate(r));
      }
    } finally {
      extracting = false;
      signal('writers');
      await feed?.close();
    }
  };

  const writer = async () => {
    for (;;) {
      while (extracting && queue.length < batchSize) await new Promise<void>((r) => (wakeWriters = chain(wakeWriters, r)));
      if (queue.length === 0 || halted) return;
      const items = queue.splice(0, batchSize);
      signal('extractor');
      let results: LoadResult[];
      try {
        results = await loader!.load(items);
      } catch (err) {
        results = items.map((i) => failedResult(i.article.id, err instanceof Error ? err.message : String(err)));
      }
      results.forEach((r, i) => {
        if (r.status === 'failed') {
          if (r.unreachable) halted ??= r.error ?? 'Neo4j is unreachable';
          report.failed += 1;
          report.failures.push({ file: items[i]!.file, id: r.id, reason: r.error ?? 'unknown error' });
        } else {
          report[r.status] += 1;
        }
      });
      progress.tick(items.length, tally());
      if (halted) signal('extractor');
    }
  };
  try {
    await Promise.all([extractAll(), ...(writing ? Array.from({ length: concurrency }, writer) : [])]);
    if (halted) {
      const skipped = [...queue.splice(0), ...work.slice(nextToExtract)];
      for (const w of skipped) {
        report.failed += 1;
        report.failures.push({ file: w.file, id: w.article.id, reason: `not attempted, Neo4j became unreachable during the run (${halted}); run the seed again once it is back` });
      }
      progress.tick(skipped.length, tally());
    }
  } finally {
    progress.stop();
  }
  report.seconds = (performance.now() - started) / 1000;
  deps.logger.debug({ ...tally(), read: report.read, seconds: report.seconds }, 'articles loaded');
  return report;
}

/** Articles per message to the extraction worker: one message per article would cost more than it saves. */
const WORKER_CHUNK = 50;

/**
 * The extractions of `work`, in order, computed ahead (at most `ahead` articles) by a worker thread
 * (../ingest/extract-worker.ts), so that extraction and the writers' work on the results of Neo4j use two
 * cores. Should the worker fail, the rest is extracted here.
 */
class WorkerExtraction {
  private readonly worker: Worker;
  private readonly done = new Map<number, Extracted>();
  /** Where each chunk not yet answered starts, oldest first (the worker answers in order). */
  private readonly pending: number[] = [];
  private sent = 0;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(
    private readonly work: readonly Work[],
    private readonly ahead: number,
    logger: Logger,
  ) {
    // The worker runs TypeScript like this process: tsx is registered in it before the module is imported.
    const url = new URL('../ingest/extract-worker.ts', import.meta.url).href;
    this.worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url)}); })`, { eval: true });
    this.worker.on('message', (answer: Extracted[]) => {
      const start = this.pending.shift();
      if (start === undefined) return;
      answer.forEach((x, i) => this.done.set(start + i, x));
      this.wakeUp();
    });
    const fail = (err: unknown) => {
      if (this.stopped) return;
      this.stopped = true;
      logger.warn({ err }, 'extraction worker failed; extracting in the main thread');
      this.wakeUp();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`extraction worker exited with code ${code}`)));
  }

  /** The extraction of work[i]; call with i = 0, 1, 2, … */
  async get(i: number): Promise<Extracted> {
    while (!this.stopped && this.sent < Math.min(this.work.length, i + this.ahead)) {
      const chunk = this.work.slice(this.sent, this.sent + WORKER_CHUNK).map((w) => w.article);
      this.pending.push(this.sent);
      this.sent += chunk.length;
      this.worker.postMessage(chunk);
    }
    while (!this.done.has(i) && !this.stopped) await new Promise<void>((r) => (this.wake = r));
    const x = this.done.get(i) ?? tryExtract(this.work[i]!.article);
    this.done.delete(i);
    return x;
  }

  async close(): Promise<void> {
    this.stopped = true; // a late answer is dropped, and the exit is no failure
    await this.worker.terminate();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}

/** Both callbacks (several writers may wait at once). */
function chain(a: (() => void) | null, b: () => void): () => void {
  return a ? () => (a(), b()) : b;
}

export function formatReport(r: SeedReport, dryRun = false): string {
  const lines = [
    dryRun
      ? `Dry run: read ${r.read}, extracted ${r.extracted}, failed ${r.failed} (${r.seconds.toFixed(1)} s; nothing written)`
      : `Read ${r.read} · new ${r.new} · unchanged ${r.unchanged} · updated ${r.updated} · failed ${r.failed} (${r.seconds.toFixed(1)} s, ${(r.read / Math.max(r.seconds, 0.001)).toFixed(0)} articles/s)`,
  ];
  for (const f of r.failures) lines.push(`  FAILED ${f.file}${f.id && !f.file.endsWith(f.id) ? ` [${f.id}]` : ''}: ${f.reason}`);
  return `${lines.join('\n')}\n`;
}

const USAGE = `Usage: npm run seed -- [--dry-run] [--concurrency N] [--batch-size N] PATH…
  PATH   an article file (.txt .json .jsonl .ndjson .html), a folder (read recursively), or - for JSON Lines on stdin
`;

async function cli(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { 'dry-run': { type: 'boolean' }, concurrency: { type: 'string' }, 'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const int = (v: string | undefined, name: string, dflt: number, max: number) => {
    if (v === undefined) return dflt;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1 || n > max) throw new Error(`--${name} must be a whole number from 1 to ${max}, got "${v}"`);
    return n;
  };
  let concurrency: number;
  let batchSize: number;
  try {
    concurrency = int(values.concurrency, 'concurrency', DEFAULT_CONCURRENCY, 256);
    batchSize = int(values['batch-size'], 'batch-size', DEFAULT_BATCH_SIZE, 5000);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (positionals.length === 0) {
    process.stderr.write(`Give at least one path.\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'] ?? false;

  const { loadConfig } = await import('../config.ts');
  const { createLogger } = await import('../logger.ts');
  const config = loadConfig();
  const logger = createLogger({ ...config.log, level: config.log.level === 'info' ? 'warn' : config.log.level });
  if (dryRun) {
    const report = await seedPaths({ logger }, positionals, { dryRun, concurrency, batchSize });
    process.stdout.write(formatReport(report, true));
    return report.failed ? 1 : 0;
  }
  const { openDb, resolveConnection } = await import('../db/connect.ts');
  const { migrate } = await import('../db/migrations.ts');
  const { createGraph } = await import('../graph/index.ts');
  const db = openDb(await resolveConnection(config, logger), config);
  try {
    await migrate(db);
    const report = await seedPaths({ logger, graph: createGraph(db) }, positionals, { concurrency, batchSize });
    process.stdout.write(formatReport(report));
    return report.failed ? 1 : 0;
  } finally {
    await db.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  cli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`seed failed: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}
