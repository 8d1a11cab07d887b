// Hand-written short stories (test/ingest/fixtures/*.txt) with the officials and meetings a
// reader would annotate: the general shapes of diplomatic news that the dev set covers thinly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../scripts/dev-eval.ts';
import { extract } from '../../src/ingest/extract.ts';

const DIR = join(import.meta.dirname, 'fixtures');

interface Expect {
  /** name → country code, or "org:CODE" */
  officials: Record<string, string>;
  /** "kind/status: A + B" with participants sorted */
  meetings: string[];
}

const CASES: [string, Expect][] = [
  ['f01-call-readout', { officials: { 'Marc Tremblay': 'CA', 'Hiroshi Tanaka': 'JP' }, meetings: ['call/held: Hiroshi Tanaka + Marc Tremblay'] }],
  [
    'f02-state-visit',
    {
      officials: { 'Carlos Mendes': 'BR', 'Frieda Schulz': 'DE', 'Walter Krause': 'DE' },
      meetings: ['meeting/held: Carlos Mendes + Frieda Schulz', 'meeting/planned: Carlos Mendes + Walter Krause'],
    },
  ],
  [
    'f03-summit-sidelines',
    {
      officials: { 'Arjun Mehta': 'IN', 'Claire Dubois': 'FR', 'Paolo Ricci': 'IT' },
      meetings: ['meeting/held: Arjun Mehta + Claire Dubois + Paolo Ricci', 'meeting/held: Arjun Mehta + Claire Dubois', 'meeting/held: Arjun Mehta + Paolo Ricci'],
    },
  ],
  ['f04-cancelled-visit', { officials: { 'Tomasz Wojcik': 'PL', 'Gabor Farkas': 'HU' }, meetings: ['meeting/cancelled: Gabor Farkas + Tomasz Wojcik'] }],
  [
    'f05-shuttle-diplomacy',
    {
      officials: { 'Daniel Brooks': 'US', 'Avi Cohen': 'IL', 'Omar Farouk': 'EG' },
      meetings: ['meeting/held: Avi Cohen + Daniel Brooks', 'meeting/held: Daniel Brooks + Omar Farouk', 'meeting/planned: Daniel Brooks'],
    },
  ],
  [
    'f06-un-chief',
    {
      officials: { 'Pedro Alves': 'org:UN', 'William Kamau': 'KE', 'Lars Holm': 'org:NATO' },
      meetings: ['meeting/held: Pedro Alves + William Kamau', 'meeting/held: Lars Holm + Pedro Alves'],
    },
  ],
  ['f07-countrys-minister', { officials: { 'Kemal Aydin': 'TR', 'Olena Bondar': 'UA' }, meetings: ['meeting/held: Kemal Aydin + Olena Bondar'] }],
  ['f08-dateline-reuters', { officials: { 'Nikolai Orlov': 'RU', 'Li Wei': 'CN' }, meetings: ['meeting/held: Li Wei + Nikolai Orlov'] }],
  ['f09-furniture', { officials: { 'Penny Walsh': 'AU', 'Retno Sari': 'ID' }, meetings: ['meeting/held: Penny Walsh + Retno Sari'] }],
  ['f10-eu-official', { officials: { 'Ingrid Vogel': 'org:EU', 'Ana Rusu': 'MD' }, meetings: ['meeting/held: Ana Rusu + Ingrid Vogel'] }],
  ['f11-planned-meeting', { officials: { 'Lucia Herrera': 'MX', 'James Miller': 'US' }, meetings: ['meeting/planned: James Miller + Lucia Herrera'] }],
  ['f12-received-ambassador', { officials: { 'Nurlan Abenov': 'KZ', 'Jean Moreau': 'FR' }, meetings: ['meeting/held: Jean Moreau + Nurlan Abenov'] }],
  ['f13-appositive-title', { officials: { 'Sergio Ruiz': 'CL', 'Diego Paz': 'AR' }, meetings: ['meeting/held: Diego Paz + Sergio Ruiz'] }],
  ['f14-hosted-leader', { officials: { 'Thabo Nkosi': 'ZA', 'Musa Bello': 'NG' }, meetings: ['meeting/held: Musa Bello + Thabo Nkosi'] }],
  [
    'f15-video-link',
    {
      officials: { 'Tran Van Long': 'VN', 'Grace Holloway': 'AU' },
      meetings: ['call/held: Grace Holloway + Tran Van Long', 'meeting/planned: Grace Holloway + Tran Van Long'],
    },
  ],
];

describe('fixture stories', () => {
  it.each(CASES)('%s', (id, want) => {
    const x = extract(parseArticleFile(id, readFileSync(join(DIR, `${id}.txt`), 'utf8')));
    const officials = Object.fromEntries(x.officials.map((o) => [o.name, o.org ? `org:${o.org}` : (o.country ?? '?')]));
    expect(officials).toEqual(want.officials);
    const meetings = x.meetings.map((m) => `${m.kind}/${m.status}: ${[...m.participants].sort().join(' + ')}`);
    expect(meetings.sort()).toEqual([...want.meetings].sort());
  });

  it.each([
    'Greek Prime Minister Nikos Pappas will not meet Turkish President Emre Yilmaz during the summit, a spokesman said.',
    'There are no plans for Japanese Prime Minister Kenji Mori to meet Chinese President Zhang Wei, officials said.',
    'Dutch Foreign Minister Anke de Vries has never visited Venezuela.',
  ])('a negated meeting is no meeting: %s', (body) => {
    expect(extract({ id: 't', url: null, title: null, published: '2025-05-07', source: null, body }).meetings).toEqual([]);
  });

  it.each([
    [
      'a joint news conference is a meeting of the speaker and the guest',
      'Speaking at a joint news conference with German Chancellor Olaf Brandt in Berlin on Tuesday, French President Luc Morel said Europe must rearm.',
      'meeting/held 2025-07-08 Berlin: Luc Morel + Olaf Brandt',
    ],
    [
      'the city a person visited',
      'NATO Secretary General Mark Visser visited Kyiv on Thursday and met Ukrainian President Oleh Marchenko.',
      'meeting/held 2025-07-03 Kyiv: Mark Visser + Oleh Marchenko',
    ],
    [
      'the weekday, not the dateline, dates the event',
      'ANKARA, July 9 (Reuters) - Turkish President Kemal Arslan met Swedish Prime Minister Lars Berg in Ankara on Tuesday.',
      'meeting/held 2025-07-08 Ankara: Kemal Arslan + Lars Berg',
    ],
    [
      'a planned visit with "will host"',
      'President Joe Harper will host Japanese Prime Minister Kenji Mori at the White House on July 20, officials said.',
      'meeting/planned 2025-07-20 Washington: Joe Harper + Kenji Mori',
    ],
    [
      'a named counterpart is counted once',
      'Foreign Minister Sergio Ruiz of Chile met his Peruvian counterpart, Ana Torres, on the sidelines of the APEC forum in Lima on Thursday.',
      'meeting/held 2025-07-03 Lima: Ana Torres + Sergio Ruiz',
    ],
  ])('%s', (_n, body, want) => {
    const x = extract({ id: 't', url: null, title: null, published: '2025-07-09', source: null, body });
    expect(x.meetings.map((m) => `${m.kind}/${m.status} ${m.date} ${m.city}: ${[...m.participants].sort().join(' + ')}`)).toEqual([want]);
  });

  it('an inline "READ MORE" teaser does not end the story; an honorific inside a name stays', () => {
    const body =
      'Kenyan President William Ruto hosted Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.\n\n' +
      'READ MORE: Sudan talks stall as fighting spreads\nChina and Brazil sign grain deal\n\n' +
      'On Tuesday, Ruto met Somali President Hassan Sheikh Mohamud in Mombasa.\n\nThe leaders discussed regional security.';
    const x = extract({ id: 't', url: null, title: null, published: '2025-07-09', source: null, body });
    expect(x.meetings.map((m) => `${m.city}: ${[...m.participants].sort().join(' + ')}`)).toEqual([
      'Nairobi: Abiy Ahmed + William Ruto',
      'Mombasa: Hassan Sheikh Mohamud + William Ruto',
    ]);
    expect(x.countries.map((c) => c.code).sort()).toEqual(['ET', 'KE', 'SO']);
  });

  it('places the meetings of the shuttle story in their own cities', () => {
    const x = extract(parseArticleFile('f05', readFileSync(join(DIR, 'f05-shuttle-diplomacy.txt'), 'utf8')));
    expect(x.meetings.filter((m) => m.status === 'held').map((m) => m.city)).toEqual(['Jerusalem', 'Cairo']);
  });
});
