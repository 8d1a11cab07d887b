import { describe, expect, it } from 'vitest';
import { dropFurniture } from '../../src/ingest/furniture.ts';
import { splitSentences } from '../../src/ingest/sentences.ts';

describe('splitSentences', () => {
  it.each([
    ['two sentences', 'The minister arrived. He left on Monday.', 2],
    ['abbreviations do not split', 'Dr. Smith met the U.S. envoy. Gen. Lopez agreed.', 2],
    ['initials do not split', 'Secretary John Q. Public spoke. Nobody else did.', 2],
    ['honorifics of address do not split', 'H.E. Mr. Ivan Petrov received H.E. Ms. Ana Soto. They talked.', 2],
    ['lines split', 'Headline here\nBody starts. And goes on.', 3],
    ['a name ending in "Jr." ends a sentence before "The"', 'She met President Ramon Cruz Jr. The leaders talked. Cruz Jr. said so.', 3],
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
    ['breadcrumbs', 'Home > Politics > Region\nThe talks ended well.\nTags: diplomacy'],
  ])('%s', (_n, body) => {
    const kept = dropFurniture(body, splitSentences(body)).map((s) => s.text);
    expect(kept).toEqual(['The talks ended well.']);
  });
  it('a "Read more: headline" line late in the story is a teaser, and the story goes on after it', () => {
    const body = 'The two foreign ministers held talks in Lima on Tuesday.\nThey discussed trade and migration at length.\nThey also spoke about the border crossing.\nRead more: Five things about trade\nThe Chilean minister said the two would meet again.';
    const kept = dropFurniture(body, splitSentences(body)).map((s) => s.text);
    expect(kept).toEqual([
      'The two foreign ministers held talks in Lima on Tuesday.',
      'They discussed trade and migration at length.',
      'They also spoke about the border crossing.',
      'The Chilean minister said the two would meet again.',
    ]);
  });
  it('an "ADVERTISEMENT" line inside the story is no tail', () => {
    const body = 'The two foreign ministers held talks in Lima on Tuesday.\nADVERTISEMENT\nThey agreed to meet again in Santiago in the autumn.';
    const kept = dropFurniture(body, splitSentences(body)).map((s) => s.text);
    expect(kept).toEqual(['The two foreign ministers held talks in Lima on Tuesday.', 'They agreed to meet again in Santiago in the autumn.']);
  });
  it('a section line and "TRENDING: … | …" above the story are no tail', () => {
    const body = 'Daily Wire Hub | Politics | 4 min read\nTRENDING: Markets slip | Rain in Lima\nThe two foreign ministers held talks in Lima on Tuesday.\nYou may also like\nA teaser about football';
    const kept = dropFurniture(body, splitSentences(body)).map((s) => s.text);
    expect(kept).toEqual(['The two foreign ministers held talks in Lima on Tuesday.']);
  });
});

describe('splitSentences: sentence ends across lines', () => {
  it.each([
    ['! and ? end sentences', 'Will they meet? They will! The date is set.', ['Will they meet?', 'They will!', 'The date is set.']],
    ['a mark that ends a line', 'The envoy left.\nHe flew home. It rained', ['The envoy left.', 'He flew home.', 'It rained']],
    ['a line without marks after one with several', 'One. Two. Three.\nno marks here\nFour. Five', ['One.', 'Two.', 'Three.', 'no marks here', 'Four.', 'Five']],
    ['closing quote after the mark', '"We agree." The talks ended.', ['"We agree."', 'The talks ended.']],
    ['a mark inside a number or an abbreviation', 'It cost 2.5 billion. Mr. Osei paid.', ['It cost 2.5 billion.', 'Mr. Osei paid.']],
  ])('%s', (_n, body, texts) => {
    const s = splitSentences(body);
    expect(s.map((x) => x.text)).toEqual(texts);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
});
