import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileNameFor, run, type ExtractDeps, type Io } from '../../src/cli/extract.ts';
import type { Article, Extraction } from '../../src/ingest/types.ts';

/** A stand-in for src/ingest/extract.ts: one official when the body names Lavrov. */
const stub: ExtractDeps = {
  extract(article: Article): Extraction {
    if (article.body.includes('THROW')) throw new Error('boom');
    const officials = article.body.includes('Lavrov')
      ? [{ name: 'Sergey Lavrov', aliases: ['Lavrov'], country: 'RU', org: null, title: 'Foreign Minister', evidence: [] }]
      : [];
    return { id: article.id, officials, countries: [], meetings: [] };
  },
};

function memoryIo(stdin?: string): Io & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout(s: string) {
      io.out += s;
    },
    stderr(s: string) {
      io.err += s;
    },
    readStdin: async () => (stdin === undefined ? null : Buffer.from(stdin)),
  };
  return io;
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-cli-'));
  await mkdir(join(dir, 'in', 'sub'), { recursive: true });
  await writeFile(join(dir, 'in', 'good.txt'), 'url: https://e.org/a\npublished: 2025-02-18\n\nSergey Lavrov met Marco Rubio.\n');
  await writeFile(join(dir, 'in', 'bad.json'), '{"body": "unterminated');
  await writeFile(join(dir, 'in', 'notes.md'), 'not an article: skipped in folders');
  await writeFile(join(dir, 'in', 'x.gold.json'), '{"id": "x"}');
  await writeFile(
    join(dir, 'in', 'sub', 'feed.jsonl'),
    `${JSON.stringify({ id: 'j1', body: 'Lavrov spoke.' })}\nnot json\n${JSON.stringify({ id: 'j3', body: 'THROW' })}\n`,
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extract CLI', () => {
  it('prints one pretty JSON for one article', async () => {
    const io = memoryIo();
    const code = await run([join(dir, 'in', 'good.txt')], io, stub);
    expect(code).toBe(0);
    expect(JSON.parse(io.out)).toEqual({
      id: 'good',
      officials: [{ name: 'Sergey Lavrov', aliases: ['Lavrov'], country: 'RU', org: null, title: 'Foreign Minister' }],
      countries: [],
      meetings: [],
    });
    expect(io.out).toContain('\n  "id": "good"');
    expect(io.err).toBe('');
  });

  it('reads a folder recursively, reports each failure with its source, and goes on', async () => {
    const io = memoryIo();
    const code = await run([join(dir, 'in')], io, stub);
    expect(code).toBe(1);
    const ids = io.out
      .split(/\n(?=\{)/)
      .map((chunk) => (JSON.parse(chunk) as { id: string }).id);
    expect(ids).toEqual(['good', 'j1']);
    const errors = io.err.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/bad\.json: BAD_JSON: malformed JSON/);
    expect(errors[1]).toMatch(/feed\.jsonl:2: BAD_JSON/);
    expect(errors[2]).toMatch(/feed\.jsonl:3: EXTRACT_FAILED: boom/);
    expect(io.err).toMatch(/extracted 2 articles, 3 failed/);
  });

  it('--out writes DIR/ID.json per article', async () => {
    const io = memoryIo();
    const out = join(dir, 'out');
    const code = await run(['--out', out, join(dir, 'in', 'good.txt'), join(dir, 'in', 'sub')], io, stub);
    expect(code).toBe(1); // feed.jsonl has two bad lines
    expect((await readdir(out)).sort()).toEqual(['good.json', 'j1.json']);
    expect(JSON.parse(await readFile(join(out, 'good.json'), 'utf8')).id).toBe('good');
    expect(io.out).toBe('');
    expect(io.err).toMatch(/extracted 2 articles into .*out, 2 failed/);
  });

  it('reports a duplicate id instead of overwriting', async () => {
    await writeFile(join(dir, 'in', 'good.json'), JSON.stringify({ body: 'Another story.' }));
    const io = memoryIo();
    const code = await run(['--out', join(dir, 'out'), join(dir, 'in', 'good.txt'), join(dir, 'in', 'good.json')], io, stub);
    expect(code).toBe(1);
    expect(io.err).toMatch(/good\.json: DUPLICATE_ID: id "good" was already written from .*good\.txt/);
  });

  it.each([
    { label: 'missing path', argv: ['/nonexistent/article.txt'], code: 1, err: /NOT_FOUND/ },
    { label: 'unknown flag', argv: ['--bogus'], code: 2, err: /usage/ },
    { label: 'no input', argv: [], code: 2, err: /no input given/ },
    { label: 'bad --max-mb', argv: ['--max-mb', 'x', 'a.txt'], code: 2, err: /--max-mb/ },
  ])('$label → exit $code', async ({ argv, code, err }) => {
    const io = memoryIo();
    expect(await run(argv, io, stub)).toBe(code);
    expect(io.err).toMatch(err);
  });

  it('rejects an oversized file from its size', async () => {
    await writeFile(join(dir, 'big.txt'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    const io = memoryIo();
    expect(await run(['--max-mb', '1', join(dir, 'big.txt')], io, stub)).toBe(1);
    expect(io.err).toMatch(/big\.txt: TOO_LARGE: 3\.0 MB is over the 1\.0 MB limit/);
  });

  it('reads piped stdin when no file is given', async () => {
    const io = memoryIo('url: https://e.org\n\nLavrov arrived.');
    expect(await run([], io, stub)).toBe(0);
    expect(JSON.parse(io.out).id).toBe('stdin');
  });

  it.each([
    ['a05-putin', 'a05-putin.json'],
    ['../../etc/passwd', 'etc-passwd.json'],
    ['a b/c', 'a-b-c.json'],
    ['', 'article.json'],
  ])('file name for id %j is %j', (id, name) => {
    expect(fileNameFor(id)).toBe(name);
  });
});
