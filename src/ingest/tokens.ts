// Cheap tokeniser shared by every extraction step: words with offsets, possessives split off.

export interface Token {
  /** Surface text without a trailing possessive ('s / ’s). */
  text: string;
  lower: string;
  /** Offsets into the string that was tokenised (end exclusive), possessive included. */
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter is upper case ("NATO", "U.S."). */
  upper: boolean;
  /** Ends with 's / ’s / s' ("Russia's"). */
  poss: boolean;
  /** A word (letters), as opposed to punctuation or a number. */
  word: boolean;
}

// Dotted acronyms (U.S., U.N.), words with inner apostrophes/hyphens/dots, numbers, single punctuation.
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}](?:[\p{L}\p{M}\p{N}]|['’‑-](?=[\p{L}\p{M}])|\.(?=\p{Lu}\.))*(?:['’]s?(?![\p{L}]))?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

const UPPER_RE = /\p{Lu}/u;
const LOWER_RE = /\p{Ll}/u;
const LETTER_RE = /\p{L}/u;

// Character tests with an ASCII fast path (most news text) and Unicode classes otherwise.
const isLetter = (c: number, ch: string) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c > 127 && LETTER_RE.test(ch));
const isUpper = (c: number, ch: string) => (c >= 65 && c <= 90) || (c > 127 && UPPER_RE.test(ch));

function hasLower(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && LOWER_RE.test(t[k] as string)) return true;
  }
  return false;
}

const APOS = 39; // '
const RSQUO = 8217; // ’

const MARK_RE = /\p{M}/u;
const NUM_RE = /\p{N}/u;
const SPACE_RE = /\s/u;

const DOT = 46;
const isLetterOrMark = (c: number, ch: string) => isLetter(c, ch) || (c > 127 && MARK_RE.test(ch));
const isDigit = (c: number, ch: string) => (c >= 48 && c <= 57) || (c > 127 && NUM_RE.test(ch));
/** The character (a whole code point) at i. */
const charAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : (text[i] ?? '');
};
const codeAt = (text: string, i: number) => (i < text.length ? (text.codePointAt(i) as number) : -1);
const letterAt = (text: string, i: number) => i < text.length && isLetterOrMark(codeAt(text, i), charAt(text, i));
const upperAt = (text: string, i: number) => i < text.length && isUpper(codeAt(text, i), charAt(text, i));

/**
 * The end of the token that starts at i (a hand-written scanner equal to TOKEN_RE, several
 * times faster on the hot path): dotted acronyms, words with inner apostrophes/hyphens and a
 * possessive, numbers with inner separators, single other characters.
 */
function tokenEnd(text: string, i: number): number {
  const c = codeAt(text, i);
  const lc = c | 32;
  if (lc >= 97 && lc <= 122) {
    // fast path: an ASCII word ending at a space or plain punctuation
    let j = i + 1;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      const ld = d | 32;
      if (!((ld >= 97 && ld <= 122) || (d >= 48 && d <= 57))) break;
    }
    if (j >= text.length) return j;
    const d = text.charCodeAt(j);
    if (d === 32 || d === 44 || d === 10 || d === 41 || d === 58 || d === 59 || d === 34 || d === 63 || d === 33 || d === 0x201d || d === 0x201c) return j;
    if (d === DOT && !(j === i + 1 && c >= 65 && c <= 90) && !(upperAt(text, j + 1) && text.charCodeAt(j + 2) === DOT)) return j;
  }
  const ch = charAt(text, i);
  if (isLetterOrMark(c, ch)) {
    // dotted acronym: two or more "X." pairs
    if (isUpper(c, ch) && text.charCodeAt(i + ch.length) === DOT && upperAt(text, i + ch.length + 1)) {
      let j = i;
      let pairs = 0;
      while (upperAt(text, j) && text.charCodeAt(j + charAt(text, j).length) === DOT) {
        j += charAt(text, j).length + 1;
        pairs++;
      }
      if (pairs >= 2) return j;
    }
    let j = i + ch.length;
    for (;;) {
      if (j >= text.length) break;
      const cj = codeAt(text, j);
      const chj = charAt(text, j);
      if (isLetterOrMark(cj, chj) || isDigit(cj, chj)) {
        j += chj.length;
        continue;
      }
      if ((cj === APOS || cj === RSQUO || cj === 0x2011 || cj === 45) && letterAt(text, j + 1)) {
        j += 1;
        continue;
      }
      if (cj === DOT && upperAt(text, j + 1) && text.charCodeAt(j + 1 + charAt(text, j + 1).length) === DOT) {
        j += 1;
        continue;
      }
      break;
    }
    const cj = text.charCodeAt(j);
    if (cj === APOS || cj === RSQUO) {
      if (text.charCodeAt(j + 1) === 115 && !letterAt(text, j + 2)) return j + 2;
      if (!letterAt(text, j + 1)) return j + 1;
    }
    return j;
  }
  if (isDigit(c, ch)) {
    let j = i + ch.length;
    for (;;) {
      while (j < text.length && isDigit(codeAt(text, j), charAt(text, j))) j += charAt(text, j).length;
      const sep = text.charCodeAt(j);
      if ((sep === DOT || sep === 44 || sep === 58) && j + 1 < text.length && isDigit(codeAt(text, j + 1), charAt(text, j + 1))) {
        j += 1;
        continue;
      }
      break;
    }
    return j;
  }
  return i + ch.length;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === 32 || c0 === 10 || c0 === 9 || c0 === 13 || (c0 > 127 && SPACE_RE.test(text[i] as string))) {
      i++;
      continue;
    }
    const l0 = c0 | 32;
    if (l0 >= 97 && l0 <= 122) {
      // hot path: a plain ASCII word that ends at a space or plain punctuation (equal to the
      // scanner's fast path), with its case worked out during the scan
      let j = i + 1;
      let anyUpper = c0 <= 90;
      let anyLower = !anyUpper;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (d >= 97 && d <= 122) anyLower = true;
        else if (d >= 65 && d <= 90) anyUpper = true;
        else if (!(d >= 48 && d <= 57)) break;
      }
      let plain = j >= n;
      if (!plain) {
        const d = text.charCodeAt(j);
        plain =
          d === 32 || d === 44 || d === 10 || d === 41 || d === 58 || d === 59 || d === 34 || d === 63 || d === 33 || d === 0x201d || d === 0x201c ||
          (d === DOT && !(j === i + 1 && c0 <= 90) && !(upperAt(text, j + 1) && text.charCodeAt(j + 2) === DOT));
      }
      if (plain) {
        const t = text.slice(i, j);
        const cap = c0 <= 90;
        out.push({ text: t, lower: anyUpper ? t.toLowerCase() : t, start: i + offset, end: j + offset, cap, upper: cap && !anyLower, poss: false, word: true });
        i = j;
        continue;
      }
    }
    if (c0 < 128 && !(l0 >= 97 && l0 <= 122) && !(c0 >= 48 && c0 <= 57)) {
      // ASCII punctuation and symbols: one character, no case
      const t = text[i] as string;
      out.push({ text: t, lower: t, start: i + offset, end: i + 1 + offset, cap: false, upper: false, poss: false, word: false });
      i++;
      continue;
    }
    const e = tokenEnd(text, i);
    let t = text.slice(i, e);
    const start = i + offset;
    const end = e + offset;
    i = e;
    let poss = false;
    const word = isLetterOrMark(codeAt(t, 0), charAt(t, 0)) && isLetter(codeAt(t, 0), charAt(t, 0));
    if (word && t.length > 2) {
      // "Russia's", "Jones'" — but keep "O'Brien" (the scanner only lets an apostrophe end a word as a possessive)
      const n = t.length;
      const last = t.charCodeAt(n - 1);
      const prev = t.charCodeAt(n - 2);
      if ((last === 115 || last === 83) && (prev === APOS || prev === RSQUO) && n > 3) {
        poss = true;
        t = t.slice(0, -2);
      } else if ((last === APOS || last === RSQUO) && (prev === 115 || prev === 83)) {
        poss = true;
        t = t.slice(0, -1);
      }
    }
    const cap = word && isUpper(codeAt(t, 0), charAt(t, 0));
    out.push({ text: t, lower: t.toLowerCase(), start, end, cap, upper: cap && !hasLower(t), poss, word });
  }
  return out;
}
