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

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    let t = m[0];
    const start = m.index + offset;
    const end = start + t.length;
    let poss = false;
    const first = t[0] ?? '';
    const word = /[\p{L}]/u.test(first);
    if (word) {
      const pm = /['’]s?$/.exec(t);
      if (pm && t.length > pm[0].length + 1) {
        // "Russia's", "Jones'" — but keep "O'Brien" (handled by the regex: inner apostrophes need a letter after)
        if (pm[0].length === 2 || /s$/i.test(t.slice(0, -1))) {
          poss = true;
          t = t.slice(0, -pm[0].length);
        }
      }
    }
    const cap = word && UPPER_RE.test(first);
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end,
      cap,
      upper: cap && !LOWER_RE.test(t),
      poss,
      word,
    });
  }
  return out;
}
