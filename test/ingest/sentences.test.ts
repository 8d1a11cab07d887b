import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../src/ingest/furniture.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'The minister arrived. He left on Monday.', 2],
    ['abbreviations do not split', 'Dr. Smith met the U.S. envoy. Gen. Lopez agreed.', 2],
    ['initials do not split', 'Secretary John Q. Public spoke. Nobody else did.', 2],
    ['lines split', 'Headline here\nBody starts. And goes on.', 3],
  ])('%s', (_n, body, count) => {
    const s = splitSentences(body);
    expect(s).toHaveLength(count);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
});

describe('dropFurniture', () => {
  it.each([
    ['read more tail', 'The talks ended well.\nRead more: Five things about trade\nFarmers protest in Spain'],
    ['tag list tail', 'The talks ended well.\nTags: diplomacy, trade\nMarkets rally in Tokyo as yen slips'],
    ['byline and page nav', 'By Jane Roe\nThe talks ended well.\nYou may also like\nA teaser about football'],
  ])('%s', (_n, body) => {
    const kept = dropFurniture(body, splitSentences(body)).map((s) => s.text);
    expect(kept).toEqual(['The talks ended well.']);
  });
});
