// Input bytes → articles. Never throws for bad input: every problem becomes a per-article
// `ArticleInputError` with a closed `code` and a message that says what to do.
//
// Formats (chosen by extension, sniffed when the name has none of these, e.g. stdin):
//   .txt            header lines (`url:`, `published:`, `title:`, also `source:` and `date:`;
//                   any subset, any order), a blank line, then the body. Without a header: the
//                   first non-empty line is the title when it looks like a headline (≤ 200 chars,
//                   not ending in . , ; :) and more text follows; it is then NOT repeated in the
//                   body. Otherwise title is null and the whole text is the body.
//   .json           one object {id?, url?, title?, published?, source?, body | text | content},
//                   or an array of such objects.
//   .jsonl/.ndjson  one such object per line; a bad line is one error, the others still load.
//   .html/.htm      see ./html.ts.
// `published` is normalised to YYYY-MM-DD or null (a date that cannot be read gives a warning).
// Ids: .txt/.html → file name without extension; JSON → `id` field, else
//   JSON file: file name (array items: file name + "-" + index), JSONL: slug(title|url) + "-" + line,
//   or file name + "-" + line when neither is given.

import { basename, extname } from 'node:path';
import * as chrono from 'chrono-node';
import type { Article } from './types.ts';
import { htmlToFields } from './html.ts';

export type ArticleInputErrorCode =
  | 'EMPTY'
  | 'BINARY'
  | 'TOO_LARGE'
  | 'BAD_JSON'
  | 'BAD_FIELD'
  | 'NO_TEXT'
  | 'UNREADABLE';

export class ArticleInputError extends Error {
  override readonly name = 'ArticleInputError';
  constructor(
    readonly code: ArticleInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ReadResult =
  | { ok: true; article: Article; source: string; warnings: string[] }
  | { ok: false; source: string; error: ArticleInputError };

export type InputFormat = 'text' | 'json' | 'jsonl' | 'html';

export interface ReadOptions {
  /** Largest article (one file, one JSONL line) in bytes. Default 5 MB. */
  maxArticleBytes?: number;
  /** Largest JSON Lines file in bytes (it holds many articles). Default 200 MB. */
  maxCollectionBytes?: number;
  /** Force a format instead of using the extension / sniffing. */
  format?: InputFormat;
}

export const DEFAULT_MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_COLLECTION_BYTES = 200 * 1024 * 1024;

const EXTENSIONS: Record<string, InputFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
};

/** The format the extension names, or null when it must be sniffed. */
export function formatOf(name: string): InputFormat | null {
  return EXTENSIONS[extname(name).toLowerCase()] ?? null;
}

export function isArticleFile(name: string): boolean {
  return formatOf(name) !== null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * Size check that needs only the byte count, so a caller can reject a huge file before reading it.
 * Returns null when the size is acceptable.
 */
export function checkSize(name: string, size: number, options: ReadOptions = {}): ArticleInputError | null {
  const maxArticle = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const maxCollection = options.maxCollectionBytes ?? DEFAULT_MAX_COLLECTION_BYTES;
  const format = options.format ?? formatOf(name);
  // JSON Lines (and unknown input that may turn out to be JSON Lines) hold many articles.
  const limit = format === 'jsonl' || format === null ? maxCollection : maxArticle;
  if (size > limit) {
    return new ArticleInputError(
      'TOO_LARGE',
      `${mb(size)} is over the ${mb(limit)} limit for one ${limit === maxArticle ? 'article' : 'input'}; ` +
        `split it (JSON Lines: one article per line) or raise the limit`,
    );
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Bytes → text

/** What decodeText counts: U+FFFD (a bad UTF-8 sequence) and control characters other than \t \n \f \r. */
const SUSPECT = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/** Decodes UTF-8 (or UTF-16 with a BOM); falls back to Windows-1252 for a few stray bytes. */
export function decodeText(bytes: Buffer): { text: string } | { error: ArticleInputError } {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const enc = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(enc).decode(bytes) }; // TextDecoder strips the BOM
  }
  if (bytes.includes(0)) {
    return { error: new ArticleInputError('BINARY', 'the file contains NUL bytes, so it is not text; give a .txt, .json, .jsonl or .html file') };
  }
  let text = new TextDecoder('utf-8').decode(bytes); // strips a UTF-8 BOM, replaces bad bytes with U+FFFD
  let bad = 0;
  let control = 0;
  // Counting walks every character; the regex finds the usual case (none of either) faster.
  if (SUSPECT.test(text)) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd) bad++;
      else if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    }
  }
  if ((bad + control) / Math.max(text.length, 1) > 0.02) {
    return {
      error: new ArticleInputError(
        'BINARY',
        `the file does not look like text (${bad} invalid UTF-8 sequences, ${control} control characters); ` +
          `give a UTF-8 .txt, .json, .jsonl or .html file`,
      ),
    };
  }
  if (bad > 0) {
    try {
      text = new TextDecoder('windows-1252').decode(bytes); // a few stray bytes: probably Latin-1
    } catch {
      // ICU without windows-1252: keep the UTF-8 decoding with its replacement characters
    }
  }
  return { text };
}

// ---------------------------------------------------------------------------------------------
// Field helpers

const UNKNOWN = /^(unknown|n\/?a|none|null|undefined|-+|\?)$/i;

/**
 * Publication date → YYYY-MM-DD, or null. Accepts ISO dates and timestamps (the date part is
 * kept as written, in the publisher's time zone), "May 5, 2023", "5 May 2023", "2023/05/05",
 * RFC 2822, and epoch seconds or milliseconds. A date without a year is rejected (null).
 */
export function normalizePublished(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' && Number.isFinite(value)) {
    const ms = value < 1e11 ? value * 1000 : value;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (!s || UNKNOWN.test(s)) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (iso) return validDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (/^\d{10}(\d{3})?$/.test(s)) return normalizePublished(Number(s));
  const hit = chrono.strict.parse(s)[0];
  if (!hit || !hit.start.isCertain('year') || !hit.start.isCertain('month') || !hit.start.isCertain('day')) return null;
  return validDate(hit.start.get('year') ?? 0, hit.start.get('month') ?? 0, hit.start.get('day') ?? 0);
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Lower-case ASCII slug, at most 60 characters; '' when nothing is left. */
export function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

// The body clean-up runs on every article, and usually has nothing to do: each step first looks
// (indexOf, fast) whether its pattern can occur at all, and returns the string unchanged if not.

/** CR LF and lone CR → LF. */
function unixNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

const LINE_END_BLANKS = /[ \t]+$/gm;

/**
 * Drops spaces and tabs at the end of each line, as s.replace(/[ \t]+$/gm, '') does. The regex
 * tries a match at every space of the text; this looks only before each newline. Other line
 * terminators (CR, U+2028, U+2029) end a line for `$` too: text with any of them takes the regex.
 */
function trimLineEnds(s: string): string {
  if (s.includes('\r') || s.includes('\u2028') || s.includes('\u2029')) return s.replace(LINE_END_BLANKS, '');
  let out = '';
  let from = 0; // s[from..] is not copied yet
  for (let nl = s.indexOf('\n'); ; nl = s.indexOf('\n', nl + 1)) {
    const end = nl < 0 ? s.length : nl;
    let b = end;
    while (b > from && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
    if (b < end) {
      out += s.slice(from, b);
      from = end;
    }
    if (nl < 0) break;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Normalises line ends and trims; keeps paragraph breaks. */
function cleanBody(s: string): string {
  const t = trimLineEnds(unixNewlines(s));
  return (t.includes('\n\n\n') ? t.replace(/\n{3,}/g, '\n\n') : t).trim();
}

const orNull = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t && !UNKNOWN.test(t) ? t : null;
};

const fileId = (name: string) => basename(name, extname(name)) || 'stdin';

// ---------------------------------------------------------------------------------------------
// Formats

const HEADER_LINE = /^(url|published|date|title|source)[ \t]*:[ \t]*(.*)$/i;

interface Draft {
  id: string;
  url: string | null;
  title: string | null;
  published: unknown;
  source: string | null;
  body: string;
}

/** End (exclusive) of the line that starts at `at`: its newline, or the end of the text. */
function lineEnd(t: string, at: number): number {
  const nl = t.indexOf('\n', at);
  return nl < 0 ? t.length : nl;
}

// The lines are visited by offset (`at`: where the current line starts; past the end of the text
// when no line is left), and the body is the text after the header taken in one slice: equal to
// splitting into lines and joining the remaining ones with "\n", without building every line.
function parseText(text: string, id: string): Draft {
  const t = unixNewlines(text);
  let at = 0;
  while (at <= t.length && t.slice(at, lineEnd(t, at)).trim() === '') at = lineEnd(t, at) + 1;
  const header: Record<string, string> = {};
  let headerLines = 0;
  for (; at <= t.length; at = lineEnd(t, at) + 1) {
    const m = HEADER_LINE.exec(t.slice(at, lineEnd(t, at)).trim());
    if (!m) break;
    const key = m[1]!.toLowerCase() === 'date' ? 'published' : m[1]!.toLowerCase();
    header[key] ??= m[2]!.trim();
    headerLines++;
  }
  if (headerLines > 0) {
    return {
      id,
      url: orNull(header.url),
      title: orNull(header.title),
      published: header.published ?? null,
      source: orNull(header.source),
      body: cleanBody(t.slice(at)),
    };
  }
  // No header: a headline-like first line is the title.
  const end = lineEnd(t, at);
  const first = t.slice(at, end).trim();
  const rest = cleanBody(t.slice(end + 1));
  if (first && rest && first.length <= 200 && !/[.,;:]$/.test(first)) {
    return { id, url: null, title: first, published: null, source: null, body: rest };
  }
  return { id, url: null, title: null, published: null, source: null, body: cleanBody(text) };
}

const STRING_FIELDS = ['url', 'title', 'source'] as const;
const BODY_FIELDS = ['body', 'text', 'content'] as const;

/** One JSON value → draft, or a BAD_FIELD error naming the field. */
function fromJsonObject(value: unknown, fallbackId: (o: Record<string, unknown>) => string): Draft | ArticleInputError {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return new ArticleInputError('BAD_FIELD', `expected a JSON object with a "body" field, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const o = value as Record<string, unknown>;
  for (const f of STRING_FIELDS) {
    if (o[f] !== undefined && o[f] !== null && typeof o[f] !== 'string') {
      return new ArticleInputError('BAD_FIELD', `"${f}" must be a string or null, got ${typeof o[f]}`);
    }
  }
  if (o.id !== undefined && o.id !== null && typeof o.id !== 'string' && typeof o.id !== 'number') {
    return new ArticleInputError('BAD_FIELD', `"id" must be a string or a number, got ${typeof o.id}`);
  }
  const bodyField = BODY_FIELDS.find((f) => o[f] !== undefined && o[f] !== null);
  if (!bodyField) {
    return new ArticleInputError('BAD_FIELD', 'missing body: give the story text in "body" (or "text" / "content")');
  }
  if (typeof o[bodyField] !== 'string') {
    return new ArticleInputError('BAD_FIELD', `"${bodyField}" must be a string, got ${typeof o[bodyField]}`);
  }
  const published = o.published ?? o.date ?? o.publishedAt ?? o.published_at ?? null;
  const id = o.id === undefined || o.id === null ? '' : String(o.id).trim();
  return {
    id: id || fallbackId(o),
    url: orNull(o.url as string | null | undefined),
    title: orNull(o.title as string | null | undefined),
    published,
    source: orNull(o.source as string | null | undefined),
    body: cleanBody(o[bodyField] as string),
  };
}

function jsonError(e: unknown, hint = ''): ArticleInputError {
  const why = e instanceof Error ? e.message : String(e);
  return new ArticleInputError('BAD_JSON', `malformed JSON (${why}); fix the syntax${hint}`);
}

const looksLikeJsonLines = (text: string) => {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.length > 1 && lines.every((l) => /^\s*[{[]/.test(l));
};

// ---------------------------------------------------------------------------------------------

/**
 * Reads one input (a file or stdin) into articles; one result per article or per failure.
 * `name` is used as given for `source` (e.g. "seed/a.txt", "seed/b.jsonl:3") and, without its
 * folder and extension, as the article id.
 */
// Module-level helpers, not closures: tsx keeps function names, which costs a defineProperty
// per closure created (here: per article read).
const failure = (source: string, error: ArticleInputError): ReadResult => ({ ok: false, source, error });
const emptyError = () => new ArticleInputError('EMPTY', 'the file is empty; give the article text (header lines, a blank line, then the body)');

export function readArticles(input: { name: string; bytes: Buffer }, options: ReadOptions = {}): ReadResult[] {
  const { name, bytes } = input;
  const source = name; // as the caller gives it (a path, "stdin"); shown in errors

  const tooLarge = checkSize(name, bytes.length, options);
  if (tooLarge) return [failure(source, tooLarge)];
  if (bytes.length === 0) return [failure(source, emptyError())];
  // Sniff from the head only, so that an oversized single article is rejected before decoding it
  // (unknown input was allowed the collection limit; one article still has the article limit).
  let format = options.format ?? formatOf(name);
  if (format === null) {
    const head = decodeText(bytes.subarray(0, 64 * 1024));
    format = 'text' in head ? sniff(head.text) : 'text';
    const again = format === 'jsonl' ? null : checkSize(name, bytes.length, { ...options, format });
    if (again) return [failure(source, again)];
  }
  const decoded = decodeText(bytes);
  if ('error' in decoded) return [failure(source, decoded.error)];
  const text = decoded.text;
  if (text.trim() === '') return [failure(source, emptyError())];
  const maxArticle = options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES;
  const id = fileId(source);

  switch (format) {
    case 'text':
      return [finish(parseText(text, id), source)];
    case 'html': {
      const f = htmlToFields(text);
      return [finish({ id, url: f.url, title: f.title, published: f.published, source: f.source, body: f.body }, source, 'html')];
    }
    case 'json': {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        if (looksLikeJsonLines(text)) return readJsonLines(text, source, id, maxArticle);
        return [failure(source, jsonError(e, '; for several articles use a JSON array or JSON Lines (.jsonl)'))];
      }
      if (Array.isArray(value)) {
        if (value.length === 0) return [failure(source, new ArticleInputError('EMPTY', 'the JSON array holds no articles'))];
        return value.map((item, k) => {
          const src = `${source}[${k}]`;
          const d = fromJsonObject(item, () => `${id}-${k + 1}`);
          return d instanceof ArticleInputError ? failure(src, d) : finish(d, src);
        });
      }
      const d = fromJsonObject(value, () => id);
      return [d instanceof ArticleInputError ? failure(source, d) : finish(d, source)];
    }
    case 'jsonl':
      return readJsonLines(text, source, id, maxArticle);
  }
}

function sniff(text: string): InputFormat {
  const head = text.trimStart().slice(0, 2048);
  if (head.startsWith('{') || head.startsWith('[')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    // One object per line → JSON Lines; otherwise a (possibly pretty-printed) JSON document.
    if (firstLine.startsWith('{') && firstLine.endsWith('}') && looksLikeJsonLines(text)) return 'jsonl';
    return 'json';
  }
  if (/^<(!doctype\s+html|html|head|body|article|main|div|p)\b/i.test(head) || /<\/(p|div|body|html)>/i.test(head)) {
    return 'html';
  }
  return 'text';
}

function readJsonLines(text: string, source: string, id: string, maxArticle: number): ReadResult[] {
  const out: ReadResult[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, k) => {
    const line = raw.trim();
    if (!line) return;
    const src = `${source}:${k + 1}`;
    const bytes = Buffer.byteLength(line);
    if (bytes > maxArticle) {
      out.push({ ok: false, source: src, error: new ArticleInputError('TOO_LARGE', `line is ${mb(bytes)}, over the ${mb(maxArticle)} limit for one article; shorten it or raise the limit`) });
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      out.push({ ok: false, source: src, error: jsonError(e, ' of this line (JSON Lines: one complete object per line)') });
      return;
    }
    const d = fromJsonObject(value, (o) => {
      const s = slug(typeof o.title === 'string' ? o.title : typeof o.url === 'string' ? o.url.replace(/^[a-z]+:\/\/[^/]+/i, '') : '');
      return `${s || id}-${k + 1}`;
    });
    out.push(d instanceof ArticleInputError ? { ok: false, source: src, error: d } : finish(d, src));
  });
  if (out.length === 0) {
    out.push({ ok: false, source, error: new ArticleInputError('EMPTY', 'the JSON Lines file holds no articles') });
  }
  return out;
}

function finish(d: Draft, source: string, from: 'text' | 'html' = 'text'): ReadResult {
  const warnings: string[] = [];
  const published = normalizePublished(d.published);
  if (published === null && typeof d.published === 'string' && d.published.trim() && !UNKNOWN.test(d.published.trim())) {
    warnings.push(`published date "${d.published.trim()}" is not a full date; using null (write it as YYYY-MM-DD)`);
  }
  if (!d.body.trim()) {
    const error =
      from === 'html'
        ? new ArticleInputError('NO_TEXT', 'no article text found in the HTML (after dropping navigation, scripts and other page furniture); give the page with its article, or the text as .txt')
        : new ArticleInputError('NO_TEXT', 'the article has no body text; after the header lines, leave a blank line and then give the text');
    return { ok: false, source, error };
  }
  const article: Article = { id: d.id, url: d.url, title: d.title, published, source: d.source, body: d.body };
  return { ok: true, article, source, warnings };
}
