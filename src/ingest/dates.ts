// Dates of events: "on Tuesday", "last week", "May 26", "on June 22, 2019" resolved against
// the article's publication date with chrono-node; weekdays go to the latest such day on or
// before publication for past events and the earliest on or after it for planned ones.
import * as chrono from 'chrono-node';

const DAY = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function utc(isoDate: string): Date {
  return new Date(`${isoDate}T12:00:00Z`);
}

// A date right after a verb of saying dates the statement, not the event.
const REPORTING_BEFORE = /\b(?:said|says|told|announced|reported|stated|added|noted|wrote|tweeted|confirmed|disclosed|public|published|released)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$/i;

export interface FoundDate {
  date: string | null;
  index: number;
  text: string;
}

/**
 * Resolve the first event date in `text`. `published` is ISO or null; `future` chooses the
 * direction for bare weekdays. Returns null when nothing can be resolved.
 */
export function resolveDate(text: string, published: string | null, future: boolean): FoundDate | null {
  if (!/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d+\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\btoday\b|\byesterday\b|\btomorrow\b/i.test(text)) {
    return null;
  }
  const ref = published ? utc(published) : null;
  let results: chrono.ParsedResult[];
  try {
    results = ref ? chrono.parse(text, { instant: ref, timezone: 0 }) : chrono.parse(text);
  } catch {
    return null;
  }
  for (const r of results) {
    const before = text.slice(0, r.index);
    if (REPORTING_BEFORE.test(before)) continue;
    const s = r.start;
    const known = (c: chrono.Component) => s.isCertain(c);
    if (!known('day') && !known('weekday') && !/\b(?:today|yesterday|tomorrow)\b/i.test(r.text)) continue;
    if (!ref) {
      if (known('year') && known('month') && known('day')) {
        return { date: iso(new Date(Date.UTC(s.get('year') ?? 0, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12))), index: r.index, text: r.text };
      }
      return { date: null, index: r.index, text: r.text };
    }
    if (known('weekday') && !known('day')) {
      const wd = s.get('weekday') ?? 0;
      const refWd = ref.getUTCDay();
      let delta = future ? (wd - refWd + 7) % 7 : -((refWd - wd + 7) % 7);
      if (/\blast\b/i.test(r.text) && delta === 0) delta = -7;
      if (/\bnext\b/i.test(r.text) && !future) delta = (wd - refWd + 7) % 7 || 7;
      return { date: iso(new Date(ref.getTime() + delta * DAY)), index: r.index, text: r.text };
    }
    if (known('day') && known('month')) {
      let year = known('year') ? (s.get('year') ?? ref.getUTCFullYear()) : ref.getUTCFullYear();
      let d = new Date(Date.UTC(year, (s.get('month') ?? 1) - 1, s.get('day') ?? 1, 12));
      if (!known('year')) {
        // past events do not lie far in the future, planned ones not far in the past
        if (!future && d.getTime() - ref.getTime() > 7 * DAY) d = new Date(Date.UTC(--year, d.getUTCMonth(), d.getUTCDate(), 12));
        if (future && ref.getTime() - d.getTime() > 180 * DAY) d = new Date(Date.UTC(++year, d.getUTCMonth(), d.getUTCDate(), 12));
      }
      return { date: iso(d), index: r.index, text: r.text };
    }
    const d = s.date();
    return { date: iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12))), index: r.index, text: r.text };
  }
  return null;
}
