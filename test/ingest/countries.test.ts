import { describe, expect, it } from 'vitest';
import { findCountryMentions } from '../../src/ingest/countries.ts';
import { tokenize } from '../../src/ingest/tokens.ts';

const states = (s: string) => [...new Set(findCountryMentions(tokenize(s)).filter((m) => m.refersToState).map((m) => m.code))].sort();

describe('findCountryMentions', () => {
  it.each([
    ['demonym of the state', 'Heavy fighting was reported as Russian troops pushed west.', ['RU']],
    ['the people, in the plural', 'The minister met Sri Lankans and Pakistanis working in the Gulf.', ['LK', 'PK']],
    ['seat of government as actor', 'The Kremlin said the offer was serious.', ['RU']],
    ['capitals as actors', 'Analysts fear that Washington and Moscow could strike a deal.', ['RU', 'US']],
    ['short forms', 'The U.S. and the UK signed, and the UAE abstained.', ['AE', 'GB', 'US']],
    ['a city that only locates', 'The two ministers had lunch in Lisbon on Friday.', []],
    ['capitals after a locative stay locative', 'Both embassies in Ottawa and Canberra were closed.', []],
    ['travel to a capital counts', 'The envoy then travelled to Oslo for consultations.', ['NO']],
    ['dateline is not a reference', 'NAIROBI — Talks resumed on a new ceasefire plan.', []],
    ['country names always count', 'Officials in Chile praised the plan.', ['CL']],
    ['hyphenated pairs', 'A new chapter in Sino-Indian and US-Mexican ties.', ['CN', 'IN', 'MX', 'US']],
    ['regional adjectives are not states', 'Several Latin American leaders and South American ministers came.', []],
    ['a name inside a person name', 'She spoke with Maria Chile about it.', []],
    ['a capital written without its accents', 'The envoy then travelled to Bogota for consultations.', ['CO']],
    ['an accented name with a straight apostrophe', "The envoy returned from Côte d'Ivoire and Türkiye.", ['CI', 'TR']],
    ['"Congo" alone is the larger Congo', "Fighting in eastern Congo worsened, Congo's presidency said.", ['CD']],
  ])('%s', (_name, sentence, expected) => {
    expect(states(sentence)).toEqual(expected);
  });
});
