// Dev-set check: parse the dev articles (header lines, blank line, body), run extract,
// write the contract JSON per article and score it with the shared scorer.
// Usage: npx tsx scripts/dev-eval.ts [--verbose] [DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../src/ingest/extract.ts';
import { toContract, type Article } from '../src/ingest/types.ts';

export function parseArticleFile(id: string, raw: string): Article {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const head = split >= 0 ? text.slice(0, split) : '';
  const body = split >= 0 ? text.slice(split + 2) : text;
  const field = (k: string) => {
    const m = new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(head);
    const v = m?.[1]?.trim();
    return v && v !== 'unknown' ? v : null;
  };
  const pub = field('published');
  return { id, url: field('url'), title: field('title'), published: pub && /^\d{4}-\d{2}-\d{2}$/.test(pub) ? pub : null, source: null, body };
}

// run only as a script (the parser above is shared with other dev scripts)
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/corpus/dev';
  const out = mkdtempSync(join(tmpdir(), 'dev-eval-'));
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
    const id = f.slice(0, -4);
    const x = extract(parseArticleFile(id, readFileSync(join(dir, f), 'utf8')));
    writeFileSync(join(out, `${id}.json`), JSON.stringify(toContract(x), null, 2));
  }
  console.log(`predictions in ${out}`);
  const flags = args.filter((a) => a.startsWith('--'));
  process.stdout.write(execFileSync('node', ['/work/shared/eval/score.mjs', dir, out, ...flags], { encoding: 'utf8' }));
}
