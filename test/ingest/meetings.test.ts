import { describe, expect, it } from 'vitest';
import { extract } from '../../src/ingest/extract.ts';
import type { Article } from '../../src/ingest/types.ts';

const art = (body: string, published: string | null = '2024-03-07'): Article => ({
  id: 't', url: null, title: null, published, source: null, body,
});
const meet = (body: string, published: string | null = '2024-03-07') =>
  extract(art(body, published)).meetings.map((m) => ({ kind: m.kind, status: m.status, date: m.date, p: [...m.participants].sort() }));

describe('meetings', () => {
  it.each([
    [
      'held meeting with weekday date',
      'Japanese Foreign Minister Kenji Sato met Kenyan President Samuel Otieno in Nairobi on Tuesday.',
      [{ kind: 'meeting', status: 'held', date: '2024-03-05', p: ['Kenji Sato', 'Samuel Otieno'] }],
    ],
    [
      'planned visit',
      'French President Louis Martin will meet Chilean President Ana Rojas in Santiago next month.',
      [{ kind: 'meeting', status: 'planned', date: null, p: ['Ana Rojas', 'Louis Martin'] }],
    ],
    [
      'cancelled trip',
      'Israeli Prime Minister David Levi cancelled his meeting with Greek Prime Minister Nikos Pappas.',
      [{ kind: 'meeting', status: 'cancelled', date: null, p: ['David Levi', 'Nikos Pappas'] }],
    ],
    [
      'phone call',
      'German Chancellor Hans Weber spoke by phone with Polish President Jan Nowak on Monday.',
      [{ kind: 'call', status: 'held', date: '2024-03-04', p: ['Hans Weber', 'Jan Nowak'] }],
    ],
    [
      'speaker of reported speech is no participant',
      'Canadian Foreign Minister Emma Clark met Mexican Foreign Secretary Luis Ortiz in Ottawa. Kremlin spokesman Ivan Petrenko said the meeting was pointless.',
      [{ kind: 'meeting', status: 'held', date: null, p: ['Emma Clark', 'Luis Ortiz'] }],
    ],
  ])('%s', (_n, body, expected) => {
    expect(meet(body)).toEqual(expected);
  });

  it('one event from several sentences', () => {
    const m = meet(
      'Spanish Foreign Minister Pablo Gil met Moroccan Foreign Minister Amir Idrissi in Rabat on Monday. Gil and Idrissi discussed migration and trade.',
    );
    expect(m).toHaveLength(1);
  });

  it('sideline bilaterals at a summit: the gathering plus one meeting per bilateral', () => {
    const m = meet(
      'On the sidelines of the regional summit in Lima, Chilean President Ana Rojas held meetings with Peruvian President Jorge Paz, Bolivian President Luis Arce Mendez and Ecuadorian President Rosa Vera.',
    );
    const sizes = m.map((x) => x.p.length).sort();
    expect(sizes).toEqual([2, 2, 2, 4]);
  });
});

describe('extract never throws and keeps evidence exact', () => {
  const bodies = ['', '   \n\t  ', '@@##$$%%^^&&**(()))!!??..,,;;', '\u0000\uFFFF\u200B', 'a.b.c. D. E! ? . ,', 'Mr. . . Dr. ,,, Kremlin\'s '];
  it.each(bodies.map((b) => [JSON.stringify(b), b]))('%s', (_n, body) => {
    const x = extract(art(body));
    expect(x.id).toBe('t');
  });
  it('every evidence text equals body.slice(start, end)', () => {
    const body =
      'WASHINGTON — US Secretary of State Anna Berg met Saudi Foreign Minister Khalid Nasser on Monday.\nThe Kremlin said Russian troops would stay.\nRead more: other news';
    const x = extract(art(body));
    const all = [...x.officials.flatMap((o) => o.evidence), ...x.countries.flatMap((c) => c.evidence), ...x.meetings.flatMap((m) => m.evidence)];
    expect(all.length).toBeGreaterThan(0);
    for (const e of all) expect(body.slice(e.start, e.end)).toBe(e.text);
  });
});
