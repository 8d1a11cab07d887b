// Sentence splitting with character offsets into the body.

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
    'md', 'pres', 'amb', 'min', 'dept', 'ave',
  ],
);

function endsWithAbbrev(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return false;
  if (ABBREV.has(word)) return true;
  // a single letter initial: "Steven T. Mnuchin"
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[i + 1] ?? '')) return true;
  return false;
}

/** Split `body` into sentences; every sentence's text equals body.slice(start, end). */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  const lineRe = /[^\n]+/g;
  let lm: RegExpExecArray | null;
  let lastLineEnd = 0;
  while ((lm = lineRe.exec(body)) !== null) {
    const lineStart = lm.index;
    const line = lm[0];
    if (body.slice(lastLineEnd, lineStart).includes('\n')) para++;
    lastLineEnd = lineStart + line.length;
    let s = 0;
    const push = (a: number, b: number) => {
      while (a < b && /\s/.test(line[a] ?? '')) a++;
      while (b > a && /\s/.test(line[b - 1] ?? '')) b--;
      if (b > a) out.push({ index: out.length, start: lineStart + a, end: lineStart + b, text: line.slice(a, b), para });
    };
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (c !== 46 && c !== 33 && c !== 63) continue;
      const ch = line[i];
      let j = i + 1;
      while (j < line.length && /["”’')\]]/.test(line[j] ?? '')) j++;
      if (j < line.length && !/\s/.test(line[j] ?? '')) continue;
      let k = j;
      while (k < line.length && /\s/.test(line[k] ?? '')) k++;
      if (k >= line.length) continue;
      const next = line[k] ?? '';
      if (!/[\p{Lu}\p{N}"“‘'(\[]/u.test(next)) continue;
      if (ch === '.' && endsWithAbbrev(line, i)) continue;
      push(s, j);
      s = j;
      i = j - 1;
    }
    push(s, line.length);
  }
  return out;
}
