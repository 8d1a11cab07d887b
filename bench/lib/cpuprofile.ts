// npx tsx bench/lib/cpuprofile.ts FILE.cpuprofile [top]: self time by package / file and the top
// functions of a V8 CPU profile (bench:api --cpu-prof DIR writes one per server process).
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
const prof = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[] };
const top = Number(process.argv[3] ?? 25);
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const group = (url: string) => {
  if (!url) return '(native/vm)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1]!;
  if (url.startsWith('node:')) return 'node:' + url.slice(5).split('/')[0];
  const s = /\/(src|bench)\/.*$/.exec(url);
  return s ? s[0].slice(1) : url;
};
const pkg = new Map<string, number>();
const fn = new Map<string, number>();
for (const [id, t] of self) {
  const n = byId.get(id)!;
  const g = n.callFrame.functionName === '(idle)' ? '(idle)' : n.callFrame.functionName === '(garbage collector)' ? '(gc)' : group(n.callFrame.url);
  pkg.set(g, (pkg.get(g) ?? 0) + t);
  const k = `${n.callFrame.functionName || '(anon)'} ${group(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  fn.set(k, (fn.get(k) ?? 0) + t);
}
const busy = total - (pkg.get('(idle)') ?? 0);
const pr = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, t]) => `${(t / 1000).toFixed(0).padStart(7)} ms ${((100 * t) / busy).toFixed(1).padStart(5)}%  ${k}`).join('\n');
console.log(`total ${(total / 1000).toFixed(0)} ms, busy (not idle) ${(busy / 1000).toFixed(0)} ms\n\nby package/file (share of busy):\n${pr(pkg)}\n\ntop functions:\n${pr(fn)}`);
