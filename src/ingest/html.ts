// HTML page → article fields. Pure: string in, plain fields out, never throws.
//
// Content root: the first <article>, else <main> / [role=main], else <body>, else the document.
// Removed before taking the text: script/style/noscript/template/svg/iframe/form/button,
// nav/header/footer/aside/figure, elements whose role is navigation/banner/contentinfo/complementary,
// and elements whose class or id names page furniture (related, share, newsletter, teaser, …).
// Block elements become paragraphs joined by a blank line, as in the corpus .txt files.
// The headline <h1> is dropped from the body when it is the title (the corpus keeps titles in
// the header, not the body).
// Text-level furniture ("Read more", tag lines, teasers after them) is NOT removed here: it is kept
// as paragraphs so that ./furniture.ts, which handles it for every format, sees the same markers.

import { HTMLElement, Node, NodeType, parse } from 'node-html-parser';

export interface HtmlFields {
  title: string | null;
  url: string | null;
  /** Raw date string as found in the page (normalise with `normalizePublished`). */
  published: string | null;
  source: string | null;
  body: string;
}

const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'iframe', 'form', 'button', 'select', 'input',
  'nav', 'header', 'footer', 'aside', 'figure', 'picture', 'video', 'audio', 'canvas', 'object', 'embed',
]);
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
/** Matched against each class / id token (split on whitespace), case-insensitive. */
const FURNITURE_TOKEN =
  /(^|[-_])(related|share|sharing|social|newsletter|subscribe|subscription|comments?|advert|advertisement|ads?|promo|breadcrumbs?|cookies?|teasers?|recommended|readmore|read-more|more-stories|sidebar|byline|tags?|popular|trending|paywall|modal)($|[-_])/i;

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'body', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'address', 'hr', 'br',
  'figcaption', 'details', 'summary', 'center',
]);

function isFurniture(el: HTMLElement): boolean {
  const tag = el.tagName?.toLowerCase() ?? '';
  if (DROP_TAGS.has(tag)) return true;
  const role = el.getAttribute('role')?.toLowerCase();
  if (role && DROP_ROLES.has(role)) return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/).filter(Boolean);
  return names.some((n) => FURNITURE_TOKEN.test(n));
}

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Text of `root` with block elements as paragraphs; furniture subtrees are skipped. */
function blockText(root: HTMLElement, skip: (el: HTMLElement) => boolean): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = squash(current);
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === NodeType.TEXT_NODE) {
      current += node.text; // `.text` decodes entities
      return;
    }
    if (node.nodeType !== NodeType.ELEMENT_NODE) return;
    const el = node as HTMLElement;
    if (el !== root && skip(el)) return;
    const block = BLOCK_TAGS.has(el.tagName?.toLowerCase() ?? '');
    if (block) flush();
    for (const child of el.childNodes) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function meta(doc: HTMLElement, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ??
      doc.querySelector(`meta[name="${key}"]`) ??
      doc.querySelector(`meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content');
    if (v && squash(v)) return squash(v);
  }
  return null;
}

function contentRoot(doc: HTMLElement): HTMLElement {
  return (
    doc.querySelector('article') ??
    doc.querySelector('main') ??
    doc.querySelector('[role="main"]') ??
    doc.querySelector('body') ??
    doc
  );
}

/** Last resort when the parser fails: strip tags with regular expressions. */
function stripTags(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|section|article|tr)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .split(/\n\s*\n/)
    .map(squash)
    .filter(Boolean)
    .join('\n\n');
}

export function htmlToFields(html: string): HtmlFields {
  let doc: HTMLElement;
  try {
    doc = parse(html, {
      comment: false,
      blockTextElements: { script: false, style: false, noscript: false, pre: true },
    });
  } catch {
    return { title: null, url: null, published: null, source: null, body: stripTags(html) };
  }

  const root = contentRoot(doc);
  const h1 = root.querySelector('h1') ?? doc.querySelector('h1');
  const h1Text = h1 ? squash(h1.text) : '';
  const title =
    meta(doc, 'og:title', 'twitter:title') ?? (h1Text || null) ?? (squash(doc.querySelector('title')?.text ?? '') || null);

  const time = root.querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  const published =
    meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'dc.date', 'DC.date.issued') ??
    (time?.getAttribute('datetime')?.trim() || null) ??
    (time ? squash(time.text) || null : null);

  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const url = canonical || meta(doc, 'og:url');
  const source = meta(doc, 'og:site_name');

  // og:title often carries a site suffix ("Headline | Site"): drop the <h1> when either contains the other.
  const dropH1 = h1 && h1Text && title && (title.includes(h1Text) || h1Text.includes(title)) ? h1 : null;
  const body = blockText(root, (el) => el === dropH1 || isFurniture(el));
  return { title, url, published, source, body };
}
