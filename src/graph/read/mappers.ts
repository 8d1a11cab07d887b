// One projection and one mapper per node type: every read RETURNs nodes through these, so a
// RETURN clause is written once and the API always gets the same plain typed objects.
import { types } from 'neo4j-driver';
import type { ArticleNode, CountryNode, EvidenceRow, MeetingNode, OfficialNode, OrganizationNode } from '../model.ts';

type Row = Record<string, unknown>;

/** Map projections, used as `RETURN ${project.official('o')} AS official`. */
export const project = {
  official: (v: string) => `${v} {.id, .name, .aliases, .titles, .country, .org}`,
  country: (v: string) => `${v} {.code, .name}`,
  organization: (v: string) => `${v} {.code, .name}`,
  meeting: (v: string) => `${v} {.id, .kind, .status, .date, .city, .country, .topics}`,
  article: (v: string) => `${v} {.id, .url, .title, .published, .source, .sha256, .ingestedAt}`,
} as const;

const str = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof types.Date ? isoDate(v) : String(v)); // neo4j temporals print ISO

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/**
 * A neo4j Date as its toString() prints it (YYYY-MM-DD), for years 0–9999 without the driver's
 * Integer arithmetic, about 10× faster: a depth-2 neighbourhood prints some 150 meeting dates per
 * request (0.1 ms through toString). Other years (±YYYYYY) and Integer fields go through toString.
 */
function isoDate(d: InstanceType<typeof types.Date>): string {
  const { year, month, day } = d as unknown as { year: unknown; month: unknown; day: unknown };
  if (typeof year !== 'number' || typeof month !== 'number' || typeof day !== 'number' || year < 0 || year > 9999) return String(d);
  return `${year < 1000 ? String(year).padStart(4, '0') : year}-${pad2(month)}-${pad2(day)}`;
}
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

export function toOfficial(r: Row): OfficialNode {
  return { id: String(r.id), name: String(r.name), aliases: strs(r.aliases), titles: strs(r.titles), country: str(r.country), org: str(r.org) };
}

export function toCountry(r: Row): CountryNode {
  return { code: String(r.code), name: str(r.name) ?? String(r.code) };
}

export function toOrganization(r: Row): OrganizationNode {
  return { code: String(r.code), name: str(r.name) ?? String(r.code) };
}

const KINDS = new Set<MeetingNode['kind']>(['meeting', 'call', 'other']);
const STATUSES = new Set<MeetingNode['status']>(['held', 'planned', 'cancelled']);

export function toMeeting(r: Row): MeetingNode {
  const kind = String(r.kind) as MeetingNode['kind'];
  const status = String(r.status) as MeetingNode['status'];
  return {
    id: String(r.id),
    kind: KINDS.has(kind) ? kind : 'other',
    status: STATUSES.has(status) ? status : 'held',
    date: str(r.date),
    city: str(r.city),
    country: str(r.country),
    topics: strs(r.topics),
  };
}

export function toArticle(r: Row): ArticleNode {
  return {
    id: String(r.id),
    url: str(r.url),
    title: str(r.title),
    published: str(r.published),
    source: str(r.source),
    sha256: String(r.sha256 ?? ''),
    ingestedAt: String(r.ingestedAt ?? ''),
  };
}

export function toEvidence(r: Row): EvidenceRow {
  return { articleId: String(r.articleId), sentence: Number(r.sentence), start: Number(r.start), end: Number(r.end), text: String(r.text ?? '') };
}

/** Evidence rows from one MENTIONED_IN relationship `r` to article `a` (parallel lists, one row per index `i`). */
export const EVIDENCE_ROW = (r: string, a: string, i: string) =>
  `{articleId: ${a}.id, published: ${a}.published, sentence: ${r}.sentences[${i}], start: ${r}.starts[${i}], end: ${r}.ends[${i}], text: ${r}.texts[${i}]}`;
