// Pure entity-resolution rules: ids of officials and meetings, the surname rule, the clustering of
// meeting reports and the "best supported" attribute vote. No I/O here; see ./README.md for the
// rules with examples, and ./loader.ts for where they are applied inside a transaction.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Article, Evidence, ExtractedMeeting, MeetingKind, MeetingStatus } from '../ingest/types.ts';

// ---------------------------------------------------------------------------------------------
// Names

/** Folds accents and case, keeps letters and digits as space-separated tokens: "Jean-Noël  Barrot" → "jean noel barrot". */
export function foldName(name: string): string {
  let folded = folds.get(name);
  if (folded === undefined) {
    if (folds.size >= FOLDS_MAX) folds.clear();
    folded = fold(name);
    folds.set(name, folded);
  }
  return folded;
}

/**
 * foldName's results by name. The loader folds every official's name several times per article (its
 * id, the surname checks, the batches' meeting-group hints) and a corpus names the same people over and
 * over: in a CPU profile of bench:ingest's writes-only phase (8,000 articles) foldName took 106 of the
 * 4,377 ms the writer's process was busy, not counting the Unicode normalisation it calls.
 */
const folds = new Map<string, string>();
const FOLDS_MAX = 100_000;

function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Lower-case particles that belong to a surname ("von der Leyen", "da Silva", "al-Sisi"). */
const PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'al', 'el', 'bin', 'ben', 'ibn', 'ter', 'zu']);

/** Surname of a folded name: the last token with the particles before it ("ursula von der leyen" → "von der leyen"). */
export function surnameOf(folded: string): string {
  const tokens = folded.split(' ').filter(Boolean);
  let i = tokens.length - 1;
  while (i > 1 && PARTICLES.has(tokens[i - 1]!)) i -= 1;
  return tokens.slice(Math.max(i, 0)).join(' ');
}

/** A name that is only a surname ("Barrot", "von der Leyen"): every token but the last is a particle. */
export function isSurnameOnly(folded: string): boolean {
  const tokens = folded.split(' ').filter(Boolean);
  return tokens.length > 0 && tokens.slice(0, -1).every((t) => PARTICLES.has(t));
}

export interface Scope {
  country: string | null;
  org: string | null;
}

/** Scope part of an official id: the organisation when there is one, else the country, else "none". */
export function scopeKey(s: Scope): string {
  if (s.org) return `org-${s.org.toLowerCase()}`;
  if (s.country) return s.country.toLowerCase();
  return 'none';
}

/** Official id: scope + folded full name, readable: "fr:jean-noel-barrot", "org-eu:kaja-kallas". */
export function officialId(name: string, scope: Scope): string {
  return `${scopeKey(scope)}:${foldName(name).replace(/ /g, '-')}`;
}

/** The key under which a surname-only mention looks for its full-name candidates: "fr|barrot". */
export function surnameKey(surname: string, scope: Scope): string {
  return `${scopeKey(scope)}|${surname}`;
}

/**
 * The surname rule: a surname-only mention joins the only full-name official of its scope with that
 * surname; with none or several candidates it stays its own official (id of the surname alone).
 * Officials without country or organisation never join (nothing says they are the same person).
 */
export function resolveSurname(surnameOnlyId: string, scope: Scope, candidateIds: readonly string[]): string {
  if (scopeKey(scope) === 'none') return surnameOnlyId;
  const distinct = [...new Set(candidateIds)].filter((id) => id !== surnameOnlyId);
  return distinct.length === 1 ? distinct[0]! : surnameOnlyId;
}

// ---------------------------------------------------------------------------------------------
// Countries and organisations

// Names from the world-countries package (ODbL, https://github.com/mledoze/countries); the ESM entry
// imports JSON without an import attribute, which Node 20 refuses, hence require.
const require = createRequire(import.meta.url);
let COUNTRY_NAMES: ReadonlyMap<string, string> | null = null;


export function countryName(code: string): string {
  COUNTRY_NAMES ??= new Map(
    (require('world-countries/countries.json') as { cca2: string; name: { common: string } }[]).map((c) => [c.cca2, c.name.common]),
  );
  return COUNTRY_NAMES.get(code) ?? code;
}

const ORG_NAMES: Readonly<Record<string, string>> = {
  UN: 'United Nations', EU: 'European Union', NATO: 'North Atlantic Treaty Organization', AU: 'African Union',
  ASEAN: 'Association of Southeast Asian Nations', OSCE: 'Organization for Security and Co-operation in Europe',
  IAEA: 'International Atomic Energy Agency', WHO: 'World Health Organization', SCO: 'Shanghai Cooperation Organisation',
  GCC: 'Gulf Cooperation Council', OAS: 'Organization of American States', ARAB_LEAGUE: 'Arab League',
  CSTO: 'Collective Security Treaty Organization', OPEC: 'Organization of the Petroleum Exporting Countries',
  WTO: 'World Trade Organization', IMF: 'International Monetary Fund', WB: 'World Bank', ICC: 'International Criminal Court',
  OIC: 'Organisation of Islamic Cooperation', ECOWAS: 'Economic Community of West African States',
  SADC: 'Southern African Development Community', APEC: 'Asia-Pacific Economic Cooperation', UNESCO: 'UNESCO',
  UNICEF: 'UNICEF', UNHCR: 'UNHCR', UNRWA: 'UNRWA', WFP: 'World Food Programme', CARICOM: 'Caribbean Community',
  MERCOSUR: 'Mercosur', COE: 'Council of Europe', COMMONWEALTH: 'Commonwealth of Nations', EAEU: 'Eurasian Economic Union',
  CIS: 'Commonwealth of Independent States', IGAD: 'Intergovernmental Authority on Development', BRICS: 'BRICS',
  NDB: 'New Development Bank',
};

export function organizationName(code: string): string {
  return ORG_NAMES[code] ?? code;
}

// ---------------------------------------------------------------------------------------------
// Articles

/**
 * sha256 of the normalised article: NFC, whitespace runs inside a line as one space, lines trimmed, at
 * most one blank line, the whole trimmed; body, title, url and published. Stored hashes depend on it:
 * the table in test/graph/resolve.test.ts pins them. Whole-text passes that touch only irregular
 * whitespace (a plain single space is left alone), as a line-by-line split took 2–3× longer.
 */
export function articleSha256(a: Pick<Article, 'body' | 'title' | 'url' | 'published'>): string {
  const norm = (s: string | null) =>
    (s ?? '')
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/ [^\S\n]+|[^\S\n ][^\S\n]*/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  return createHash('sha256')
    .update(JSON.stringify([norm(a.body), norm(a.title), norm(a.url), a.published ?? '']))
    .digest('hex');
}

// ---------------------------------------------------------------------------------------------
// Meetings

/** One article's account of a meeting (an extracted meeting), with participants already resolved to official ids. */
export interface MeetingReport extends Omit<ExtractedMeeting, 'participants' | 'countries'> {
  articleId: string;
  /** Official ids. */
  participants: string[];
  /** ISO codes of the participating states (the extraction's `countries`). */
  states: string[];
}

/**
 * What makes two reports the same meeting (besides the date rule): the kind and the participants,
 * or the participating states when fewer than two participants are named.
 */
export function meetingSignature(r: Pick<MeetingReport, 'kind' | 'participants' | 'states'>): string {
  const people = [...new Set(r.participants)].sort();
  if (people.length >= 2) return `${r.kind}|p|${people.join(',')}`;
  return `${r.kind}|s|${[...new Set(r.states)].sort().join(',')}`;
}

/** Id prefix shared by every meeting of one signature: lets the loader find a group with the unique index (STARTS WITH). */
export function meetingGroupPrefix(signature: string): string {
  return `mtg-${createHash('sha256').update(signature).digest('hex').slice(0, 16)}-`;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface MeetingCluster {
  id: string;
  reports: MeetingReport[];
}

/**
 * Splits the reports of one signature into meetings, independent of their order:
 * dated reports chain when consecutive distinct dates are at most one day apart (2 → 3 → 4 is one
 * meeting, 2 and 4 alone are two); undated reports group by folded city (null is a city of its own).
 * Id = group prefix + the earliest date of the chain, or "undated-" + city slug.
 */
export function clusterReports(signature: string, reports: readonly MeetingReport[]): MeetingCluster[] {
  const prefix = meetingGroupPrefix(signature);
  const out: MeetingCluster[] = [];
  const dated = reports.filter((r) => r.date !== null).sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  let current: MeetingCluster | null = null;
  let last = '';
  for (const r of dated) {
    if (!current || r.date! > addDays(last, 1)) {
      current = { id: `${prefix}${r.date!}`, reports: [] };
      out.push(current);
    }
    current.reports.push(r);
    last = r.date!;
  }
  const undated = new Map<string, MeetingReport[]>();
  for (const r of reports) {
    if (r.date !== null) continue;
    const city = r.city ? foldName(r.city).replace(/ /g, '-') : '';
    const list = undated.get(city) ?? [];
    list.push(r);
    undated.set(city, list);
  }
  for (const [city, list] of [...undated].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out.push({ id: `${prefix}undated-${city || 'nocity'}`, reports: list });
  }
  for (const c of out) c.reports.sort(compareReports);
  return out;
}

function compareReports(a: MeetingReport, b: MeetingReport): number {
  const ka = JSON.stringify([a.articleId, a.date, a.city, a.evidence[0]?.start ?? -1, a.status]);
  const kb = JSON.stringify([b.articleId, b.date, b.city, b.evidence[0]?.start ?? -1, b.status]);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The best supported value: the one reported by the most articles (an article votes once per value;
 * nulls do not vote); ties go to the smallest value in `order` (or string order).
 */
export function bestSupported<T extends string>(votes: ReadonlyArray<{ articleId: string; value: T | null }>, order?: readonly T[]): T | null {
  const supporters = new Map<T, Set<string>>();
  for (const v of votes) {
    if (v.value === null) continue;
    const s = supporters.get(v.value) ?? new Set<string>();
    s.add(v.articleId);
    supporters.set(v.value, s);
  }
  const rank = (v: T) => (order ? order.indexOf(v) : 0);
  let best: T | null = null;
  let bestN = 0;
  for (const [value, set] of supporters) {
    const n = set.size;
    if (best === null || n > bestN || (n === bestN && (rank(value) < rank(best) || (rank(value) === rank(best) && value < best)))) {
      best = value;
      bestN = n;
    }
  }
  return best;
}

export const STATUS_ORDER: readonly MeetingStatus[] = ['held', 'planned', 'cancelled'];

export interface MeetingFacts {
  id: string;
  props: { id: string; kind: MeetingKind; status: MeetingStatus; date: string | null; city: string | null; country: string | null; topics: string[] };
  /** official id → article ids */
  attended: Map<string, string[]>;
  /** country code → article ids */
  states: Map<string, string[]>;
  heldIn: { country: string; sources: string[] } | null;
  /** article id → evidence and that article's raw reports (JSON), for the MENTIONED_IN relationship */
  mentions: Map<string, { evidence: Evidence[]; reports: MeetingReport[] }>;
}

function collectSources(reports: readonly MeetingReport[], keys: (r: MeetingReport) => readonly string[]): Map<string, string[]> {
  const m = new Map<string, Set<string>>();
  for (const r of reports) for (const k of keys(r)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(r.articleId);
  return new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, s]) => [k, [...s].sort()]));
}

/** Attributes and relationships of one meeting, computed from its reports only. */
export function meetingFacts(kind: MeetingKind, cluster: MeetingCluster): MeetingFacts {
  const { reports } = cluster;
  const vote = <T extends string>(f: (r: MeetingReport) => T | null) => reports.map((r) => ({ articleId: r.articleId, value: f(r) }));
  const country = bestSupported(vote((r) => r.country));
  const mentions = new Map<string, { evidence: Evidence[]; reports: MeetingReport[] }>();
  for (const r of reports) {
    const m = mentions.get(r.articleId) ?? { evidence: [], reports: [] };
    m.reports.push(r);
    for (const e of r.evidence) if (!m.evidence.some((x) => x.start === e.start && x.end === e.end)) m.evidence.push(e);
    mentions.set(r.articleId, m);
  }
  for (const m of mentions.values()) m.evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: cluster.id,
    props: {
      id: cluster.id,
      kind,
      status: bestSupported(vote((r) => r.status), STATUS_ORDER) ?? 'held',
      date: bestSupported(vote((r) => r.date)),
      city: bestSupported(vote((r) => r.city)),
      country,
      topics: [...new Set(reports.flatMap((r) => r.topics))].sort(),
    },
    attended: collectSources(reports, (r) => r.participants),
    states: collectSources(reports, (r) => r.states),
    heldIn: country ? { country, sources: [...new Set(reports.filter((r) => r.country === country).map((r) => r.articleId))].sort() } : null,
    mentions: new Map([...mentions].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}
