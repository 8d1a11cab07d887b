// Dates of events: "on Tuesday", "last Friday", "May 26", "26 May 2023", "on June 22, 2019",
// "yesterday" resolved against the article's publication date. Weekdays go to the latest such
// day on or before publication for past events and the earliest on or after it for planned
// ones; a month and day without a year go to the year that keeps past events in the past and
// planned ones in the future. One regular expression scan per sentence (no date library: this
// runs on every meeting sentence).

import { fromCapitals } from './chars.ts';

/** One day in milliseconds. */
export const DAY = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** YYYY-MM-DD of a date (UTC), as toISOString gives it, without building the full ISO string. */
function iso(d: Date): string {
  const y = d.getUTCFullYear();
  // outside 0–9999 (or an invalid date) toISOString has its own form (or throws): keep it
  if (!(y >= 1000 && y <= 9999)) return d.toISOString().slice(0, 10);
  return `${y}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

// The publication date of the article being read: the same string for every sentence.
let UTC_KEY = '';
let UTC_DATE = new Date(0);
/** Noon UTC of an ISO date (memoised for the last date asked; the Date is only read). */
function utc(isoDate: string): Date {
  if (isoDate !== UTC_KEY) {
    UTC_DATE = new Date(`${isoDate}T12:00:00Z`);
    UTC_KEY = isoDate;
  }
  return UTC_DATE;
}

/** How many days `day` lies before `published` (negative when after), both ISO dates. */
export function daysBefore(day: string, published: string): number {
  return (utc(published).getTime() - new Date(`${day}T12:00:00Z`).getTime()) / DAY;
}

// A date right after a verb of saying dates the statement, not the event.
const REPORTING_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|noted|wrote|tweeted|confirmed|disclosed|public|published|released)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DATE_RE = new RegExp(
  [
    // 1 last/next/this, 2 weekday
    '\\b(?:(last|next|this)\\s+)?(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b',
    // 3 month, 4 day, 5 year: "June 22, 2019", "May 19-21"
    `\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*[-–]\\s*\\d{1,2})?(?:,?\\s+(\\d{4})\\b)?`,
    // 6 day, 7 month, 8 year: "26 May 2023", "27th Jul, 2023"
    `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4})\\b)?`,
    // 9 relative day
    // ("this morning", "this afternoon", "tonight": today)
    '\\b([Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]his (?:morning|afternoon|evening)|[Tt]onight)\\b',
  ].join('|'),
  'g',
);

const POSSESSIVE_AFTER = /^['’]s\s/;
/** A date naming another event than a meeting: "the July 28 presidential elections", "the March 3 vote". */
const OTHER_EVENT_AFTER = /^\s+(?:(?:presidential|parliamentary|general|legislative|local|regional|snap) )?(?:elections?|polls?|vote|ballot|referendum|deadline|ceasefire|attack|earthquake)\b/i;
/** The day of the month in brackets after a weekday: "Wednesday (26)". */
const DAY_IN_PARENS = /^\s*\((\d{1,2})\)/;
// "on Friday 15 March 2024", "Friday, March 15": the weekday names the date that follows it.
const DATE_AFTER_WEEKDAY = new RegExp(`^,?\\s+(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}\\b)`);
// A dateline around a date: "MOSCOW, May 3 (Reuters) -", "Ottawa, Feb. 11, 2025 —", "ASMARA/KAMPALA, Jan 20 (HW) -".
const DATELINE_BEFORE = /^[\p{Lu}][\p{L}.'’ /-]{1,30}(?:,\s*[\p{Lu}][\p{L}. ]{1,30})?,\s*$/u;
// (or an agency after a comma: "Accra, Feb. 21, GNA –"; a year after a slash: "Addis Ababa, August 21/2024 (ENA) -")
// (or the agency in brackets and no dash: "Santo Domingo, Nov 7 (Prensa Latina) The President …")
const DATELINE_AFTER = /^(?:\/\d{4})?\s*(?:(?:\([^)]{1,40}\)\s*|,\s*[A-Z][A-Za-z]{1,7}\s+)?(?:[-—–]{1,2}|:)\s|\([^)]{1,40}\)\s+(?=[A-Z]))/;

export interface FoundDate {
  date: string | null;
  index: number;
  text: string;
}

/**
 * Every DATE_RE match has a digit, "day" (weekdays, "today", "yesterday"), "omorrow" or a time of day ("this morning"): a
 * sentence with none of them has no date, and the large pattern need not run. One regex scan
 * (a loop over the characters and two indexOf calls took several times longer).
 */
const MAY_HAVE_DATE = /[0-9]|day|omorrow|orning|fternoon|vening|onight/;

const foundAt = (m: RegExpExecArray, date: string | null): FoundDate => ({ date, index: m.index, text: m[0] });

/** Is position `at` inside a relative clause (", who … ,") that does not hold position `trigger`? */
function inOtherRelative(text: string, at: number, trigger: number): boolean {
  const open = text.lastIndexOf(', wh', at);
  if (open < 0 || !/^, (?:who|which|whose) /.test(text.slice(open, open + 8))) return false;
  if (text.slice(open + 2, at).includes(',')) return false;
  const close = text.indexOf(',', at);
  if (close < 0) return false;
  return trigger < open || trigger > close;
}

/**
 * Resolve the first event date in `text`. `published` is ISO or null; `future` chooses the
 * direction for bare weekdays; `trigger` (offset in `text` of the event noun, optional) lets a
 * possessive date ("Tuesday's meeting") count only for that noun. Returns null when nothing
 * can be resolved.
 */
export function resolveDate(text: string, published: string | null, future: boolean, trigger = -1): FoundDate | null {
  if (!MAY_HAVE_DATE.test(text)) return null;
  const ref = published ? utc(published) : null;
  DATE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let datelineDate: FoundDate | null = null;
  let relative: FoundDate | null = null;
  while ((m = DATE_RE.exec(text)) !== null) {
    if (REPORTING_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    if (!datelineDate && m.index <= 60 && DATELINE_BEFORE.test(text.slice(0, m.index)) && DATELINE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) {
      // "ANKARA, July 9 (Reuters) - … met … on Tuesday": the dateline dates the report; it
      // dates the event only when the sentence gives no other date
      const at = m.index;
      const end = DATE_RE.lastIndex;
      const own = resolveDate(m[0], published, future);
      DATE_RE.lastIndex = end;
      datelineDate = own ? { ...own, index: at } : null;
      continue;
    }
    // "X, who arrived on Tuesday, is to call on Y on Thursday": a relative clause's date is its own,
    // and dates the event only when nothing else does ("X, who arrived on Friday, held talks …")
    if (trigger >= 0 && inOtherRelative(text, m.index, trigger)) {
      if (!relative) {
        const end = DATE_RE.lastIndex;
        const own = resolveDate(m[0], published, future);
        DATE_RE.lastIndex = end;
        relative = own ? { ...own, index: m.index } : null;
      }
      continue;
    }
    // "Tuesday's meeting … a summit": a possessive date belongs to the noun after it
    const poss = POSSESSIVE_AFTER.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 4));
    if (poss && trigger >= 0 && m.index + m[0].length + poss[0].length !== trigger) continue;
    // "ahead of the July 28 presidential elections": the day of another event
    if (OTHER_EVENT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (m[2]) {
      if (DATE_AFTER_WEEKDAY.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      if (!ref) return foundAt(m, null);
      const wd = WEEKDAYS[m[2].slice(0, 3).toLowerCase()] ?? 0;
      const refWd = ref.getUTCDay();
      // "on Wednesday (26)", Brazilian style: the day of the month says which Wednesday (the one of
      // the four weeks around the reference that has it)
      const dom = DAY_IN_PARENS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 6));
      if (dom) {
        const last = -((refWd - wd + 7) % 7);
        for (const delta of [last, last + 7, last - 7, last + 14]) {
          const d = new Date(ref.getTime() + delta * DAY);
          if (d.getUTCDate() === Number(dom[1])) return foundAt(m, iso(d));
        }
      }
      let delta = future ? (wd - refWd + 7) % 7 : -((refWd - wd + 7) % 7);
      if (m[1]?.toLowerCase() === 'last' && delta === 0) delta = -7;
      if (m[1]?.toLowerCase() === 'next' && !future) delta = (wd - refWd + 7) % 7 || 7;
      return foundAt(m, iso(new Date(ref.getTime() + delta * DAY)));
    }
    if (m[9]) {
      if (!ref) return foundAt(m, null);
      const w = m[9].toLowerCase();
      return foundAt(m, iso(new Date(ref.getTime() + (w === 'yesterday' ? -DAY : w === 'tomorrow' ? DAY : 0))));
    }
    const monthName = m[3] ?? m[7];
    const dayText = m[4] ?? m[6];
    const yearText = m[5] ?? m[8];
    if (!monthName || !dayText) continue;
    const month = MONTHS[monthName.slice(0, monthName.toLowerCase().startsWith('sept') ? 4 : 3).toLowerCase()] ?? 1;
    const day = Number(dayText);
    if (day < 1 || day > 31) continue;
    if (!ref) {
      if (yearText) return foundAt(m, iso(new Date(Date.UTC(Number(yearText), month - 1, day, 12))));
      return foundAt(m, null);
    }
    let year = yearText ? Number(yearText) : ref.getUTCFullYear();
    let d = new Date(Date.UTC(year, month - 1, day, 12));
    if (!yearText) {
      // past events do not lie far in the future, planned ones not far in the past
      if (!future && d.getTime() - ref.getTime() > DAY) d = new Date(Date.UTC(--year, month - 1, day, 12));
      if (future && ref.getTime() - d.getTime() > 180 * DAY) d = new Date(Date.UTC(++year, month - 1, day, 12));
    }
    return foundAt(m, iso(d));
  }
  if (relative) return relative;
  // the day of the report dates a held event told without a date of its own, never a planned one
  // ("NEW DELHI, Feb 3 - X will travel to Washington next week")
  return future ? null : datelineDate;
}

/**
 * The day a dateline gives ("ABU DHABI, 14th February, 2024 (WAM) --", "KAZAN, Russia, Oct 23 -"),
 * when it lies in the week up to `published`: the day the story's "today" and weekdays count from
 * (the header may carry the next day's date). Null when the first sentence has no dated dateline.
 */
export function datelineDay(firstSentence: string, published: string | null): string | null {
  if (!published || !MAY_HAVE_DATE.test(firstSentence.slice(0, 80))) return null;
  DATE_RE.lastIndex = 0;
  let m = DATE_RE.exec(firstSentence);
  // (past a weekday: "RAMALLAH, Tuesday, July 23, 2024 (WAFA) -")
  while (m && !(m[3] || m[7]) && m.index < 60) m = DATE_RE.exec(firstSentence);
  if (!m || m.index > 60 || !(m[3] || m[7]) || !DATELINE_BEFORE.test(firstSentence.slice(0, m.index))) return null;
  if (!DATELINE_AFTER.test(firstSentence.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
  const day = resolveDate(m[0], published, false)?.date ?? null;
  if (!day) return null;
  const before = daysBefore(day, published);
  // (a dateline a day after the header: the header's day is often UTC, the dateline's local)
  return before >= -1 && before <= 7 ? day : null;
}

/** What may stand beside the date on a date line: a place, a weekday, a time ("New York, 20 September 2022", "02 November 2023, 12:20"). */
const DATE_LINE_REST = /^[\p{L}\s,.'’()-]*(?:\d{1,2}:\d{2}[\p{L}\s,.'’()-]*)?$/u;

/**
 * The day of a line that is only a date, with perhaps its place and time ("Thursday, 26 October
 * 2023", "New York, 20 September 2022", "02 November 2023, 12:20"), among the first lines: the day
 * the story's undated held meetings took place. Null unless it lies in the week up to `published`.
 */
export function dateLineDay(lines: string[], published: string | null): string | null {
  if (!published) return null;
  for (const line of lines) {
    if (line.length > 60 || !/\d{4}/.test(line)) continue;
    // ("SEPTEMBER 24, 2024": a readout's date line in capitals)
    const text = line === line.toUpperCase() ? fromCapitals(line) : line;
    DATE_RE.lastIndex = 0;
    let m = DATE_RE.exec(text);
    // (past a weekday: "Thursday, 26 October 2023")
    while (m && !(m[3] || m[7])) m = DATE_RE.exec(text);
    if (!m || !(m[5] || m[8])) continue;
    const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`;
    if (!DATE_LINE_REST.test(rest) || (rest.match(/\p{L}+/gu)?.length ?? 0) > 4) continue;
    const day = resolveDate(m[0], published, false)?.date ?? null;
    if (!day) continue;
    const before = daysBefore(day, published);
    return before >= -1 && before <= 7 ? day : null;
  }
  return null;
}


/** A live blog's entries, each opened by a time of day: "09:10 Talks are under way." */
const LIVE_ENTRY = /^(?:\d{1,2}[:.]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.))?|\d{1,2}(?:am|pm))\b/gim;

/** The day of a live blog (three entries or more opened by a time of day): the day it was published, else null. */
export function liveBlogDay(body: string, published: string | null): string | null {
  if (!published) return null;
  LIVE_ENTRY.lastIndex = 0;
  let n = 0;
  while (LIVE_ENTRY.exec(body) && ++n < 3);
  return n >= 3 ? published : null;
}
