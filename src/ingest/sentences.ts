// Sentence splitting with character offsets into the body.
import { isLetterUnit, isNumberUnit, isSpaceUnit, isUpperUnit } from './chars.ts';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (line block) the sentence belongs to. */
  para: number;
}

// Words after which a period does not end a sentence.
const ABBREV = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov', 'sen', 'rep',
    'st', 'jr', 'sr', 'no', 'nos', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
    'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.o', 'u.s', 'u.k', 'u.n', 'u.s.a', 'approx', 'est', 'fig', 'ft', 'hon',
    'md', 'mohd', 'muhd', 'mhd', 'engr', 'eng', 'sto', 'sta', 'pres', 'amb', 'min', 'dept', 'ave', 'rt', 'smt',
    // His/Her Excellency, Highness, Majesty, Royal Highness
    'h.e', 'h.h', 'h.m', 'h.r.h',
  ],
);

/** The abbreviation (lower case) that the period at `dot` ends, or null when it ends none. */
function abbrevAt(text: string, dot: number): string | null {
  let i = dot - 1;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c !== DOT && !isLetterUnit(c)) break;
  }
  if (i + 1 === dot) return null;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (ABBREV.has(word)) return word;
  // the Filipino "Ma." (María) opening a name, not a surname ending one ("Jack Ma. The …"): after a
  // word in lower case or a capitalised title's word ("Secretary Ma. X"), before a capital
  if (word === 'ma' && /^\s+\p{Lu}/u.test(text.slice(dot + 1, dot + 3)) && /(?:^|[\s,(])(?:\p{Ll}[\p{L}-]*|Chief|Director|Secretary|Undersecretary|Ambassador|Minister)\s+$/u.test(text.slice(Math.max(0, i - 30), i + 1))) return word;
  // initials after a capitalised word (or a form of address: "Mr. K.P. Oli"), before a capitalised one: "Foreign
  // Minister N.P. Saud" (not "… in the U.A.E. The talks …", nor a sentence's opener after them)
  if (/^(?:\p{L}\.){1,3}\p{L}$/u.test(word) && /^\p{Lu}(?:\.\p{Lu})+$/u.test(text.slice(i + 1, dot)) && /\p{Lu}[\p{L}-]*\.?\s+$/u.test(text.slice(Math.max(0, i - 30), i + 1)) && /^\s+\p{Lu}/u.test(text.slice(dot + 1, dot + 3)) && !OPENERS.test(text.slice(dot + 1).trimStart())) return word;
  // a single letter initial: "Maria T. Keller"
  return word.length === 1 && isLetterUnit(word.charCodeAt(0)) && isUpperUnit(text.charCodeAt(i + 1)) ? word : null;
}

/** Abbreviations that end a name or a company's name, and may end a sentence: "… with President X Jr. The leaders …". */
const NAME_ENDS = new Set(['jr', 'sr', 'inc', 'ltd', 'corp', 'co', 'etc']);
/** Words that open a sentence after such an abbreviation (never a name's next word). */
const OPENERS = /^(?:The|He|She|They|It|We|This|That|These|Those|His|Her|Their|Its|Both|But|After|Before|Earlier|Later|Meanwhile)\b/;

const DOT = 46;
const NEWLINE = 10;
/** Closing quotes and brackets that may follow the end of a sentence: " ” ’ ' ) ]. */
const isCloser = (c: number) => c === 34 || c === 0x201d || c === 0x2019 || c === 39 || c === 41 || c === 93;
/** What a new sentence may start with: a capital, a digit, an opening quote or bracket. */
const isOpener = (c: number) => isUpperUnit(c) || isNumberUnit(c) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;

const STOP = /[.!?]/g;

/**
 * Index of the first ".", "!" or "?" at or after `from` (body.length when there is none). The
 * regex scan skips the text in between much faster than a loop over every character did.
 */
function nextStop(body: string, from: number): number {
  STOP.lastIndex = from;
  return STOP.test(body) ? STOP.lastIndex - 1 : body.length;
}

/** Append body[a, b) trimmed of white space, unless nothing is left. */
function pushSentence(out: Sentence[], body: string, a: number, b: number, para: number): void {
  while (a < b && isSpaceUnit(body.charCodeAt(a))) a++;
  while (b > a && isSpaceUnit(body.charCodeAt(b - 1))) b--;
  if (b > a) out.push({ index: out.length, start: a, end: b, text: body.slice(a, b), para });
}

/**
 * Split `body` into sentences; every sentence's text equals body.slice(start, end). A line
 * (text between newlines) is split after ".", "!" or "?" (and closing quotes) when white space
 * and a capital, digit or opening quote follow, unless the period ends an abbreviation.
 * Each line after the first opens a new paragraph number.
 */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const n = body.length;
  let para = 0;
  let lastLineEnd = 0;
  let p = 0;
  let stop = -1; // the first ".", "!" or "?" at or after the scan position, once looked up
  while (p < n) {
    if (body.charCodeAt(p) === NEWLINE) {
      p++;
      continue;
    }
    const lineStart = p;
    let lineEnd = body.indexOf('\n', p);
    if (lineEnd < 0) lineEnd = n;
    if (lineStart > lastLineEnd) para++;
    lastLineEnd = lineEnd;
    let s = lineStart;
    for (let i = lineStart; i < lineEnd; i++) {
      if (stop < i) stop = nextStop(body, i);
      if (stop >= lineEnd) break;
      i = stop;
      const c = body.charCodeAt(i);
      let j = i + 1;
      while (j < lineEnd && isCloser(body.charCodeAt(j))) j++;
      if (j < lineEnd && !isSpaceUnit(body.charCodeAt(j))) continue;
      let k = j;
      while (k < lineEnd && isSpaceUnit(body.charCodeAt(k))) k++;
      if (k >= lineEnd) continue;
      if (!isOpener(body.charCodeAt(k))) continue;
      // (an abbreviation that ends a name may end the sentence too: "… Marcos Jr. The leaders …")
      const abbr = c === DOT ? abbrevAt(body, i) : null;
      if (abbr !== null && !(NAME_ENDS.has(abbr) && OPENERS.test(body.slice(k, k + 12)))) continue;
      pushSentence(out, body, s, j, para);
      s = j;
      i = j - 1;
    }
    pushSentence(out, body, s, lineEnd, para);
    p = lineEnd;
  }
  return out;
}
