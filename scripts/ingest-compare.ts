// Old-vs-new extraction in one process: identical contract JSON on the dev set and on
// composite bench articles, then interleaved timing (articles per CPU-second and wall-clock).
// Usage: npx tsx scripts/ingest-compare.ts OLD_DIR [--n 1500] [--runs 4]
//   OLD_DIR: a copy of src/ingest (with a node_modules link beside or above it).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticleFile } from './dev-eval.ts';
import { toContract, type Article, type Extraction } from '../src/ingest/types.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { n: { type: 'string', default: '1500' }, runs: { type: 'string', default: '4' }, dir: { type: 'string', default: '../shared/corpus/dev' } },
});
if (!positionals[0]) {
  process.stderr.write('Usage: npx tsx scripts/ingest-compare.ts OLD_DIR [--n 1500] [--runs 4] [--dir CORPUS]\n  OLD_DIR: a copy of src/ingest to compare against\n');
  process.exit(2);
}
const oldDir = resolve(positionals[0]);
type X = (a: Article) => Extraction;
const oldX = ((await import(join(oldDir, 'extract.ts'))) as { extract: X }).extract;
const newX = ((await import('../src/ingest/extract.ts')) as { extract: X }).extract;

const dir = values.dir;
const base = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => parseArticleFile(f.slice(0, -4), readFileSync(join(dir, f), 'utf8')));
const N = Number(values.n);
const arts: Article[] = [];
for (let i = 0; i < N; i++) {
  const a = base[i % base.length]!;
  const target = 1500 + ((i * 7919) % 3001);
  let body = a.body;
  for (let k = 1; body.length < target; k++) body += `\n\n${base[(i + k) % base.length]!.body}`;
  if (body.length > target) {
    const cut = body.indexOf('. ', target);
    body = body.slice(0, cut >= 0 && cut < target + 300 ? cut + 1 : target);
  }
  arts.push({ ...a, id: `${a.id}-${i}`, body });
}

// The contract JSON, and the whole extraction (evidence and topics included: the graph loader
// stores them), must stay the same.
let diffs = 0;
let fullDiffs = 0;
for (const a of [...base, ...arts.slice(0, 300)]) {
  const ox = oldX(a);
  const nx = newX(a);
  const o = JSON.stringify(toContract(ox));
  const n = JSON.stringify(toContract(nx));
  if (o !== n) {
    diffs++;
    if (diffs <= 5) console.log(`DIFF ${a.id}\n old ${o}\n new ${n}`);
  }
  if (JSON.stringify(ox) !== JSON.stringify(nx)) fullDiffs++;
}
console.log(`identical contract JSON: ${diffs === 0 ? 'yes' : `NO (${diffs} differ)`} over ${base.length} dev + 300 composite articles`);
console.log(`identical full extraction (evidence, topics): ${fullDiffs === 0 ? 'yes' : `NO (${fullDiffs} differ)`}`);

// Fine-grained interleaving: chunks of 20 articles alternate between old and new, so that both
// see the same load on a busy machine; CPU and wall time are summed per version.
function timeBoth(rounds: number) {
  const acc = { old: { cpu: 0, wall: 0, n: 0 }, new: { cpu: 0, wall: 0, n: 0 } };
  let sink = 0;
  const CH = 20;
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < arts.length; i += CH) {
      const chunk = arts.slice(i, i + CH);
      const order: ['old' | 'new', X][] = (i / CH + r) % 2 ? [['old', oldX], ['new', newX]] : [['new', newX], ['old', oldX]];
      for (const [k, x] of order) {
        const c0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        for (const a of chunk) sink += x(a).officials.length;
        const c = process.cpuUsage(c0);
        acc[k].wall += Number(process.hrtime.bigint() - t0) / 1e9;
        acc[k].cpu += (c.user + c.system) / 1e6;
        acc[k].n += chunk.length;
      }
    }
  }
  if (sink < 0) console.log(sink);
  return acc;
}
timeBoth(1); // warm-up
const acc = timeBoth(Number(values.runs));
const meanChars = arts.reduce((s, a) => s + a.body.length, 0) / arts.length;
console.log(`${N} articles x ${values.runs} rounds, mean ${meanChars.toFixed(0)} chars, chunks of 20 alternating`);
for (const k of ['old', 'new'] as const) {
  const v = acc[k];
  console.log(`${k}: ${(v.n / v.cpu).toFixed(0)} articles/CPU-s, ${(v.n / v.wall).toFixed(0)} articles/wall-s`);
}
console.log(`new/old per CPU-second: ${(acc.new.n / acc.new.cpu / (acc.old.n / acc.old.cpu)).toFixed(2)}`);
console.log(`heap used now ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);
