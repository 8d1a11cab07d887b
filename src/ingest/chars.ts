// Character classes of single UTF-16 code units for the hand-written scanners (sentences,
// tokens). Each unit is classified once, by the same Unicode regular expressions the scanners
// would otherwise run per character, and then read from a table: equal results, no regex
// call per character.

const LETTER = 1; // \p{L}
const UPPER = 2; // \p{Lu}
const LOWER = 4; // \p{Ll}
const MARK = 8; // \p{M}
const NUMBER = 16; // \p{N}
const SPACE = 32; // \s
const KNOWN = 128;

const TABLE = new Uint8Array(65536);

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  return (
    KNOWN |
    (/\p{L}/u.test(ch) ? LETTER : 0) |
    (/\p{Lu}/u.test(ch) ? UPPER : 0) |
    (/\p{Ll}/u.test(ch) ? LOWER : 0) |
    (/\p{M}/u.test(ch) ? MARK : 0) |
    (/\p{N}/u.test(ch) ? NUMBER : 0) |
    (/\s/.test(ch) ? SPACE : 0)
  );
}

for (let c = 0; c < 128; c++) TABLE[c] = classify(c);

/** The class bits of code unit `c` (0 ≤ c < 65536); a lone surrogate has none. */
function classOf(c: number): number {
  const v = TABLE[c] as number;
  if (v !== 0) return v;
  const w = classify(c);
  TABLE[c] = w;
  return w;
}

export const isSpaceUnit = (c: number): boolean => (classOf(c) & SPACE) !== 0;
export const isLetterUnit = (c: number): boolean => (classOf(c) & LETTER) !== 0;
export const isUpperUnit = (c: number): boolean => (classOf(c) & UPPER) !== 0;
export const isLowerUnit = (c: number): boolean => (classOf(c) & LOWER) !== 0;
export const isMarkUnit = (c: number): boolean => (classOf(c) & MARK) !== 0;
export const isNumberUnit = (c: number): boolean => (classOf(c) & NUMBER) !== 0;
/** A surrogate code unit: half of a character outside the Basic Multilingual Plane. */
export const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * A quick "certainly not in this word list" test: length, first and last code unit of each
 * word set a bit in a 64k table. Most capitalised words are not the first word of a place or
 * body name, and three character reads rule them out before a hash look-up of the string.
 */
export class WordFilter {
  private readonly bits = new Uint8Array(65536);

  private static sig(w: string): number {
    return ((w.length & 15) << 12) | ((w.charCodeAt(0) & 63) << 6) | (w.charCodeAt(w.length - 1) & 63);
  }

  add(w: string): void {
    if (w.length > 0) this.bits[WordFilter.sig(w)] = 1;
  }

  /** False only when `w` was never added; true may be a false alarm. */
  mayHave(w: string): boolean {
    return w.length > 0 && this.bits[WordFilter.sig(w)] === 1;
  }
}
