import { describe, expect, it } from 'vitest';
import { dateLineDay, datelineDay, resolveDate } from '../../src/ingest/dates.ts';

describe('resolveDate', () => {
  it.each([
    ['weekday in the past (published Thursday)', 'They met on Tuesday in Rome.', '2024-03-07', false, '2024-03-05'],
    ['same weekday as publication', 'They met on Thursday.', '2024-03-07', false, '2024-03-07'],
    ['planned weekday goes forward', 'She will visit on Monday.', '2024-03-07', true, '2024-03-11'],
    ['a joint dateline\'s date ("A/B, Jan 20 (HW) -") dates the report, not the event', 'ASMARA/KAMPALA, Jan 20 (HW) - The general held talks in Asmara on Friday.', '2024-01-20', false, '2024-01-19'],
    ['"Wednesday (26)": the day of the month picks the week, even told as past', 'On Wednesday (13) the minister follows to Brasilia.', '2024-03-07', false, '2024-03-13'],
    ['"Tuesday (5)": a past one even when planned ones are asked for', 'The minister was received on Tuesday (5) in Lima.', '2024-03-07', true, '2024-03-05'],
    ['month and day without year, past', 'They first met on December 12.', '2024-01-10', false, '2023-12-12'],
    ['a past event two days after the header\'s day is of the year before', 'The ministers met in Melbourne on 1 February.', '2025-01-30', false, '2024-02-01'],
    ['…but one the day after it is that day (a dateline\'s local day)', 'The ministers met in Melbourne on 31 January.', '2025-01-30', false, '2025-01-31'],
    ['full date', 'The summit opened on April 2, 2021.', '2021-04-10', false, '2021-04-02'],
    ['a statement date is not the event date', 'The office said on Friday that the leaders met.', '2024-03-09', false, null],
    ['no published date', 'They met on Tuesday.', null, false, null],
    ['day before month', 'They met on 26 May 2023 in Goa.', '2023-06-01', false, '2023-05-26'],
    ['yesterday', 'The ministers met yesterday.', '2024-03-07', false, '2024-03-06'],
    ['last weekday on the same weekday', 'They met last Thursday.', '2024-03-07', false, '2024-02-29'],
    ['a range starts the event', 'She will visit Moscow on June 21-24.', '2021-06-20', true, '2021-06-21'],
    ['no date without day', 'They met in May.', '2024-06-07', false, null],
    ['the dateline yields to the event date', 'ANKARA, July 9 (Reuters) - The ministers met on Tuesday.', '2025-07-09', false, '2025-07-08'],
    ['the dateline dates an event with no other date', 'ANKARA, July 9 (Reuters) - The ministers met in Ankara.', '2025-07-10', false, '2025-07-09'],
    ['the dateline does not date a planned event', 'ANKARA, July 9 (Reuters) - The ministers will meet next week.', '2025-07-09', true, null],
    ['a dateline with a year', 'Ottawa, Feb. 11, 2025 — The leaders spoke yesterday.', '2025-02-12', false, '2025-02-11'],
    ['a dateline with its agency in brackets and no dash yields to the event date', 'Santo Domingo, Nov 7 (Prensa Latina) The President received the envoy this Monday.', '2023-11-07', false, '2023-11-06'],
    ['a dateline with its year after a slash yields to the event date', 'Addis Ababa, August 21/2024 (ENA) - The president received the envoy on Monday.', '2024-08-21', false, '2024-08-19'],
    ['a dateline with its agency after a comma yields to the event date', 'Accra, Feb. 21, GNA – The president on Tuesday received the envoy.', '2024-02-21', false, '2024-02-20'],
    ['a weekday before its date: the date', 'The chancellor will be received on Friday 15 March 2024 for lunch.', '2024-03-07', true, '2024-03-15'],
    ['a weekday, a comma and the date, month first', 'The chancellor will be received on Friday, March 15, for lunch.', '2024-03-07', true, '2024-03-15'],
    ['"this morning", "this afternoon", "tonight" are the day of publication', 'This morning the Holy Father received the President.', '2025-09-26', false, '2025-09-26'],
    ['"tonight" of an event to come', 'The two leaders will dine together tonight.', '2025-09-26', true, '2025-09-26'],
    ['"Tuesday, the 5th of March"', 'They met on Tuesday, the 5th of March.', '2024-03-07', false, '2024-03-05'],
  ])('%s', (_n, text, published, future, expected) => {
    expect(resolveDate(text, published, future)?.date ?? null).toBe(expected);
  });

  // the trigger's offset in the text matters here: the relative clause must not hold it
  it.each([
    ['a relative clause\'s date is its own', 'Soto, who arrived in Seoul on Tuesday, will call on the president on Thursday.', 'call on', true, '2024-03-07'],
    ['…and dates the event when nothing else does', 'Soto, who arrived on Tuesday, held talks with the president.', 'talks', false, '2024-03-05'],
  ])('%s', (_n, text, trigger, future, expected) => {
    expect(resolveDate(text, '2024-03-06', future, text.indexOf(trigger))?.date ?? null).toBe(expected);
  });
});

describe('datelineDay', () => {
  it.each([
    ['day first, with a year and an agency', 'DODOMA, 14th February, 2024 (TNA) -- The president received the envoy today.', '2024-02-15', '2024-02-14'],
    ['month first, with a state', 'LIMA, Peru, Oct 23 (Reuters) - The ministers met on Wednesday.', '2024-10-24', '2024-10-23'],
    ['the same day as the header', 'LIMA, Oct 23 (Reuters) - The ministers met.', '2024-10-23', '2024-10-23'],
    ['a weekday before the date', 'NABLUS, Tuesday, October 22, 2024 (WAFA) - The minister received the envoy today.', '2024-10-23', '2024-10-22'],
    ['more than a week before the header: not the reference', 'LIMA, Sept 3 (Reuters) - The ministers met.', '2024-10-23', null],
    ['a day after the header (the header in UTC, the dateline local): the reference', 'LIMA, Oct 24 (Reuters) - The ministers met.', '2024-10-23', '2024-10-24'],
    ['two days after the header: not the reference', 'LIMA, Oct 25 (Reuters) - The ministers met.', '2024-10-23', null],
    ['no dateline', 'The ministers met on Oct 20 in Lima.', '2024-10-23', null],
    ['no header date', 'LIMA, Oct 23 (Reuters) - The ministers met.', null, null],
  ])('%s', (_n, text, published, expected) => {
    expect(datelineDay(text, published)).toBe(expected);
  });
});

describe('dateLineDay', () => {
  it.each([
    ['a weekday and a date', 'Thursday, 26 October 2023', '2023-10-27', '2023-10-26'],
    ['a place and a date', 'Geneva, 20 September 2022', '2022-09-21', '2022-09-20'],
    ['a date in capitals (a readout\'s)', 'SEPTEMBER 24, 2024', '2024-09-25', '2024-09-24'],
    ['a date, a time and a place', 'October 8, 2025, 15:10, The Kremlin, Moscow', '2025-10-09', '2025-10-08'],
    ['a sentence with a date is no date line', 'The talks on 26 October 2023 went well.', '2023-10-27', null],
    ['a date without its year is no date line', 'Thursday, 26 October', '2023-10-27', null],
    ['a date line long before the header', 'Geneva, 20 September 2022', '2023-10-27', null],
  ])('%s', (_n, text, published, expected) => {
    expect(dateLineDay([text], published)).toBe(expected);
  });
});
