// The who-met-whom network as plain data: officials, and one edge per pair of officials who attended
// the same meeting, weighted by the number of meetings. Pure (no DOM), so it is easy to reason about.
import type { MeetingSummary, OfficialRef } from './api.ts';

export interface NetworkOfficial extends OfficialRef {
  /** Its meetings were loaded (the focus, or a node the user expanded). */
  expanded: boolean;
}

export interface NetworkEdge {
  /** "a|b" with a < b */
  id: string;
  a: string;
  b: string;
  /** Meeting keys, each once. */
  meetings: Set<string>;
}

export class Network {
  readonly officials = new Map<string, NetworkOfficial>();
  readonly edges = new Map<string, NetworkEdge>();
  readonly meetingKeys = new Set<string>();

  /** Adds meetings: every attendee becomes a node, every pair of attendees an edge. */
  addMeetings(meetings: readonly MeetingSummary[]): void {
    for (const m of meetings) {
      this.meetingKeys.add(m.key);
      const people = uniqueByKey(m.officials);
      for (const o of people) {
        if (!this.officials.has(o.key)) this.officials.set(o.key, { ...o, expanded: false });
      }
      for (let i = 0; i < people.length; i++) {
        for (let j = i + 1; j < people.length; j++) {
          const [a, b] = [people[i]!.key, people[j]!.key].sort() as [string, string];
          const id = edgeId(a, b);
          let edge = this.edges.get(id);
          if (!edge) {
            edge = { id, a, b, meetings: new Set() };
            this.edges.set(id, edge);
          }
          edge.meetings.add(m.key);
        }
      }
    }
  }

  /** Makes sure the official is a node (a focus with no meetings in range still shows) and marks it expanded. */
  markExpanded(o: OfficialRef): void {
    const existing = this.officials.get(o.key);
    if (existing) existing.expanded = true;
    else this.officials.set(o.key, { ...o, expanded: true });
  }

  /** Officials linked to `key` by an edge. */
  neighbours(key: string): string[] {
    const out: string[] = [];
    for (const e of this.edges.values()) {
      if (e.a === key) out.push(e.b);
      else if (e.b === key) out.push(e.a);
    }
    return out;
  }

  countries(): { code: string; name: string }[] {
    const seen = new Map<string, string>();
    for (const o of this.officials.values()) if (o.country) seen.set(o.country.code, o.country.name);
    return [...seen].map(([code, name]) => ({ code, name })).sort((x, y) => x.name.localeCompare(y.name));
  }
}

export function edgeId(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

function uniqueByKey(list: readonly OfficialRef[]): OfficialRef[] {
  const seen = new Map<string, OfficialRef>();
  for (const o of list) if (!seen.has(o.key)) seen.set(o.key, o);
  return [...seen.values()];
}

/** Edge width in pixels: 2 for one meeting, growing with the square root of the count, at most 14. */
export function edgeWidth(meetings: number): number {
  return Math.min(14, 2 + 3 * (Math.sqrt(Math.max(1, meetings)) - 1));
}

const NO_COUNTRY = '#9aa3ad';

/**
 * Fixed, well-separated colours for the countries that meet most often in the news, so the usual
 * suspects never share a colour; other codes get a hashed one.
 */
const FIXED: Readonly<Record<string, string>> = {
  US: '#1f5fbf', RU: '#c92a2a', CN: '#e8a000', UA: '#3bc9db', TR: '#862e9c', SA: '#2b8a3e',
  IN: '#f76707', GB: '#364fc7', FR: '#5c7cfa', DE: '#495057', JP: '#e64980', BR: '#74b816',
  IR: '#0b7285', IL: '#4dabf7', QA: '#a61e4d', OM: '#c2255c', EG: '#b08900', SY: '#8d5524',
  PK: '#099268', KR: '#d6336c', CA: '#e03131', MX: '#37b24d', ID: '#f08c00', PH: '#1098ad',
  ZA: '#5f3dc4', AE: '#66a80f', IT: '#0ca678', ES: '#ae3ec9', PL: '#d9480f', AU: '#20c997',
};

/**
 * A stable colour per country code: the same code always gets the same colour, in every session.
 * Frequent countries have fixed colours; for the others FNV-1a of the code picks hue and lightness.
 * (Comma syntax: Cytoscape does not read the space-separated CSS colour syntax.)
 */
export function countryColour(code: string | null | undefined): string {
  if (!code) return NO_COUNTRY;
  const upper = code.toUpperCase();
  const fixed = FIXED[upper];
  if (fixed) return fixed;
  let h = 0x811c9dc5;
  for (const ch of upper) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  const hue = h % 360;
  const lightness = 36 + ((h >>> 9) % 3) * 8; // 36, 44 or 52 %: dark enough against the light background
  return `hsl(${hue}, 60%, ${lightness}%)`;
}
