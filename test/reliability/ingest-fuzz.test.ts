// Property-based robustness of the ingest front end: readArticles + extract on generated inputs
// (random Unicode with astral, RTL and combining characters, control characters, huge lines, HTML
// fragments, JSON-ish text, empty and whitespace-only input, raw bytes). For every input:
//   - nothing throws; each result is an article or an ArticleInputError with a known code and a message;
//   - every Evidence of the extraction is exactly body.slice(start, end);
//   - no article takes long: a hang detector, not a benchmark. Each article (its extraction plus its
//     share of the read) must finish within 2 s plus 50 µs per character of body (5 s for the 60 kB
//     one-line bodies generated), generous on a shared, loaded machine; the run prints the max.
// Default 300 runs per property so CI stays fast; FUZZ_RUNS=10000 runs the full campaign:
//   FUZZ_RUNS=10000 npx vitest run test/reliability/ingest-fuzz.test.ts
// FUZZ_SEED=n replays a run (fast-check also prints the seed and the shrunk input of a failure).
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import { ArticleInputError, readArticles, type ArticleInputErrorCode } from '../../src/ingest/read.ts';
import type { Evidence, Extraction } from '../../src/ingest/types.ts';

/** Runs per property: FUZZ_RUNS, else 10,000 with RELIABILITY_LONG=1 (as .ci/run sets), else 300. */
const RUNS = Number(process.env.FUZZ_RUNS || (process.env.RELIABILITY_LONG === '1' ? 10_000 : 300));
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
/** Hang detector, not a benchmark: generous on a shared, loaded machine, and an article over budget is timed once more. */
const MAX_MS_PER_ARTICLE = 2_000;
const budgetMs = (chars: number) => MAX_MS_PER_ARTICLE + chars * 0.05;
const CODES: readonly ArticleInputErrorCode[] = ['EMPTY', 'BINARY', 'TOO_LARGE', 'BAD_JSON', 'BAD_FIELD', 'NO_TEXT', 'UNREADABLE'];

// ---------------------------------------------------------------------------------------------
// Generators

const PIECES = [
  // text that the extractor acts on
  'President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.',
  'RIYADH, Feb 18 (Reuters) - Foreign Minister Sergey Lavrov spoke by phone with Marco Rubio.',
  'Macron and Scholz discussed Ukraine. ',
  'The prime minister said talks would continue. ',
  'U.S. Secretary of State Marco Rubio, whose visit was cancelled, ',
  'url: https://example.org/x\n',
  'published: 2025-02-19\n',
  'title: Talks\n\n',
  'date: May 5\n',
  // Unicode edge cases
  'مرحبا بالعالم وزير الخارجية ',
  'שלום עולם ',
  '\u202Eevil\u202C',
  '\u200F\u200E\u200B\uFEFF',
  'e\u0301\u0301\u0301a\u0308\u0323',
  'Z\u0351\u0364\u0350\u035B\u036Ba\u0352\u0357lgo',
  '😀👩‍👩‍👧‍👦🇫🇷𝔸𝕓𝟙',
  '\uD83D', // lone surrogate
  '\uDE00',
  '\u0000\u0001\u0007\u001B[31m\u007F',
  '\r\n',
  '\r',
  '\n\n\n\n',
  '\t \u00A0\u2003\u3000',
  'İstanbul ǅemal ß ﬁ ',
  '\uFFFD\uFFFE\uFFFF',
  // HTML fragments
  '<p>',
  '</p>',
  '<html><head><title>T</title></head><body>',
  '<script>alert(1)</script>',
  '<style>p{}</style>',
  '<!-- comment',
  '<![CDATA[x]]>',
  '&amp;&lt;&#x1F600;&#0;&bogus;',
  '<meta property="article:published_time" content="2025-02-19">',
  '<article><h1>Head</h1><p>Text.</p></article>',
  '<div class="nav">Home | News</div>',
  '<a href="javascript:x">',
  // JSON-ish
  '{"body": "',
  '"}',
  '{"id": 1, "text": "x"}\n',
  '[',
  ']',
  '{',
  '}',
  '\\u0000\\ud800',
  '"title": null, ',
  'null',
  '1e999',
] as const;

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(' ', '.', '\n', ',', '"', 'A', 'a', '-', '—'), maxLength: 60 }) },
);

const mixedText = fc.array(piece, { maxLength: 60 }).map((xs) => xs.join(''));

/** One very long line (no newline): sentence splitting and regexes on it must stay linear-ish. */
const hugeLine = fc
  .tuple(fc.constantFrom(...PIECES.slice(0, 5), 'a', 'Aa ', '((((', '"', ' .', '-'), fc.integer({ min: 2_000, max: 60_000 }))
  .map(([p, n]) => p.replace(/\n/g, ' ').repeat(Math.ceil(n / Math.max(1, p.length))));

const whitespace = fc.constantFrom('', ' ', '\n', '\n\n\t  \r\n', '\u00A0\u2003\u3000', '\uFEFF', 'url: x\n\n', 'title: y\n\n   \n');

const jsonArticle = fc
  .record(
    {
      id: fc.oneof(fc.string({ unit: 'binary' }), fc.integer(), fc.constant(null), fc.jsonValue()),
      url: fc.oneof(fc.string({ unit: 'binary' }), fc.constant(null), fc.integer()),
      title: fc.oneof(mixedText, fc.constant(null)),
      published: fc.oneof(fc.string(), fc.integer(), fc.constant('2025-02-30'), fc.constant('May 5, 2023'), fc.jsonValue()),
      body: fc.oneof(mixedText, fc.jsonValue(), fc.constant('')),
      text: fc.oneof(mixedText, fc.constant(null)),
    },
    { requiredKeys: [] },
  )
  .map((o) => JSON.stringify(o));

const jsonish = fc.oneof(
  jsonArticle,
  fc.array(jsonArticle, { maxLength: 5 }).map((xs) => `[${xs.join(',')}]`),
  fc.array(fc.oneof(jsonArticle, mixedText), { maxLength: 8 }).map((xs) => xs.join('\n')),
  fc.json(),
  mixedText.map((t) => `{"body": ${JSON.stringify(t)}`), // truncated
);

const htmlDoc = fc
  .array(fc.oneof(mixedText, fc.constantFrom(...PIECES.filter((p) => p.includes('<')))), { maxLength: 20 })
  .map((xs) => `<!doctype html><html><body>${xs.join('')}</body></html>`);

const text = fc.oneof(
  { weight: 6, arbitrary: mixedText },
  { weight: 2, arbitrary: jsonish },
  { weight: 2, arbitrary: htmlDoc },
  { weight: 1, arbitrary: hugeLine },
  { weight: 1, arbitrary: whitespace },
);

const NAMES = ['a.txt', 'b.json', 'c.jsonl', 'd.ndjson', 'e.html', 'stdin', 'no-extension', 'f.TXT', '.hidden'] as const;

/** What reaches readArticles: UTF-8 of generated text, UTF-16 with a BOM, a UTF-8 BOM, or raw bytes. */
const input = fc.record({
  name: fc.constantFrom(...NAMES),
  bytes: fc.oneof(
    { weight: 8, arbitrary: text.map((t) => Buffer.from(t, 'utf8')) },
    { weight: 1, arbitrary: text.map((t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')])) },
    { weight: 1, arbitrary: text.map((t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')])) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 2_000 }).map((b) => Buffer.from(b)) },
    // mostly text with a few invalid UTF-8 bytes (the Windows-1252 fallback)
    { weight: 1, arbitrary: fc.tuple(mixedText, fc.uint8Array({ minLength: 1, maxLength: 3 })).map(([t, b]) => Buffer.concat([Buffer.from(`${t} Macron met Scholz. `.repeat(3)), Buffer.from(b.map((x) => x | 0x80))])) },
  ),
});

// ---------------------------------------------------------------------------------------------
// The checks

function evidences(x: Extraction): Evidence[] {
  return [...x.officials.flatMap((o) => o.evidence), ...x.countries.flatMap((c) => c.evidence), ...x.meetings.flatMap((m) => m.evidence)];
}

const stats = { inputs: 0, articles: 0, errors: new Map<string, number>(), maxReadMs: 0, maxArticleMs: 0, slowest: '' };

/** Reads and extracts one input; asserts the contract; returns nothing (throws on a violation). */
function check(name: string, bytes: Buffer): void {
  const t0 = performance.now();
  const results = readArticles({ name, bytes });
  const readMs = performance.now() - t0;
  stats.inputs += 1;
  stats.maxReadMs = Math.max(stats.maxReadMs, readMs);
  expect(results.length).toBeGreaterThan(0);
  // read time shared by the articles of the input (a JSONL file holds many)
  const readShare = readMs / results.length;
  for (const r of results) {
    expect(typeof r.source).toBe('string');
    if (!r.ok) {
      expect(r.error).toBeInstanceOf(ArticleInputError);
      expect(CODES).toContain(r.error.code);
      expect(r.error.message.length).toBeGreaterThan(10);
      stats.errors.set(r.error.code, (stats.errors.get(r.error.code) ?? 0) + 1);
      continue;
    }
    const { article } = r;
    expect(typeof article.body).toBe('string');
    expect(article.body.trim()).not.toBe('');
    expect(typeof article.id).toBe('string');
    const t1 = performance.now();
    const x = extract(article);
    let ms = performance.now() - t1 + readShare;
    if (ms >= budgetMs(article.body.length)) {
      // A pause of the shared machine (GC, another process) is not a hang: a runaway input is slow twice.
      const t2 = performance.now();
      extract(article);
      ms = Math.min(ms, performance.now() - t2 + readShare);
    }
    stats.articles += 1;
    if (ms > stats.maxArticleMs) {
      stats.maxArticleMs = ms;
      stats.slowest = `${name}: ${article.body.length} chars`;
    }
    expect(ms).toBeLessThan(budgetMs(article.body.length));
    expect(x.id).toBe(article.id);
    for (const e of evidences(x)) {
      expect(Number.isInteger(e.start) && Number.isInteger(e.end)).toBe(true);
      expect(0 <= e.start && e.start <= e.end && e.end <= article.body.length).toBe(true);
      expect(e.text).toBe(article.body.slice(e.start, e.end));
    }
    for (const m of x.meetings) {
      const names = new Set(x.officials.map((o) => o.name));
      for (const p of m.participants) expect(names.has(p)).toBe(true);
    }
  }
}

describe('ingest fuzzing (readArticles + extract)', () => {
  const started = performance.now();
  afterAll(() => {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const errors = [...stats.errors].map(([c, n]) => `${c} ${n}`).join(', ');
    process.stderr.write(
      `[ingest-fuzz] ${RUNS} runs/property: ${stats.inputs} inputs, ${stats.articles} articles extracted, errors {${errors}} in ${seconds} s; ` +
        `max read ${stats.maxReadMs.toFixed(0)} ms, max per article ${stats.maxArticleMs.toFixed(0)} ms (${stats.slowest})\n`,
    );
  });

  it('never throws, gives an article or a coded error, and every evidence is body.slice(start, end)', () => {
    fc.assert(
      fc.property(input, ({ name, bytes }) => check(name, bytes)),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000 + RUNS * 100);

  it('articles made of real sentences and noise keep exact evidence offsets', () => {
    // Mostly extractor-relevant sentences, so that officials, countries and meetings are found.
    const sentence = fc.oneof(fc.constantFrom(...PIECES.slice(0, 5)), piece);
    const story = fc.tuple(fc.array(sentence, { minLength: 1, maxLength: 30 }), fc.constantFrom(' ', '\n', '\n\n', '  ', '\r\n')).map(([xs, sep]) => xs.join(sep));
    fc.assert(
      fc.property(story, fc.constantFrom('s.txt', 's.html', 'stdin'), (t, name) => check(name, Buffer.from(t, 'utf8'))),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000 + RUNS * 100);

  it('JSON Lines of generated objects: one result per non-empty line, bad lines do not sink the others', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(jsonArticle, mixedText), { minLength: 1, maxLength: 10 }), (lines) => {
        const bytes = Buffer.from(lines.join('\n'), 'utf8');
        const results = readArticles({ name: 'g.jsonl', bytes });
        const joined = lines.join('\n');
        const nonEmpty = joined.split('\n').filter((l) => l.trim()).length;
        // Invalid UTF-8 switches the decoding to Windows-1252, which may change what trims to nothing.
        const plain = !/[\uFFFD\uD800-\uDFFF]/.test(joined);
        const decodedOk = !results.some((r) => !r.ok && (r.error.code === 'BINARY' || r.error.code === 'EMPTY'));
        if (plain && decodedOk) expect(results).toHaveLength(nonEmpty);
        check('g.jsonl', bytes);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  }, 60_000 + RUNS * 100);

  describe('a 20 MB input', () => {
    const MB20 = 20 * 1024 * 1024;
    const line = 'President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday. ';
    const big = Buffer.from(line.repeat(Math.ceil(MB20 / line.length)).slice(0, MB20), 'utf8');

    it.each(['big.txt', 'big.html', 'big.json', 'stdin'])('%s is refused as TOO_LARGE, quickly', (name) => {
      const t0 = performance.now();
      const results = readArticles({ name, bytes: big });
      expect(performance.now() - t0).toBeLessThan(MAX_MS_PER_ARTICLE);
      expect(results).toHaveLength(1);
      const [r] = results;
      expect(r?.ok).toBe(false);
      if (r && !r.ok) {
        expect(r.error.code).toBe('TOO_LARGE');
        expect(r.error.message).toMatch(/MB/);
      }
    });

    it('a 20 MB JSON Lines file: the 20 MB line is TOO_LARGE, the small lines load and extract', () => {
      const small = (i: number) => JSON.stringify({ id: `ok-${i}`, body: `${line}They discussed trade.` });
      const bytes = Buffer.concat([Buffer.from(`${small(1)}\n{"id":"huge","body":"`), big, Buffer.from(`"}\n${small(2)}\n`)]);
      const t0 = performance.now();
      const results = readArticles({ name: 'big.jsonl', bytes });
      const readMs = performance.now() - t0;
      expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(['ok-1', 'TOO_LARGE', 'ok-2']);
      for (const r of results) if (r.ok) expect(extract(r.article).meetings.length).toBeGreaterThan(0);
      expect(readMs).toBeLessThan(5 * MAX_MS_PER_ARTICLE); // 20 MB decoded and split once
    });
  });
});
