import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/ingest/tokens.ts';

const brief = (s: string) => tokenize(s).map((t) => [t.text, t.lower, t.cap, t.upper, t.poss, t.word, t.start, t.end]);

describe('tokenize', () => {
  it('plain ASCII words carry case flags and offsets', () => {
    expect(brief('NATO met Lavrov, then')).toEqual([
      ['NATO', 'nato', true, true, false, true, 0, 4],
      ['met', 'met', false, false, false, true, 5, 8],
      ['Lavrov', 'lavrov', true, false, false, true, 9, 15],
      [',', ',', false, false, false, false, 15, 16],
      ['then', 'then', false, false, false, true, 17, 21],
    ]);
  });
  it('possessives, dotted acronyms, inner apostrophes and non-ASCII words take the full scanner', () => {
    expect(tokenize("Russia's U.S. O'Brien Éric Jones' co-chair", 10).map((t) => [t.text, t.poss, t.start])).toEqual([
      ['Russia', true, 10],
      ['U.S.', false, 19],
      ["O'Brien", false, 24],
      ['Éric', false, 32],
      ['Jones', true, 37],
      ['co-chair', false, 44],
    ]);
  });
  it('a single capital before a dot stays an initial', () => {
    expect(tokenize('Steven T. Mnuchin').map((t) => t.text)).toEqual(['Steven', 'T', '.', 'Mnuchin']);
  });
});
