// The Cypher of the read builders, reviewable without a database (snapshots), and the escaping of
// user input for the full-text index.
import { describe, expect, it } from 'vitest';
import { articleByUrl, evidenceOf } from '../../../src/graph/read/articles.ts';
import { countryList } from '../../../src/graph/read/countries.ts';
import { counterparts, meetingLinks, meetingList, meetingsOf } from '../../../src/graph/read/meetings.ts';
import { neighborhood, shortestChain } from '../../../src/graph/read/network.ts';
import { escapeLucene, luceneQuery, officialList, officialsOf } from '../../../src/graph/read/officials.ts';
import { decodeCursor, encodeCursor, keyset } from '../../../src/graph/read/query.ts';
import { meetingsPerMonth, topPairs } from '../../../src/graph/read/stats.ts';

const first = { cursor: null, limit: 21, reverse: false };
const next = { cursor: ['2025-02-18', 'mtg-1'], limit: 21, reverse: false };

describe('read Cypher', () => {
  it.each([
    ['meetings, no filter', meetingList({}, 'DATE_DESC', first)],
    ['meetings, all filters, next page', meetingList({ officials: ['a', 'b'], countries: ['US'], kind: 'meeting', status: 'held', from: '2025-01-01', to: '2025-12-31', city: 'Riyadh', country: 'SA' }, 'DATE_ASC', next)],
    ['meetings by countries', meetingList({ countries: ['US', 'RU'] }, 'DATE_DESC', first)],
    ['meetings of officials', meetingsOf('official', ['a'], { kind: 'call' }, 'DATE_DESC', first)],
    ['meeting links', meetingLinks(['m'])],
    ['counterparts', counterparts('officials', ['a'], { from: '2025-01-01' }, { cursor: [3, 'b'], limit: 11, reverse: false })],
    ['partners', counterparts('countries', ['US'], {}, first)],
    ['counterparts without meeting keys', counterparts('officials', ['a'], {}, first, { meetingKeys: false })],
    ['officials search', officialList({ search: 'Lavrov', country: 'RU' }, first)],
    ['officials list', officialList({ organization: 'EU' }, first)],
    ['officials of countries', officialsOf('country', ['US'], first)],
    ['countries', countryList(first)],
    ['evidence', evidenceOf('meeting', ['m'], { cursor: ['2025-01-01', 'a', 10], limit: 6, reverse: false })],
    ['article by url', articleByUrl('https://x')],
    ['path', shortestChain({ type: 'Official', key: 'a' }, { type: 'Official', key: 'b' }, 4)],
    ['path mixed', shortestChain({ type: 'Official', key: 'a' }, { type: 'Country', key: 'US' }, 2)],
    ['neighborhood', neighborhood({ type: 'Official', key: 'a' }, 2, 100)],
    ['neighborhood, label properties only', neighborhood({ type: 'Official', key: 'a' }, 2, 100, { props: false })],
    ['neighborhood, no article counts', neighborhood({ type: 'Official', key: 'a' }, 2, 100, { props: false, articles: false })],
    ['per month', meetingsPerMonth({ officials: ['a'] })],
    ['top pairs', topPairs('officials', { from: '2025-01-01' }, 10)],
  ])('%s', (_name, q) => {
    expect(q.cypher).toMatchSnapshot();
  });

  it('takes values only as parameters', () => {
    const q = meetingList({ city: "x' OR 1=1 //", officials: ['}) DETACH DELETE n //'] }, 'DATE_DESC', first);
    expect(q.cypher).not.toContain('DETACH');
    expect(q.cypher).not.toContain('1=1');
    expect(q.params).toMatchObject({ anchor: '}) DETACH DELETE n //', city: "x' or 1=1 //" });
  });

  it('rejects path and neighbourhood bounds outside their range (they are written into the pattern)', () => {
    expect(() => shortestChain({ type: 'Official', key: 'a' }, { type: 'Official', key: 'b' }, 7)).toThrow(RangeError);
    expect(() => neighborhood({ type: 'Official', key: 'a' }, 1.5, 10)).toThrow(RangeError);
  });

  it('keyset: strictly after the cursor in the (flipped when backward) order', () => {
    const k = keyset({ exprs: ['a', 'b'], dirs: ['DESC', 'ASC'] }, { cursor: [1, 'x'], limit: 5, reverse: true });
    expect(k.orderBy).toBe('a ASC, b DESC');
    expect(k.where).toBe('((a > $cursor[0]) OR (a = $cursor[0] AND b < $cursor[1]))');
  });

  it('cursors round-trip and reject foreign input', () => {
    expect(decodeCursor(encodeCursor(['2025-01-01', 'm'], ), 2)).toEqual(['2025-01-01', 'm']);
    expect(decodeCursor('bm9wZQ', 2)).toBeNull();
    expect(decodeCursor(encodeCursor(['a']), 2)).toBeNull();
  });
});

describe('full-text query from user input', () => {
  it.each([
    ['Lavrov', '(lavrov OR lavrov* OR lavrov~1)'],
    ['  Lavróv ', '(lavrov OR lavrov* OR lavrov~1)'],
    ['sergey lavrov', '(sergey OR sergey* OR sergey~1) AND (lavrov OR lavrov* OR lavrov~1)'],
    ['al-Sisi', '(al\\-sisi OR al\\-sisi* OR al\\-sisi~1)'],
    ['Wang Yi', '(wang OR wang*) AND yi'],
    ['a:b', '(a\\:b OR a\\:b*)'],
    ['AND OR', '(and OR and*) AND or'],
    ['"(*)"', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(luceneQuery(input)).toBe(expected);
  });

  it('escapes every Lucene special character', () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });
});
