// Cheap tokeniser shared by every extraction step: words with offsets, possessives split off.
import { isLetterUnit, isLowerUnit, isMarkUnit, isNumberUnit, isSpaceUnit, isSurrogate, isUpperUnit } from './chars.ts';

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
const LETTER_RE = /\p{L}/u;
const MARK_RE = /\p{M}/u;
const NUM_RE = /\p{N}/u;

// Character tests on the code point at i. A unit that is no surrogate is its own code point,
// and its class comes from the table in chars.ts (the same Unicode classes, no regex call per
// character). Surrogates keep the original reading: codePointAt for the code point, and the
// regex on charAt (a high surrogate with any unit after it reads as two units).
/** The character (a whole code point) at i. */
const charAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : (text[i] ?? '');
};
const codeAt = (text: string, i: number) => (i < text.length ? (text.codePointAt(i) as number) : -1);
/** Units the character at i takes (charAt(text, i).length). */
const widthAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : i < text.length ? 1 : 0;
};

function surrogateLetter(text: string, i: number): boolean {
  return LETTER_RE.test(charAt(text, i));
}
function surrogateLetterOrMark(text: string, i: number): boolean {
  const ch = charAt(text, i);
  return LETTER_RE.test(ch) || MARK_RE.test(ch);
}

/** A letter (\p{L}) at i. */
function letterOnlyAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const u = text.charCodeAt(i);
  return isSurrogate(u) ? surrogateLetter(text, i) : isLetterUnit(u);
}
/** A letter or a combining mark at i. */
function letterAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const u = text.charCodeAt(i);
  return isSurrogate(u) ? surrogateLetterOrMark(text, i) : isLetterUnit(u) || isMarkUnit(u);
}
/** An upper-case letter at i. */
function upperAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const u = text.charCodeAt(i);
  return isSurrogate(u) ? UPPER_RE.test(charAt(text, i)) : isUpperUnit(u);
}
/** A digit (\p{N}) at i. */
function digitAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const u = text.charCodeAt(i);
  return isSurrogate(u) ? NUM_RE.test(charAt(text, i)) : isNumberUnit(u);
}

function hasLower(t: string): boolean {
  for (let k = 0; k < t.length; k++) if (isLowerUnit(t.charCodeAt(k))) return true;
  return false;
}

const APOS = 39; // '
const RSQUO = 8217; // ’
const DOT = 46;

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
  if (letterAt(text, i)) {
    // dotted acronym: two or more "X." pairs
    const w = widthAt(text, i);
    if (upperAt(text, i) && text.charCodeAt(i + w) === DOT && upperAt(text, i + w + 1)) {
      let j = i;
      let pairs = 0;
      while (upperAt(text, j) && text.charCodeAt(j + widthAt(text, j)) === DOT) {
        j += widthAt(text, j) + 1;
        pairs++;
      }
      if (pairs >= 2) return j;
    }
    let j = i + w;
    for (;;) {
      if (j >= text.length) break;
      if (letterAt(text, j) || digitAt(text, j)) {
        j += widthAt(text, j);
        continue;
      }
      const cj = text.charCodeAt(j);
      if ((cj === APOS || cj === RSQUO || cj === 0x2011 || cj === 45) && letterAt(text, j + 1)) {
        j += 1;
        continue;
      }
      if (cj === DOT && upperAt(text, j + 1) && text.charCodeAt(j + 1 + widthAt(text, j + 1)) === DOT) {
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
  if (digitAt(text, i)) {
    let j = i + widthAt(text, i);
    for (;;) {
      while (j < text.length && digitAt(text, j)) j += widthAt(text, j);
      const sep = text.charCodeAt(j);
      if ((sep === DOT || sep === 44 || sep === 58) && j + 1 < text.length && digitAt(text, j + 1)) {
        j += 1;
        continue;
      }
      break;
    }
    return j;
  }
  return i + widthAt(text, i);
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    if (c0 === 32 || c0 === 10 || c0 === 9 || c0 === 13 || (c0 > 127 && isSpaceUnit(c0))) {
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
    const word = letterOnlyAt(t, 0);
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
    const cap = word && upperAt(t, 0);
    out.push({ text: t, lower: t.toLowerCase(), start, end, cap, upper: cap && !hasLower(t), poss, word });
  }
  return out;
}
