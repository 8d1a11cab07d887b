import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleInputError, normalizePublished, readArticles, type ReadResult } from '../../src/ingest/read.ts';
import type { Article } from '../../src/ingest/types.ts';

const read = (name: string, text: string | Buffer, options = {}) =>
  readArticles({ name, bytes: typeof text === 'string' ? Buffer.from(text, 'utf8') : text }, options);

function only(results: ReadResult[]): Article {
  expect(results).toHaveLength(1);
  const [r] = results;
  if (!r?.ok) throw new Error(`expected an article, got ${r?.error.code}: ${r?.error.message}`);
  return r.article;
}

function failure(results: ReadResult[], index = 0): ArticleInputError {
  const r = results[index];
  if (!r || r.ok) throw new Error(`expected an error at ${index}`);
  expect(r.error).toBeInstanceOf(ArticleInputError);
  expect(r.error.message.length).toBeGreaterThan(20); // says what to do, not just a code
  return r.error;
}

const BODY = 'Foreign Minister Sergey Lavrov met Marco Rubio in Riyadh on Tuesday.\n\nThe talks lasted four hours.';

describe('header text format', () => {
  it.each([
    {
      label: 'corpus order',
      text: `url: https://example.org/a\npublished: 2025-02-19\ntitle: Talks in Riyadh\n\n${BODY}\n`,
      want: { url: 'https://example.org/a', published: '2025-02-19', title: 'Talks in Riyadh' },
    },
    {
      label: 'any order, CRLF',
      text: `title: Talks in Riyadh\r\npublished: 2025-02-19\r\nurl: https://example.org/a\r\n\r\n${BODY.replace(/\n/g, '\r\n')}`,
      want: { url: 'https://example.org/a', published: '2025-02-19', title: 'Talks in Riyadh' },
    },
    {
      label: 'published unknown, title missing',
      text: `url: https://example.org/a\npublished: unknown\n\n${BODY}`,
      want: { url: 'https://example.org/a', published: null, title: null },
    },
    {
      label: 'url unknown, published missing',
      text: `url: unknown\ntitle: Talks in Riyadh\n\n${BODY}`,
      want: { url: null, published: null, title: 'Talks in Riyadh' },
    },
    {
      label: 'published as prose, date: alias',
      text: `date: February 19, 2025\n\n${BODY}`,
      want: { url: null, published: '2025-02-19', title: null },
    },
    {
      label: 'header without the blank line',
      text: `url: https://example.org/a\n${BODY}`,
      want: { url: 'https://example.org/a', published: null, title: null },
    },
  ])('$label', ({ text, want }) => {
    const a = only(read('dir/riyadh-talks.txt', text));
    expect(a).toEqual({ id: 'riyadh-talks', source: null, body: BODY, ...want });
  });

  it('keeps a UTF-8 BOM out of the header', () => {
    const a = only(read('a.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`url: https://x.org\n\n${BODY}`)])));
    expect(a.url).toBe('https://x.org');
  });

  it('reads UTF-16 with a BOM and Latin-1 with stray bytes', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`title: T\n\n${BODY}`, 'utf16le')]);
    expect(only(read('a.txt', utf16)).body).toBe(BODY);
    const latin1 = Buffer.from(`title: Caf\xe9 diplomacy\n\n${BODY}`, 'latin1');
    expect(only(read('a.txt', latin1)).title).toBe('Café diplomacy');
  });

  it('warns about a published date it cannot read, and keeps the article', () => {
    const [r] = read('a.txt', `published: sometime in spring\n\n${BODY}`);
    expect(r?.ok && r.article.published).toBe(null);
    expect(r?.ok && r.warnings[0]).toMatch(/not a full date/);
  });
});

describe('plain text without header', () => {
  it.each([
    { label: 'headline then body', text: `Rubio and Lavrov meet in Riyadh\n\n${BODY}`, title: 'Rubio and Lavrov meet in Riyadh', body: BODY },
    { label: 'leading blank lines', text: `\n\n  Rubio and Lavrov meet in Riyadh\n${BODY}`, title: 'Rubio and Lavrov meet in Riyadh', body: BODY },
    { label: 'first line is a sentence', text: BODY, title: null, body: BODY },
    { label: 'a single line', text: 'Rubio and Lavrov meet in Riyadh', title: null, body: 'Rubio and Lavrov meet in Riyadh' },
  ])('$label', ({ text, title, body }) => {
    const a = only(read('plain.txt', text));
    expect(a.title).toBe(title);
    expect(a.body).toBe(body);
  });
});

describe('JSON', () => {
  it.each([
    {
      label: 'object with body and id',
      text: JSON.stringify({ id: 'x1', url: 'https://e.org/x', title: 'T', published: '2025-02-19T10:00:00Z', source: 'Wire', body: BODY }),
      want: { id: 'x1', url: 'https://e.org/x', title: 'T', published: '2025-02-19', source: 'Wire', body: BODY },
    },
    {
      label: 'text field, no id: file name',
      text: JSON.stringify({ title: 'T', published: 'May 5, 2024', text: BODY }),
      want: { id: 'story', url: null, title: 'T', published: '2024-05-05', source: null, body: BODY },
    },
    {
      label: 'content field, numeric id, null fields',
      text: JSON.stringify({ id: 7, url: null, title: null, published: null, content: BODY }),
      want: { id: '7', url: null, title: null, published: null, source: null, body: BODY },
    },
  ])('$label', ({ text, want }) => {
    expect(only(read('in/story.json', text))).toEqual(want);
  });

  it('reads an array, one result per item, a bad item does not stop the others', () => {
    const results = read('batch.json', JSON.stringify([{ body: BODY }, { title: 'no body' }, { id: 'c', body: BODY }]));
    expect(results.map((r) => (r.ok ? r.article.id : r.error.code))).toEqual(['batch-1', 'BAD_FIELD', 'c']);
    expect(results[1]?.source).toBe('batch.json[1]');
  });

  it.each([
    { label: 'missing body', value: { title: 'T' }, message: /missing body/ },
    { label: 'body not a string', value: { body: ['a'] }, message: /"body" must be a string/ },
    { label: 'url not a string', value: { url: 3, body: BODY }, message: /"url" must be a string/ },
    { label: 'not an object', value: 'just a string', message: /expected a JSON object/ },
    { label: 'empty body', value: { body: '   ' }, message: /no body text/ },
  ])('$label is a field error', ({ value, message }) => {
    const e = failure(read('a.json', JSON.stringify(value)));
    expect(['BAD_FIELD', 'NO_TEXT']).toContain(e.code);
    expect(e.message).toMatch(message);
  });
});

describe('JSON Lines', () => {
  it('one bad line is one error, the other lines load', () => {
    const lines = [
      JSON.stringify({ id: 'one', body: BODY }),
      '{"title": "broken", "body": ',
      '',
      JSON.stringify({ title: 'Rubio meets Lavrov', body: BODY }),
      JSON.stringify({ url: 'https://e.org/news/2025/riyadh-talks', body: BODY }),
      JSON.stringify({ body: BODY }),
    ].join('\n');
    const results = read('feed.jsonl', lines);
    expect(results.map((r) => r.source)).toEqual(['feed.jsonl:1', 'feed.jsonl:2', 'feed.jsonl:4', 'feed.jsonl:5', 'feed.jsonl:6']);
    expect(failure(results, 1).code).toBe('BAD_JSON');
    expect(results.filter((r) => r.ok).map((r) => r.ok && r.article.id)).toEqual([
      'one',
      'rubio-meets-lavrov-4',
      'news-2025-riyadh-talks-5',
      'feed-6',
    ]);
  });

  it('a .json file that holds JSON Lines is read as JSON Lines', () => {
    const results = read('feed.json', `${JSON.stringify({ body: BODY })}\n${JSON.stringify({ body: BODY })}\n`);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results).toHaveLength(2);
  });

  it('a line over the article limit is TOO_LARGE, the others load', () => {
    const big = JSON.stringify({ body: 'x'.repeat(2000) });
    const results = read('feed.ndjson', `${big}\n${JSON.stringify({ body: BODY })}`, { maxArticleBytes: 1000 });
    expect(failure(results, 0).code).toBe('TOO_LARGE');
    expect(results[1]?.ok).toBe(true);
  });
});

const PAGE = `<!doctype html>
<html><head>
  <title>Rubio, Lavrov meet in Riyadh | Daily Wire Service</title>
  <meta property="og:title" content="Rubio, Lavrov meet in Riyadh">
  <meta property="og:site_name" content="Daily Wire Service">
  <meta property="article:published_time" content="2025-02-18T21:40:00+03:00">
  <link rel="canonical" href="https://dws.example/world/rubio-lavrov-riyadh">
  <style>body { color: red }</style>
  <script>var tracking = "Lavrov met nobody";</script>
</head><body>
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main>
    <article>
      <h1>Rubio, Lavrov meet in Riyadh</h1>
      <p class="byline">By Staff Reporter</p>
      <p>RIYADH &mdash; Foreign Minister Sergey Lavrov met <b>Marco Rubio</b> on Tuesday.</p>
      <figure><img src="a.jpg"><figcaption>Photo: the delegations.</figcaption></figure>
      <p>The talks lasted four&nbsp;hours.</p>
      <div class="share-buttons">Share on X</div>
      <p>Read more</p>
      <p>Unrelated teaser about football.</p>
    </article>
    <aside class="related-stories"><h3>Related</h3><a>Another story</a></aside>
  </main>
  <footer>© 2025 Daily Wire Service</footer>
</body></html>`;

describe('HTML', () => {
  it('takes the article text and metadata, drops page furniture', () => {
    const a = only(read('page.html', PAGE));
    expect(a).toMatchObject({
      id: 'page',
      title: 'Rubio, Lavrov meet in Riyadh',
      url: 'https://dws.example/world/rubio-lavrov-riyadh',
      published: '2025-02-18',
      source: 'Daily Wire Service',
    });
    expect(a.body).toBe(
      'RIYADH — Foreign Minister Sergey Lavrov met Marco Rubio on Tuesday.\n\nThe talks lasted four hours.\n\nRead more\n\nUnrelated teaser about football.',
    );
  });

  it.each([
    {
      label: '<main> without <article>, <time datetime>, <title> only',
      html: '<html><head><title>Call between leaders</title></head><body><nav>Menu</nav><main><time datetime="2024-11-03">3 Nov</time><p>The two leaders spoke by phone.</p></main></body></html>',
      want: { title: 'Call between leaders', published: '2024-11-03', body: '3 Nov\n\nThe two leaders spoke by phone.' },
    },
    {
      label: 'body only, no metadata',
      html: '<body><div>First paragraph.</div><div>Second paragraph.</div></body>',
      want: { title: null, published: null, body: 'First paragraph.\n\nSecond paragraph.' },
    },
    {
      label: 'broken HTML: unclosed tags, stray closers',
      html: '<html><body><article><h1>Visit postponed</h1><p>The minister postponed her trip.<p>No new date was given.</div></span>',
      want: { title: 'Visit postponed', published: null, body: 'The minister postponed her trip.\n\nNo new date was given.' },
    },
  ])('$label', ({ html, want }) => {
    expect(only(read('p.htm', html))).toMatchObject(want);
  });

  it('truncated mid-tag: keeps the text that is there', () => {
    const a = only(read('cut.html', '<html><body><article><p>The talks will resume in Geneva.</p><p>Officials said the next ro'));
    expect(a.body).toBe('The talks will resume in Geneva.\n\nOfficials said the next ro');
  });

  it('is sniffed when the name has no known extension', () => {
    expect(only(read('stdin', PAGE)).title).toBe('Rubio, Lavrov meet in Riyadh');
  });

  it('a page with no article text is NO_TEXT', () => {
    const e = failure(read('p.html', '<html><head><title>x</title><script>1</script></head><body><nav>Home</nav></body></html>'));
    expect(e.code).toBe('NO_TEXT');
  });
});

describe('sniffing (stdin)', () => {
  it.each([
    { text: `url: https://e.org\n\n${BODY}`, want: (a: Article) => a.url === 'https://e.org' },
    { text: JSON.stringify({ id: 'j', body: BODY }, null, 2), want: (a: Article) => a.id === 'j' },
    { text: `${JSON.stringify({ id: 'l1', body: BODY })}\n${JSON.stringify({ id: 'l2', body: BODY })}`, want: (a: Article) => a.id.startsWith('l') },
  ])('$text', ({ text, want }) => {
    const results = read('stdin', text);
    for (const r of results) expect(r.ok && want(r.article)).toBe(true);
  });
});

describe('bad input: a clear error, never a throw', () => {
  it.each([
    { label: 'empty file', name: 'e.txt', bytes: Buffer.alloc(0), code: 'EMPTY' },
    { label: 'whitespace only', name: 'e.txt', bytes: Buffer.from(' \n\t\n'), code: 'EMPTY' },
    { label: 'NUL bytes', name: 'b.txt', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]), code: 'BINARY' },
    { label: 'mostly invalid UTF-8', name: 'b.txt', bytes: Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + (i % 100))), code: 'BINARY' },
    { label: 'malformed JSON', name: 'm.json', bytes: Buffer.from('{"body": "unterminated'), code: 'BAD_JSON' },
    { label: 'empty JSON Lines', name: 'm.jsonl', bytes: Buffer.from('\n\n  \n'), code: 'EMPTY' },
    { label: 'header only, no body', name: 'h.txt', bytes: Buffer.from('url: https://e.org\ntitle: T\n\n'), code: 'NO_TEXT' },
  ])('$label → $code', ({ name, bytes, code }) => {
    expect(failure(readArticles({ name, bytes })).code).toBe(code);
  });

  it('rejects a 20 MB input by its size, whatever its format', () => {
    const bytes = Buffer.alloc(20 * 1024 * 1024, 'a');
    for (const name of ['big.txt', 'big.html', 'big.json', 'stdin']) {
      const e = failure(readArticles({ name, bytes }));
      expect(e.code).toBe('TOO_LARGE');
      expect(e.message).toMatch(/20\.0 MB is over the 5\.0 MB limit/);
    }
  });

  it('the size limit is a parameter', () => {
    expect(failure(read('a.txt', BODY, { maxArticleBytes: 10 })).code).toBe('TOO_LARGE');
    expect(only(read('a.txt', BODY, { maxArticleBytes: 1000 })).body).toBe(BODY);
  });
});

describe('normalizePublished', () => {
  it.each([
    ['2023-05-05', '2023-05-05'],
    ['2023-05-05T23:30:00-04:00', '2023-05-05'],
    ['2023-05-05 08:00', '2023-05-05'],
    ['May 5, 2023', '2023-05-05'],
    ['5 May 2023', '2023-05-05'],
    ['Friday, May 5, 2023 10:00 AM', '2023-05-05'],
    ['Sat, 06 Apr 2024 12:00:00 GMT', '2024-04-06'],
    ['2023/05/05', '2023-05-05'],
    [1714867200, '2024-05-05'],
    [1714867200000, '2024-05-05'],
    ['unknown', null],
    ['', null],
    [null, null],
    ['May 5', null],
    ['March 2024', null],
    ['2023-02-30', null],
    ['yesterday', null],
    [{}, null],
  ])('%s → %s', (input, want) => {
    expect(normalizePublished(input)).toBe(want);
  });
});

describe('body clean-up', () => {
  // The definition the clean-up must keep (it now skips passes that have nothing to do, and
  // trims line ends without the regex when only \n ends lines).
  const reference = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/\n{3,}/g, '\n\n').trim();
  const piece = fc.constantFrom('a', 'Talks', ' ', '  ', '\t', '\n', '\n\n\n', '\r', '\r\n', '\u2028', '\u2029', 'é', '.');
  const text = fc.array(piece, { maxLength: 30 }).map((xs) => `x${xs.join('')}`); // never empty

  it('gives the body the regex definition gives, in JSON and in the header format', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(only(read('a.json', JSON.stringify({ body: s }))).body).toBe(reference(s));
        expect(only(read('a.txt', `url: https://example.org/a\n${s}`)).body).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['blanks before each newline', 'One. \t\nTwo.  \n\n\n\nThree.\t', 'One.\nTwo.\n\nThree.'],
    ['CR line ends', 'One.  \r\nTwo.\r\rThree. ', 'One.\nTwo.\n\nThree.'],
    ['U+2028 ends a line for the definition', 'One.  \u2028Two.', 'One.\u2028Two.'],
    ['blanks inside a line stay', 'One  two\tthree', 'One  two\tthree'],
  ])('%s', (_n, body, expected) => {
    expect(only(read('a.json', JSON.stringify({ body }))).body).toBe(expected);
  });
});
