// The pure resolution rules, table-driven: names, ids, the surname rule, meeting signatures and clusters, votes.
import { describe, expect, it } from 'vitest';
import {
  articleSha256,
  bestSupported,
  clusterReports,
  countryName,
  foldName,
  isSurnameOnly,
  meetingFacts,
  meetingSignature,
  officialId,
  resolveSurname,
  surnameOf,
  type MeetingReport,
} from '../../src/graph/resolve.ts';

describe('names', () => {
  it.each([
    ['Jean-Noël Barrot', 'jean noel barrot'],
    ['  JEAN-NOEL   barrot ', 'jean noel barrot'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ["Sergei Lavrov's", 'sergei lavrovs'],
    ['Wang Yi', 'wang yi'],
  ])('foldName(%j) = %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it.each([
    ['jean noel barrot', 'barrot', false],
    ['barrot', 'barrot', true],
    ['ursula von der leyen', 'von der leyen', false],
    ['von der leyen', 'der leyen', true],
    ['luiz inacio lula da silva', 'da silva', false],
  ])('surname of %j is %j (surname only: %j)', (folded, surname, only) => {
    if (!only) expect(surnameOf(folded)).toBe(surname);
    expect(isSurnameOnly(folded)).toBe(only);
  });

  it.each([
    ['Jean-Noël Barrot', { country: 'FR', org: null }, 'fr:jean-noel-barrot'],
    ['jean noel BARROT', { country: 'FR', org: null }, 'fr:jean-noel-barrot'],
    ['Kaja Kallas', { country: null, org: 'EU' }, 'org-eu:kaja-kallas'],
    ['Kaja Kallas', { country: 'EE', org: null }, 'ee:kaja-kallas'],
    ['John Smith', { country: null, org: null }, 'none:john-smith'],
  ])('officialId(%j, %j) = %j', (name, scope, id) => {
    expect(officialId(name, scope)).toBe(id);
  });
});

describe('the surname rule', () => {
  const fr = { country: 'FR', org: null };
  it.each([
    ['one candidate: joins it', fr, ['fr:jean-noel-barrot'], 'fr:jean-noel-barrot'],
    ['no candidate: stays alone', fr, [], 'fr:barrot'],
    ['two candidates (different first names): stays alone', fr, ['fr:jean-noel-barrot', 'fr:pierre-barrot'], 'fr:barrot'],
    ['the same candidate twice is one', fr, ['fr:jean-noel-barrot', 'fr:jean-noel-barrot'], 'fr:jean-noel-barrot'],
    ['no country or organisation: never joins', { country: null, org: null }, ['none:jean-barrot'], 'fr:barrot'],
  ] as const)('%s', (_case, scope, candidates, expected) => {
    expect(resolveSurname('fr:barrot', scope, candidates)).toBe(expected);
  });
});

const report = (articleId: string, more: Partial<MeetingReport> = {}): MeetingReport => ({
  articleId,
  kind: 'meeting',
  status: 'held',
  date: null,
  city: null,
  country: null,
  participants: ['de:olaf-scholz', 'fr:emmanuel-macron'],
  states: [],
  topics: [],
  evidence: [],
  ...more,
});

describe('meetings', () => {
  it.each([
    ['participants in any order', { participants: ['b', 'a'] }, { participants: ['a', 'b', 'a'] }, true],
    ['different kinds', { kind: 'call' as const }, { kind: 'meeting' as const }, false],
    ['fewer than two participants: the states decide', { participants: ['a'], states: ['FR', 'DE'] }, { participants: [], states: ['DE', 'FR'] }, true],
    ['fewer than two participants, other states', { participants: ['a'], states: ['FR'] }, { participants: ['a'], states: ['DE'] }, false],
  ])('signature: %s', (_case, a, b, same) => {
    expect(meetingSignature(report('x', a)) === meetingSignature(report('y', b))).toBe(same);
  });

  const sig = meetingSignature(report('x'));
  it.each([
    ['one day apart: one meeting', ['2025-03-01', '2025-03-02'], [['a0', 'a1']]],
    ['two days apart: two meetings', ['2025-03-01', '2025-03-03'], [['a0'], ['a1']]],
    ['a chain of days is one meeting', ['2025-03-03', '2025-03-01', '2025-03-02'], [['a0', 'a1', 'a2']]],
    ['across a month end', ['2025-02-28', '2025-03-01'], [['a0', 'a1']]],
  ])('dates: %s', (_case, dates, groups) => {
    const reports = dates.map((date, i) => report(`a${i}`, { date }));
    const forward = clusterReports(sig, reports);
    const backward = clusterReports(sig, [...reports].reverse());
    expect(forward).toEqual(backward);
    expect(forward.map((c) => c.reports.map((r) => r.articleId))).toEqual(groups);
    expect(forward[0]!.id).toMatch(/^mtg-[0-9a-f]{16}-2025-0[23]-\d\d$/);
  });

  it('undated reports group by city; dated and undated stay apart', () => {
    const clusters = clusterReports(sig, [report('a', { city: 'Paris' }), report('b', { city: 'PARIS' }), report('c', { city: 'Berlin' }), report('d', { date: '2025-01-01', city: 'Paris' })]);
    expect(clusters.map((c) => [c.id.slice(21), c.reports.map((r) => r.articleId)])).toEqual([
      ['2025-01-01', ['d']],
      ['undated-berlin', ['c']],
      ['undated-paris', ['a', 'b']],
    ]);
  });

  it('attributes are the best supported, ties broken the same way every time', () => {
    const [c] = clusterReports(sig, [
      report('a', { date: '2025-03-02', city: 'Paris', status: 'planned', topics: ['trade'] }),
      report('b', { date: '2025-03-01', city: 'Paris', country: 'FR', topics: ['Ukraine'] }),
      report('c', { date: '2025-03-02', city: 'Versailles', country: 'FR' }),
    ]);
    const f = meetingFacts('meeting', c!);
    expect(f.props).toMatchObject({ date: '2025-03-02', city: 'Paris', country: 'FR', status: 'held', topics: ['Ukraine', 'trade'] });
    expect(f.heldIn).toEqual({ country: 'FR', sources: ['b', 'c'] });
    expect([...f.attended.values()]).toEqual([['a', 'b', 'c'], ['a', 'b', 'c']]);
  });
});

describe('votes and hashes', () => {
  it.each([
    ['most articles win', [['a', 'x'], ['b', 'y'], ['c', 'y']], 'y'],
    ['an article votes once', [['a', 'x'], ['a', 'x'], ['b', 'y'], ['c', 'y']], 'y'],
    ['nulls do not vote', [['a', null], ['b', null], ['c', 'z']], 'z'],
    ['ties: smallest value', [['a', 'b'], ['b', 'a']], 'a'],
  ] as const)('%s', (_case, votes, best) => {
    expect(bestSupported(votes.map(([articleId, value]) => ({ articleId, value })))).toBe(best);
  });

  it('the article hash ignores whitespace noise but not words', () => {
    const a = { body: 'Macron met Scholz.\n\nThey talked.', title: 'T', url: 'u', published: '2025-01-01' };
    expect(articleSha256({ ...a, body: 'Macron  met Scholz.  \r\n\r\n\r\nThey talked.' })).toBe(articleSha256(a));
    expect(articleSha256({ ...a, body: 'Macron met Tusk.\n\nThey talked.' })).not.toBe(articleSha256(a));
    expect(articleSha256({ ...a, published: null })).not.toBe(articleSha256(a));
  });

  // Hashes stored in graphs: a change to the normalisation must keep them (else every article reads as updated).
  it.each([
    ['plain', { body: 'Macron met Scholz.\n\nThey talked.', title: 'Talks', url: 'https://example.org/a', published: '2025-03-01' }, 'bbb9c4736b119df9add5f64398b1263ee744be95c91fe67b8872c1c555b6449b'],
    [
      'tabs, no-break and ideographic spaces, CRLF, blank lines of spaces',
      { body: '  Macron\u00a0met \t Scholz. \r\n \r\n\u3000They talked.\u2028 ', title: ' Talks ', url: null, published: null },
      '5f0d5bec7dbca8070ed07597cfbc50044194577756189abf4a697ad67f76e159',
    ],
    ['combining accent, paragraph separator, four newlines', { body: 'Cafe\u0301 diplomacy\n\n\n\n\u2029\nends', title: null, url: 'x', published: '2025-01-01' }, '6e4d36aee1eef14f8f8bd91db2b14e4fd6da8afe020af0568a6f200dfb19be96'],
  ] as const)('article hash: %s', (_case, article, hash) => {
    expect(articleSha256(article)).toBe(hash);
  });

  it('country names come from world-countries', () => {
    expect(countryName('FR')).toBe('France');
    expect(countryName('XX')).toBe('XX');
  });
});
