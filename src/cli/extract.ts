// npm run extract -- [--out DIR] [--max-mb N] FILES…
//
// Reads articles (files, folders read recursively, or "-" / piped stdin) and prints the contract
// JSON of ../shared/eval/GUIDELINES.md for each: pretty-printed objects one after the other on
// stdout, or DIR/ID.json files with --out. Problems are reported per article on stderr
// ("error: PATH[:LINE]: CODE: what to do"); the other articles are still processed, and the exit
// code is 1 when any article failed, 2 for a usage error.
//
// `run(argv, io, deps)` does the work and is what the tests call; the bottom of the file is the
// entry point that wires in the real `extract` and the process streams.

import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkSize, isArticleFile, readArticles, type ReadOptions } from '../ingest/read.ts';
import { toContract, type Article, type ContractExtraction, type Extraction } from '../ingest/types.ts';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Whole stdin, or null when stdin is a terminal (nothing piped). */
  readStdin?(): Promise<Buffer | null>;
}

export interface ExtractDeps {
  extract(article: Article): Extraction;
}

export interface ExtractSummary {
  ok: number;
  failed: number;
}

const USAGE = `usage: npm run extract -- [--out DIR] [--max-mb N] FILE|DIR|- …
  Prints the extraction JSON of each article (.txt, .json, .jsonl, .ndjson, .html, .htm);
  folders are read recursively; "-" (or nothing, with input piped) reads stdin.
  --out DIR    write DIR/ID.json per article instead of printing
  --max-mb N   largest article in MB (default 5)`;

/** Files to read: folders are walked recursively (hidden entries and *.gold.json skipped). */
export async function collectInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && isArticleFile(e.name) && !e.name.endsWith('.gold.json')) files.push(p);
    }
  };
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    const s = await stat(p).catch(() => null);
    if (!s) missing.push(p);
    else if (s.isDirectory()) await walk(p);
    else files.push(p); // named explicitly: read it even with an unknown extension (sniffed)
  }
  return { files, missing };
}

/** A file name for an id: keeps letters, digits, dot, dash and underscore. */
export function fileNameFor(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '');
  return `${safe || 'article'}.json`;
}

export async function run(argv: string[], io: Io, deps: ExtractDeps): Promise<number> {
  let values: { out?: string; 'max-mb'?: string; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { out: { type: 'string', short: 'o' }, 'max-mb': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    io.stderr(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const options: ReadOptions = {};
  if (values['max-mb'] !== undefined) {
    const n = Number(values['max-mb']);
    if (!(n > 0)) {
      io.stderr(`--max-mb must be a positive number, got "${values['max-mb']}"\n`);
      return 2;
    }
    options.maxArticleBytes = Math.round(n * 1024 * 1024);
  }

  let stdin: Buffer | null = null;
  if (positionals.length === 0) {
    stdin = (await io.readStdin?.()) ?? null;
    if (!stdin) {
      io.stderr(`no input given\n${USAGE}\n`);
      return 2;
    }
    positionals = ['-'];
  }

  const { files, missing } = await collectInputs(positionals);
  const summary: ExtractSummary = { ok: 0, failed: 0 };
  const fail = (source: string, code: string, message: string) => {
    summary.failed++;
    io.stderr(`error: ${source}: ${code}: ${message}\n`);
  };
  for (const p of missing) fail(p, 'NOT_FOUND', 'no such file or folder; check the path');
  if (files.length === 0 && missing.length === 0) {
    io.stderr('no article files found (looked for .txt, .json, .jsonl, .ndjson, .html, .htm)\n');
    return 1;
  }

  const outDir = values.out;
  if (outDir) await mkdir(outDir, { recursive: true });
  const written = new Map<string, string>(); // output file → source, to catch duplicate ids
  let printed = 0;

  for (const file of files) {
    let bytes: Buffer;
    if (file === '-') {
      bytes = stdin ?? (await io.readStdin?.()) ?? Buffer.alloc(0);
    } else {
      try {
        // Reject an oversized file from its size alone, without reading it.
        const tooLarge = checkSize(file, (await stat(file)).size, options);
        if (tooLarge) {
          fail(file, tooLarge.code, tooLarge.message);
          continue;
        }
        bytes = await readFile(file);
      } catch (e) {
        fail(file, 'UNREADABLE', `${(e as Error).message}; check the file's permissions`);
        continue;
      }
    }

    for (const r of readArticles({ name: file === '-' ? 'stdin' : file, bytes }, options)) {
      if (!r.ok) {
        fail(r.source, r.error.code, r.error.message);
        continue;
      }
      for (const w of r.warnings) io.stderr(`warning: ${r.source}: ${w}\n`);
      let contract: ContractExtraction;
      try {
        contract = toContract(deps.extract(r.article));
      } catch (e) {
        fail(r.source, 'EXTRACT_FAILED', `${(e as Error).message ?? String(e)} (a bug in the extractor; please report it with this article)`);
        continue;
      }
      const json = JSON.stringify(contract, null, 2);
      if (outDir) {
        const name = fileNameFor(contract.id);
        const earlier = written.get(name);
        if (earlier) {
          fail(r.source, 'DUPLICATE_ID', `id "${contract.id}" was already written from ${earlier}; give the articles different ids or file names`);
          continue;
        }
        written.set(name, r.source);
        await writeFile(join(outDir, name), `${json}\n`);
      } else {
        io.stdout(`${printed > 0 ? '\n' : ''}${json}\n`);
        printed++;
      }
      summary.ok++;
    }
  }

  if (outDir || summary.failed > 0) {
    io.stderr(
      `extracted ${summary.ok} article${summary.ok === 1 ? '' : 's'}${outDir ? ` into ${outDir}` : ''}` +
        `${summary.failed ? `, ${summary.failed} failed` : ''}\n`,
    );
  }
  return summary.failed > 0 ? 1 : 0;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  async readStdin() {
    if (process.stdin.isTTY) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
};

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const { extract } = await import('../ingest/extract.ts');
  process.exitCode = await run(process.argv.slice(2), processIo, { extract });
}
