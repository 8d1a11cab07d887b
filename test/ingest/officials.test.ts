import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import type { Article } from '../../src/ingest/types.ts';

const art = (body: string, published: string | null = '2024-03-07'): Article => ({
  id: 't', url: null, title: null, published, source: null, body,
});
const off = (body: string) => extract(art(body)).officials.map((o) => [o.name, o.country ?? o.org]);

describe('officials', () => {
  it.each([
    ['demonym + title', 'Indian External Affairs Minister Anil Verma arrived in Paris.', [['Anil Verma', 'IN']]],
    ['possessive country', "Kenya's President Samuel Otieno thanked the donors.", [['Samuel Otieno', 'KE']]],
    ['seat of government', 'Kremlin spokesman Ivan Petrenko declined to comment.', [['Ivan Petrenko', 'RU']]],
    ['intergovernmental body', 'UN Secretary-General Maria Lindqvist called for calm.', [['Maria Lindqvist', 'UN']]],
    ['title in an appositive', 'Karl Brandt, the German ambassador to Chile, was recalled.', [['Karl Brandt', 'DE']]],
    ['possessor person', "Brazilian President Paulo Ramos's foreign policy adviser, Ana Costa, flew home.", [['Paulo Ramos', 'BR'], ['Ana Costa', 'BR']]],
    ['counterpart with demonym', 'He met his Indian counterpart, Ravi Kapoor, on Monday.', [['Ravi Kapoor', 'IN']]],
    ['not an official: no role', 'Novelist Jane Austen Smith wrote about the summit in a column.', []],
  ])('%s', (_n, body, expected) => {
    expect(off(body)).toEqual(expected);
  });

  it('joins a later surname to the full name', () => {
    const x = extract(art('Russian Foreign Minister Oleg Sidorov arrived. Later, Sidorov said the talks went well.'));
    expect(x.officials).toHaveLength(1);
    expect(x.officials[0]?.name).toBe('Oleg Sidorov');
    expect(x.officials[0]?.aliases).toContain('Sidorov');
  });
});
