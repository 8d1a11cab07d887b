// npm run bench:extract [-- --articles N --runs R]
//
// Extraction throughput on one core (this process, single thread). Builds N articles (default
// 3,000) by repeating the dev corpus (../shared/corpus/dev, read in place; ./seed when absent)
// and joining following bodies until each reaches a target size that varies between 1,500 and
// 4,500 characters (mean ≈ 3,000, printed). Every timed run reads the header-format bytes and
// extracts, i.e. the work of `npm run extract` minus file I/O. The baseline is the same loop with
// `splitSentences` instead of `extract`: the floor that reading + splitting costs.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collectInputs } from '../src/cli/extract.ts';
import { readArticles } from '../src/ingest/read.ts';
import type { Article } from '../src/ingest/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { articles: { type: 'string', default: '3000' }, runs: { type: 'string', default: '5' } },
});
const N = Number(values.articles);
const RUNS = Number(values.runs);

async function loadBase(): Promise<{ from: string; articles: Article[] }> {
  const corpus = resolve(ROOT, '..', 'shared', 'corpus', 'dev');
  const from = existsSync(corpus) ? corpus : resolve(ROOT, 'seed');
  const { files } = await collectInputs([from]);
  const articles: Article[] = [];
  for (const f of files) {
    for (const r of readArticles({ name: f, bytes: await readFile(f) })) if (r.ok) articles.push(r.article);
  }
  if (articles.length === 0) throw new Error(`no articles in ${from}`);
  return { from, articles };
}

/** Header-format bytes of N articles whose bodies are joined from consecutive base articles. */
function buildInputs(base: Article[]): { inputs: { name: string; bytes: Buffer }[]; meanChars: number } {
  const inputs: { name: string; bytes: Buffer }[] = [];
  let total = 0;
  for (let i = 0; i < N; i++) {
    const a = base[i % base.length]!;
    const target = 1500 + ((i * 7919) % 3001); // deterministic, uniform-ish in [1500, 4500]
    let body = a.body;
    for (let k = 1; body.length < target; k++) body += `\n\n${base[(i + k) % base.length]!.body}`;
    if (body.length > target) {
      const cut = body.indexOf('. ', target); // end on a sentence when one ends soon after the target
      body = body.slice(0, cut >= 0 && cut < target + 300 ? cut + 1 : target);
    }
    total += body.length;
    const header = `url: ${a.url ?? 'unknown'}\npublished: ${a.published ?? 'unknown'}\n${a.title ? `title: ${a.title}\n` : ''}\n`;
    inputs.push({ name: `${a.id}-${i}.txt`, bytes: Buffer.from(header + body) });
  }
  return { inputs, meanChars: total / N };
}

interface RunResult {
  perSec: number;
  /** Articles per CPU-second of this process (user + system), steadier than wall-clock on a busy machine. */
  perCpuSec: number;
  heapPeakMb: number;
}

function timedRun(inputs: { name: string; bytes: Buffer }[], work: (a: Article) => unknown): RunResult {
  let heapPeak = process.memoryUsage().heapUsed;
  let sink = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < inputs.length; i++) {
    for (const r of readArticles(inputs[i]!)) if (r.ok) sink += work(r.article) ? 1 : 0;
    if (i % 100 === 0) heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed); // sampled: a call per article would skew the timing
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  if (sink < 0) console.log(sink); // keep the work observable
  return { perSec: inputs.length / seconds, perCpuSec: inputs.length / cpuSeconds, heapPeakMb: heapPeak / 1024 / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const fmt = (n: number) => n.toFixed(0).padStart(7);

function bench(label: string, inputs: { name: string; bytes: Buffer }[], work: (a: Article) => unknown) {
  // Warm-up: one untimed pass over all inputs. A shorter one (500 articles) left V8's optimising
  // compiler busy in the first timed runs (its background threads count as CPU time): the figure
  // wanted is the steady state of an ingester working through thousands of articles.
  const warm = timedRun(inputs, work);
  console.log(`  ${label} warm-up: ${fmt(warm.perSec)} articles/s (wall)  ${fmt(warm.perCpuSec)} articles/CPU-s (not counted)`);
  const results: RunResult[] = [];
  for (let r = 0; r < RUNS; r++) {
    const res = timedRun(inputs, work);
    results.push(res);
    console.log(`  ${label} run ${r + 1}: ${fmt(res.perSec)} articles/s (wall)  ${fmt(res.perCpuSec)} articles/CPU-s   heap peak ${res.heapPeakMb.toFixed(1)} MB`);
  }
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(
    `  ${label} median: ${fmt(median(results.map((x) => x.perSec)))} articles/s (wall)  ${fmt(median(results.map((x) => x.perCpuSec)))} articles/CPU-s   heap peak ${Math.max(...results.map((x) => x.heapPeakMb)).toFixed(1)} MB   RSS peak ${rssMb.toFixed(0)} MB`,
  );
}

const { from, articles } = await loadBase();
const { inputs, meanChars } = buildInputs(articles);
console.log(`bench:extract  node ${process.version}  ${cpus()[0]?.model ?? 'unknown cpu'}  (single thread)`);
console.log(`${N} articles from ${articles.length} base articles in ${from}; mean body ${meanChars.toFixed(0)} chars; ${RUNS} timed runs after a warm-up\n`);

const sentences = await import('../src/ingest/sentences.ts').catch(() => null);
if (sentences && typeof sentences.splitSentences === 'function') {
  const split = sentences.splitSentences;
  console.log('baseline: read + splitSentences');
  bench('baseline', inputs, (a) => split(a.body).length);
} else {
  console.log('baseline skipped: src/ingest/sentences.ts does not export splitSentences');
}

const mod = await import('../src/ingest/extract.ts').catch((e: Error) => e);
if (mod instanceof Error) {
  console.log(`\nextract skipped: cannot load src/ingest/extract.ts (${mod.message})`);
  process.exitCode = 1;
} else {
  const extract = mod.extract;
  console.log('\nextract: read + extract');
  bench('extract', inputs, (a) => extract(a).officials.length);
}
