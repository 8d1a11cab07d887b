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


/** Has a white-space unit (\s): a name of two or more words ("x".split(/\s+/).length >= 2, without the split). */
export function hasSpace(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (isSpaceUnit(s.charCodeAt(k))) return true;
  return false;
}

/** Text written in capitals with each word capitalised instead ("NEW DELHI" → "New Delhi", "SEPTEMBER 24, 2024" → "September 24, 2024"). */
export function fromCapitals(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
}
