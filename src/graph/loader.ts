// The graph writer: Article + Extraction → Neo4j, one transaction per batch of articles.
// The rules (ids, the surname rule, meeting groups, sources) are explained with examples in
// ./README.md; the pure parts live in ./resolve.ts and the Cypher in ./cypher/load.ts.
import { createHash } from 'node:crypto';
import { Neo4jError, isRetryableError, type ManagedTransaction } from 'neo4j-driver';
import type { Db } from '../db/executor.ts';
import { AppError, isUnreachable } from '../errors.ts';
import type { Article, Evidence, Extraction, MeetingKind } from '../ingest/types.ts';
import * as Q from './cypher/load.ts';
import type { GraphEvents } from './events.ts';
import {
  articleSha256,
  clusterReports,
  countryName,
  foldName,
  isSurnameOnly,
  meetingFacts,
  meetingGroupPrefix,
  meetingSignature,
  officialId,
  organizationName,
  resolveSurname,
  surnameKey,
  surnameOf,
  type MeetingCluster,
  type MeetingReport,
  type Scope,
} from './resolve.ts';

export type LoadStatus = 'new' | 'unchanged' | 'updated' | 'failed';

export interface LoadCounts {
  officials: number;
  countries: number;
  meetings: number;
}

export interface LoadResult {
  id: string;
  status: LoadStatus;
  /** Why it failed (status "failed" only). */
  error: string | null;
  /** Failed because Neo4j could not be reached: nothing of it was written; load it again once Neo4j is back. */
  unreachable?: true;
  counts: LoadCounts;
  /** Meetings the article supports after the load (sorted). */
  meetingIds: string[];
}

export interface LoadItem {
  article: Article;
  extraction: Extraction;
}

export interface LoaderOptions {
  /** Articles per transaction. A failed batch is retried one article per transaction. Default 250. */
  batchSize?: number;
  /** Attempts for deadlocks and other transient errors, on top of the driver's own retries. Default 8. */
  maxAttempts?: number;
  events?: GraphEvents;
  /** Clock for `ingestedAt` (tests). */
  now?: () => Date;
  /** Profiling (bench): each statement of a round with its duration. */
  onStatement?: (cypher: string, ms: number) => void;
  /** Profiling (bench): a transaction retried after a transient error. */
  onRetry?: (attempt: number, err: unknown) => void;
  /** Test seam: called inside the transaction after the writes, before commit; throwing rolls the batch back. */
  beforeCommit?: (articleIds: readonly string[]) => void | Promise<void>;
}

export interface Loader {
  /** Loads articles with their extractions; never throws for one bad article (it is reported "failed"). */
  load(items: readonly LoadItem[]): Promise<LoadResult[]>;
  /** Removes the article and the facts only it supported; false when it was not in the graph. */
  deleteArticle(id: string): Promise<boolean>;
}

/** "mtg-" + 16 hex + "-": see meetingGroupPrefix. */
const MEETING_PREFIX_LENGTH = meetingGroupPrefix('').length;

const ZERO: LoadCounts = { officials: 0, countries: 0, meetings: 0 };

/** The result of an article that was not written, and why. */
export function failedResult(id: string, error: string, unreachable = false): LoadResult {
  return { id, status: 'failed', error, counts: { ...ZERO }, meetingIds: [], ...(unreachable ? { unreachable } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Preparing one article (pure): names folded, duplicates merged, nothing resolved against the graph yet.

interface PreparedOfficial {
  /** Id when the name is a full name; for a surname-only name, the id of the surname alone. */
  id: string;
  scope: Scope;
  surname: string;
  surnameOnly: boolean;
  /** Surname-rule key (surname-only names only). */
  key: string | null;
  name: string;
  title: string | null;
  aliases: string[];
  evidence: Evidence[];
}

/** A report before it is tied to its article; `participants` are prepared official ids (before the surname rule). */
type PreparedMeeting = Omit<MeetingReport, 'articleId'>;

interface PreparedArticle {
  id: string;
  sha256: string;
  /** Hash of the extraction: with sha256, what decides "unchanged" (a new extractor re-reads the same text differently). */
  extractedAs: string;
  ingestedAt: string;
  props: Record<string, unknown>;
  officials: PreparedOfficial[];
  countries: { code: string; evidence: Evidence[] }[];
  meetings: PreparedMeeting[];
  /** The Article node already holds `props` (written by LOCK_ARTICLES, or read back for a rewrite). */
  propsStored: boolean;
}

function mergeEvidence(a: Evidence[], b: readonly Evidence[]): Evidence[] {
  const out = [...a];
  for (const e of b) if (!out.some((x) => x.start === e.start && x.end === e.end)) out.push(e);
  return out.sort((x, y) => x.start - y.start || x.end - y.end);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An extracted official's scope: his organisation when he has one (his country then does not count), else his country. */
function scopeOf(o: Extraction['officials'][number]): Scope {
  return { country: o.org ? null : o.country, org: o.org };
}

function prepare(article: Pick<Article, 'id' | 'url' | 'title' | 'published' | 'source'>, x: Extraction, sha256: string, ingestedAt: string): PreparedArticle {
  const officials = new Map<string, PreparedOfficial>();
  const byName = new Map<string, string>();
  for (const o of x.officials) {
    const folded = foldName(o.name);
    if (!folded) continue;
    const scope = scopeOf(o);
    const surnameOnly = isSurnameOnly(folded);
    const surname = surnameOnly ? folded : surnameOf(folded);
    const id = officialId(o.name, scope);
    byName.set(o.name, id);
    const prev = officials.get(id);
    if (prev) {
      prev.aliases = [...new Set([...prev.aliases, ...o.aliases, o.name])].filter((a) => a !== prev.name).sort(byString);
      prev.title ??= o.title;
      prev.evidence = mergeEvidence(prev.evidence, o.evidence);
      continue;
    }
    officials.set(id, {
      id,
      scope,
      surname,
      surnameOnly,
      key: surnameOnly ? surnameKey(surname, scope) : null,
      name: o.name,
      title: o.title,
      aliases: [...new Set(o.aliases)].filter((a) => a !== o.name).sort(byString),
      evidence: mergeEvidence([], o.evidence),
    });
  }
  const countries = new Map<string, Evidence[]>();
  for (const c of x.countries) countries.set(c.code, mergeEvidence(countries.get(c.code) ?? [], c.evidence));
  const meetings = x.meetings.map((m) => ({
    kind: m.kind,
    status: m.status,
    date: m.date,
    city: m.city,
    country: m.country,
    participants: [...new Set(m.participants.map((p) => byName.get(p)).filter((p): p is string => p !== undefined))].sort(byString),
    states: [...new Set(m.countries)].sort(byString),
    topics: [...new Set(m.topics)].sort(byString),
    evidence: mergeEvidence([], m.evidence),
  }));
  const json = JSON.stringify(x);
  const extractedAs = createHash('sha256').update(json).digest('hex').slice(0, 32);
  return {
    id: article.id,
    sha256,
    extractedAs,
    ingestedAt,
    props: {
      url: article.url,
      title: article.title,
      published: article.published,
      source: article.source,
      sha256,
      extractedAs,
      ingestedAt,
      // Only an article with a surname-only name can be rewritten by the surname rule (see README).
      extraction: [...officials.values()].some((o) => o.surnameOnly) ? json : null,
    },
    officials: [...officials.values()].sort((a, b) => byString(a.id, b.id)),
    countries: [...countries].sort(([a], [b]) => byString(a, b)).map(([code, evidence]) => ({ code, evidence })),
    meetings,
    propsStored: false,
  };
}

// ---------------------------------------------------------------------------------------------
// Rows of the many-row parameters: lists read by position (see cypher/load.ts), one type per parameter
// naming the positions in the order its statement reads them.

/** A MENTIONED_IN's evidence as its four list properties. */
type EvidenceLists = [sentences: number[], starts: number[], ends: number[], texts: string[]];
/** WRITE_BASE $officials, SETTLE_OFFICIALS $surnameOfficials. */
type OfficialRow = [id: string, name: string, country: string | null, org: string | null, surname: string, surnameOnly: boolean];
/** SETTLE_OFFICIALS $mentions: an official's MENTIONED_IN with what it says of his names. */
type MentionRow = [official: string, article: string, ...evidence: EvidenceLists, name: string | null, shortName: string | null, title: string | null, aliases: string[], surnameKeys: string[]];
/** WRITE_MEETINGS $countries: a country's MENTIONED_IN. */
type CountryMentionRow = [code: string, article: string, ...evidence: EvidenceLists];
/** WRITE_MEETINGS $mentions: a meeting's MENTIONED_IN with the article's reports of it (JSON). */
type MeetingMentionRow = [meeting: string, article: string, ...evidence: EvidenceLists, reports: string];
/** SETTLE_OFFICIALS $attended, WRITE_MEETINGS $participated and $heldIn: a relationship with its sources. */
type SourcedRow = [from: string, meeting: string, sources: string[]];
/** WRITE_MEETINGS $meetings, WRITE_OFFICIALS $officials: a node's properties by id. */
type PropsRow = [id: string, props: Record<string, unknown>];
/** SETTLE_OFFICIALS $groups: a meeting group and the meetings it keeps. */
type GroupRow = [prefix: string, keep: string[]];

function evidenceLists(ev: readonly Evidence[]): EvidenceLists {
  return [ev.map((e) => e.sentence), ev.map((e) => e.start), ev.map((e) => e.end), ev.map((e) => e.text)];
}

// ---------------------------------------------------------------------------------------------
// One round of writes inside a transaction (see README: "Rounds").

interface KeyInfo {
  key: string;
  scope: Scope;
  surname: string;
  surnameOnlyId: string;
  /** Display name for the surname-only official if it has to be made. */
  name: string;
}

function keyOf(scope: Scope, surname: string, name = surname): KeyInfo {
  return { key: surnameKey(surname, scope), scope, surname, surnameOnlyId: officialId(surname, scope), name };
}

class Round {
  readonly outcome = new Map<string, { counts: LoadCounts; meetingIds: string[] }>();
  private readonly candidatesOf = new Map<string, string[]>();

  constructor(
    private readonly tx: ManagedTransaction,
    private readonly onStatement?: LoaderOptions['onStatement'],
  ) {}

  /** The error of the first pipelined statement (send) that failed. */
  private pipelineFailure: unknown;

  private async run<R>(cypher: string, params: Record<string, unknown>, pipelined = false): Promise<R[]> {
    const t0 = performance.now();
    let res;
    try {
      res = await this.tx.run(cypher, params);
    } catch (err) {
      // After a pipelined statement failed, the driver fails the later ones with "the transaction has been
      // rolled back", which is not retryable: the first error (a deadlock, say) is what happened.
      if (pipelined) this.pipelineFailure ??= err;
      throw this.pipelineFailure ?? err;
    }
    this.onStatement?.(cypher, performance.now() - t0);
    return res.records.map((r) => r.toObject() as R);
  }

  /**
   * Sends a statement without waiting for it: the driver pipelines it on the transaction's connection and
   * Neo4j runs the statements in the order sent, so a later statement sees its writes. For statements
   * whose results the next ones do not need: the round trip between them goes. Its failure fails the
   * transaction all the same: the statements behind it fail with its error (see run), and the caller
   * awaits this one too.
   */
  private send<R>(cypher: string, params: Record<string, unknown>): Promise<R[]> {
    const p = this.run<R>(cypher, params, true);
    p.catch(() => {}); // awaited by the caller; this only keeps an early failure from being "unhandled"
    return p;
  }

  /**
   * Writes (or rewrites) `items` and removes `removeIds`; returns the articles the surname rule now
   * resolves otherwise (the caller writes them again). `fresh`: none of the items is in the graph yet.
   */
  async apply(items: readonly PreparedArticle[], removeIds: readonly string[], fresh = false): Promise<string[]> {
    const itemIds = items.map((i) => i.id);
    const replaced = [...itemIds, ...removeIds];

    // 1. Retract: the official and country mentions of the replaced articles go; their meetings are recomputed below.
    const retracted = fresh
      ? []
      : await this.run<{ id: string; officials: string[]; mentions: (MentionVotes & { official: string })[]; countries: string[]; orgs: string[]; meetings: string[]; signatures: string[] }>(Q.RETRACT_ARTICLES, { ids: replaced });
    const touchedOfficials = new Set(retracted.flatMap((r) => r.officials));
    // What this round changes in each official's tally (see settleOfficials).
    const deltas = new Map<string, Votes>();
    const deltaOf = (id: string) => deltas.get(id) ?? deltas.set(id, new Map()).get(id)!;
    for (const r of retracted) {
      for (const m of r.mentions) addVotes(deltaOf(m.official), m, -1);
    }
    const touchedCountries = new Set(retracted.flatMap((r) => r.countries));
    const touchedOrgs = new Set(retracted.flatMap((r) => r.orgs));
    const groups = new Map<string, string>(); // prefix → signature
    for (const r of retracted) r.meetings.forEach((m, i) => groups.set(m.slice(0, MEETING_PREFIX_LENGTH), r.signatures[i]!));

    // 2. Places, articles, full-name officials.
    const countryCodes = new Set<string>();
    const orgCodes = new Set<string>();
    for (const it of items) {
      for (const o of it.officials) {
        if (o.scope.country) countryCodes.add(o.scope.country);
        if (o.scope.org) orgCodes.add(o.scope.org);
      }
      for (const c of it.countries) countryCodes.add(c.code);
      for (const m of it.meetings) {
        for (const st of m.states) countryCodes.add(st);
        if (m.country) countryCodes.add(m.country);
      }
    }
    countryCodes.forEach((c) => touchedCountries.add(c));
    orgCodes.forEach((c) => touchedOrgs.add(c));
    const fullNames = new Map<string, PreparedOfficial>();
    for (const it of items) for (const o of it.officials) if (!o.surnameOnly) fullNames.set(o.id, o);
    // Pipelined: its result (which officials it created) is needed only in step 7, and the statements up
    // to READ_GROUPS do not depend on it.
    const createdP = this.send<{ id: string; created: boolean }>(Q.WRITE_BASE, {
      countries: [...countryCodes].sort(byString).map((code) => ({ code, name: countryName(code) })),
      orgs: [...orgCodes].sort(byString).map((code) => ({ code, name: organizationName(code) })),
      articles: items.filter((i) => !i.propsStored).map((i) => ({ id: i.id, props: i.props })),
      officials: [...fullNames.values()].sort((a, b) => byString(a.id, b.id)).map(officialRow),
    });
    // 3. The surname rule for the surname-only names of these articles, under the lock of their scope.
    const ownKeys = new Map<string, KeyInfo>();
    for (const it of items) for (const o of it.officials) if (o.surnameOnly) ownKeys.set(o.key!, keyOf(o.scope, o.surname, o.name));
    const targets = await this.resolveKeys([...ownKeys.values()]);
    for (const k of ownKeys.values()) touchedOfficials.add(k.surnameOnlyId); // the lock node goes if unused

    // 4. Mentions: one MENTIONED_IN per (official after the surname rule, article), written in step 6.
    const mentionRows: MentionRow[] = [];
    const surnameNodes = new Map<string, PreparedOfficial>();
    const resolvedIds = new Map<string, Map<string, string>>(); // article → prepared id → final id
    for (const it of items) {
      const finalOf = new Map<string, string>();
      const merged = new Map<string, { name: string | null; shortName: string | null; title: string | null; aliases: Set<string>; keys: Set<string>; evidence: Evidence[] }>();
      for (const o of it.officials) {
        const target = o.surnameOnly ? (targets.get(o.key!) ?? o.id) : o.id;
        finalOf.set(o.id, target);
        if (o.surnameOnly && target === o.id) surnameNodes.set(o.id, o);
        const m = merged.get(target) ?? { name: null, shortName: null, title: null, aliases: new Set<string>(), keys: new Set<string>(), evidence: [] };
        if (o.surnameOnly) {
          m.shortName ??= o.name;
          m.keys.add(o.key!);
          m.aliases.add(o.name);
        } else {
          m.name ??= o.name;
        }
        m.title ??= o.title;
        for (const a of o.aliases) m.aliases.add(a);
        m.evidence = mergeEvidence(m.evidence, o.evidence);
        merged.set(target, m);
      }
      resolvedIds.set(it.id, finalOf);
      for (const [official, m] of [...merged].sort(([a], [b]) => byString(a, b))) {
        touchedOfficials.add(official);
        const votes = { name: m.name, shortName: m.shortName, title: m.title, aliases: [...m.aliases].filter((a) => a !== m.name).sort(byString) };
        addVotes(deltaOf(official), votes, 1);
        mentionRows.push([official, it.id, ...evidenceLists(m.evidence), votes.name, votes.shortName, votes.title, votes.aliases, [...m.keys].sort(byString)]);
      }
      const o = this.outcome.get(it.id) ?? { counts: { ...ZERO }, meetingIds: [] };
      o.counts.officials = merged.size;
      o.counts.countries = it.countries.length;
      this.outcome.set(it.id, o);
    }

    // 5. Meetings: every group (signature) touched is recomputed from all its reports.
    const reports: MeetingReport[] = [];
    for (const it of items) {
      const finalOf = resolvedIds.get(it.id)!;
      for (const m of it.meetings) {
        reports.push({ articleId: it.id, ...m, participants: [...new Set(m.participants.map((p) => finalOf.get(p) ?? p))].sort(byString) });
      }
    }
    const fresh_ = new Map<string, MeetingReport[]>();
    for (const r of reports) {
      if (r.participants.length < 2 && r.states.length === 0) continue; // nothing identifies it: see README
      const sig = meetingSignature(r);
      const prefix = meetingGroupPrefix(sig);
      groups.set(prefix, sig);
      (fresh_.get(prefix) ?? fresh_.set(prefix, []).get(prefix)!).push(r);
    }
    const prefixes = [...groups.keys()].sort(byString);
    // One lock per group, so that a group is recomputed by one transaction at a time.
    const [read] = await this.run<{ reports: { prefix: string; meeting: string; reports: string }[] }>(Q.READ_GROUPS, {
      lockIds: prefixes.map((p) => `${p}~lock`),
      prefixes,
      exclude: replaced,
    });
    const all = new Map<string, MeetingReport[]>(prefixes.map((p) => [p, [...(fresh_.get(p) ?? [])]]));
    const stored: StoredMeetings = { of: new Map(), count: new Map(), retracted: new Set(retracted.flatMap((r) => r.meetings)) };
    for (const st of read!.reports) {
      const list = JSON.parse(st.reports) as MeetingReport[];
      for (const r of list) stored.of.set(r, st.meeting);
      stored.count.set(st.meeting, (stored.count.get(st.meeting) ?? 0) + list.length);
      all.get(st.prefix)!.push(...list);
    }
    const { attended, groups: keep, ...w } = this.meetingWrites(groups, all, stored);
    // Pipelined with SETTLE_OFFICIALS, which does not need its result (it returns none).
    const meetingsP = this.send(Q.WRITE_MEETINGS, {
      ...w,
      countries: items.flatMap((it) => it.countries.map((c): CountryMentionRow => [c.code, it.id, ...evidenceLists(c.evidence)])),
    });

    // 6. Last, so their locks are held briefly (see SETTLE_OFFICIALS): the officials' mentions and the
    //    meetings' participants are written under their locks; removed articles go; officials nobody
    //    mentions any more go (a full-name one leaving changes the surname rule), the others get their
    //    attributes recomputed; then places nothing refers to.
    const officialIds = [...touchedOfficials].sort(byString);
    const changedKeys = new Map<string, KeyInfo>();
    {
      const lockIds = new Set(officialIds);
      for (const [official] of attended) lockIds.add(official);
      const [settled] = await this.run<{
        deleted: { id: string; country: string | null; org: string | null; surname: string | null; surnameOnly: boolean }[];
        officials: { id: string; tally: string | null; mentions: MentionVotes[] }[];
      }>(Q.SETTLE_OFFICIALS, {
        ids: officialIds,
        lockIds: [...lockIds].sort(byString),
        deleteArticles: [...removeIds],
        surnameOfficials: [...surnameNodes.values()].sort((a, b) => byString(a.id, b.id)).map(officialRow),
        mentions: mentionRows,
        groups: keep,
        meetings: w.meetings.map(([id]) => id),
        attended,
      });
      await meetingsP;
      await this.run(Q.WRITE_OFFICIALS, {
        ...settleOfficials(settled!.officials, deltas),
        countries: [...touchedCountries].sort(byString),
        orgs: [...touchedOrgs].sort(byString),
      });
      for (const c of await createdP) {
        if (!c.created) continue;
        const o = fullNames.get(c.id)!;
        const k = keyOf(o.scope, o.surname);
        changedKeys.set(k.key, k);
      }
      for (const d of settled!.deleted) {
        if (!d.surnameOnly && d.surname) {
          const k = keyOf({ country: d.country, org: d.org }, d.surname);
          changedKeys.set(k.key, k);
        }
      }
    }

    // 7. Keys whose candidates changed: articles resolved otherwise must be written again.
    if (changedKeys.size === 0) return [];
    const keys = [...changedKeys.values()];
    const newTargets = await this.resolveKeys(keys, true);
    const probe = keys.flatMap((k) => [...(this.candidatesOf.get(k.key) ?? []), k.surnameOnlyId].map((official) => ({ key: k.key, official })));
    const deps = await this.run<{ key: string; official: string; articles: string[] }>(Q.SURNAME_DEPENDENTS, { rows: probe });
    const redo = new Set<string>();
    for (const d of deps) if (d.official !== newTargets.get(d.key)) d.articles.forEach((a) => redo.add(a));
    for (const id of removeIds) redo.delete(id);
    await this.run(Q.DELETE_UNUSED_OFFICIALS, { ids: keys.map((k) => k.surnameOnlyId).sort(byString) });
    return [...redo].sort(byString);
  }

  /** Takes each key's lock (sorted), then applies the surname rule to it. */
  private async resolveKeys(keys: readonly KeyInfo[], fresh = false): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const live = keys.filter((k) => k.scope.country !== null || k.scope.org !== null).sort((a, b) => byString(a.surnameOnlyId, b.surnameOnlyId));
    for (const k of keys) out.set(k.key, k.surnameOnlyId);
    if (live.length === 0) return out;
    const rows = await this.run<{ key: string; candidates: string[] }>(Q.SURNAME_CANDIDATES, {
      keys: live.map((k) => ({ key: k.key, lockId: k.surnameOnlyId, name: k.name, country: k.scope.country, org: k.scope.org, surname: k.surname })),
    });
    const found = new Map(rows.map((r) => [r.key, r.candidates]));
    for (const k of live) {
      const candidates = (found.get(k.key) ?? []).sort(byString);
      if (fresh || !this.candidatesOf.has(k.key)) this.candidatesOf.set(k.key, candidates);
      out.set(k.key, resolveSurname(k.surnameOnlyId, k.scope, candidates));
    }
    return out;
  }

  /**
   * Rows of WRITE_MEETINGS and SETTLE_OFFICIALS for the touched groups, and the meetings each article of
   * the round now supports. A meeting that is stored as it is recomputed is kept and not written again.
   */
  private meetingWrites(groups: Map<string, string>, all: Map<string, MeetingReport[]>, stored: StoredMeetings) {
    const meetings: PropsRow[] = [];
    const attended: SourcedRow[] = [];
    const participated: SourcedRow[] = [];
    const heldIn: SourcedRow[] = [];
    const mentions: MeetingMentionRow[] = [];
    const keep: GroupRow[] = [];
    for (const [prefix, reports] of all) {
      const sig = groups.get(prefix)!;
      const kind = sig.split('|')[0] as MeetingKind;
      const clusters = clusterReports(sig, reports);
      keep.push([prefix, clusters.map((c) => c.id)]);
      for (const c of clusters) {
        if (isStoredAsIs(c, stored)) continue;
        const f = meetingFacts(kind, c);
        meetings.push([f.id, { ...f.props, signature: sig }]);
        for (const [official, sources] of f.attended) attended.push([official, f.id, sources]);
        for (const [code, sources] of f.states) participated.push([code, f.id, sources]);
        if (f.heldIn) heldIn.push([f.heldIn.country, f.id, f.heldIn.sources]);
        for (const [articleId, m] of f.mentions) {
          mentions.push([f.id, articleId, ...evidenceLists(m.evidence), JSON.stringify(m.reports)]);
          const o = this.outcome.get(articleId);
          if (o && !o.meetingIds.includes(f.id)) {
            o.meetingIds.push(f.id);
            o.meetingIds.sort(byString);
            o.counts.meetings = o.meetingIds.length;
          }
        }
      }
    }
    return { groups: keep, meetings, attended, participated, heldIn, mentions };
  }
}

/**
 * The stored reports a round read back (READ_GROUPS): the meeting each is stored on, how many each
 * meeting holds, and the meetings of the articles the round replaces (their reports were not read).
 */
interface StoredMeetings {
  of: Map<MeetingReport, string>;
  count: Map<string, number>;
  retracted: Set<string>;
}

/**
 * A recomputed meeting that is already stored as it is: its reports are exactly the ones stored on the
 * meeting of its id, none of them replaced. A meeting's attributes and relationships are a function of
 * its reports alone (meetingFacts), so writing it again would change nothing. A touched group of k
 * meetings usually gains one report in one of them, and every batch rewrote all k: in bench:ingest at
 * 8,000 articles a tenth of the meetings written (21,800 rows for 19,900 stored, two loads), a share
 * that grows with the reports per group, so with the size of the graph.
 */
function isStoredAsIs(c: MeetingCluster, stored: StoredMeetings): boolean {
  if (stored.retracted.has(c.id) || stored.count.get(c.id) !== c.reports.length) return false;
  return c.reports.every((r) => stored.of.get(r) === c.id);
}

// ---------------------------------------------------------------------------------------------
// Officials' derived values, kept incrementally (see README: "Officials' tallies").

/** What one MENTIONED_IN of an official says about his names and titles. */
interface MentionVotes {
  name: string | null;
  shortName: string | null;
  title: string | null;
  aliases: string[] | null;
}

/** Votes of all the mentions of an official; keys "f" full name, "s" short name, "t" title, "a" any form. */
type Votes = Map<string, number>;

const SEP = '\u0000';

function addVotes(votes: Votes, m: MentionVotes, sign: 1 | -1): void {
  const bump = (key: string) => votes.set(key, (votes.get(key) ?? 0) + sign);
  bump('n');
  if (m.name !== null) bump(`f${SEP}${m.name}`);
  else if (m.shortName !== null) bump(`s${SEP}${m.shortName}`);
  if (m.title !== null) bump(`t${SEP}${m.title}`);
  for (const form of new Set([...(m.aliases ?? []), m.name, m.shortName])) if (form !== null) bump(`a${SEP}${form}`);
}

/** Strings in Neo4j's order (by code point), as the Cypher this replaces sorted them. */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i += 1) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

/** The tally as stored: counts without zeros, keys sorted, so equal vote sets give equal text. */
function tallyText(votes: Votes): string {
  return JSON.stringify(Object.fromEntries([...votes].filter(([, n]) => n !== 0).sort(([a], [b]) => byString(a, b))));
}

/**
 * The derived attributes of an official from the votes of all its mentions: name = the full name
 * most mentions use (else the most used surname form; ties: the smallest), titles by use (ties: the
 * smallest first), every other form an alias (sorted).
 */
function derived(votes: Votes): Record<string, unknown> {
  const of = (kind: string) =>
    [...votes]
      .filter(([k, n]) => n > 0 && k.startsWith(`${kind}${SEP}`))
      .map(([k, n]) => ({ value: k.slice(kind.length + 1), n }))
      .sort((a, b) => b.n - a.n || byCodePoint(a.value, b.value));
  const name = (of('f')[0] ?? of('s')[0])?.value ?? null;
  const aliases = of('a')
    .map((x) => x.value)
    .filter((f) => f !== name)
    .sort(byCodePoint);
  return { name, titles: of('t').map((x) => x.value), aliases, aliasText: aliases.join(' | ') };
}

/**
 * WRITE_OFFICIALS rows for the officials still mentioned: the stored tally plus this round's votes, or,
 * for an official without a tally, the tally of all its mentions; and the ids of the latter, whose
 * REPRESENTS / SERVES is made if missing (an official gets its tally the first time it is settled).
 */
function settleOfficials(officials: readonly { id: string; tally: string | null; mentions: MentionVotes[] }[], deltas: Map<string, Votes>) {
  const rows: PropsRow[] = [];
  const first: string[] = [];
  for (const o of officials) {
    const d = deltas.get(o.id);
    let votes: Votes;
    let before: Record<string, unknown> | null = null;
    if (o.tally === null) {
      votes = new Map();
      for (const m of o.mentions) addVotes(votes, m, 1);
      first.push(o.id);
    } else {
      if (!d) continue; // touched (e.g. as a surname lock) but none of its mentions changed
      votes = new Map(Object.entries(JSON.parse(o.tally) as Record<string, number>));
      before = derived(votes);
      for (const [k, n] of d) votes.set(k, (votes.get(k) ?? 0) + n);
    }
    const after = derived(votes);
    // name and aliasText are indexed (one of them full-text): writing an unchanged value still updates the
    // indexes, and after its first few articles an official's derived values rarely change.
    const props = before && JSON.stringify(before) === JSON.stringify(after) ? {} : after;
    rows.push([o.id, { ...props, tally: tallyText(votes) }]);
  }
  return { officials: rows, first };
}

function officialRow(o: PreparedOfficial): OfficialRow {
  return [o.id, o.name, o.scope.country, o.scope.org, o.surname, o.surnameOnly];
}

// ---------------------------------------------------------------------------------------------
// Transactions, retries, results.

const MAX_ROUNDS = 6;

/** Applies writes and removals, then rewrites the articles the surname rule moved, until nothing moves. */
async function applyAll(tx: ManagedTransaction, items: PreparedArticle[], removeIds: string[], fresh = false, opts: LoaderOptions = {}): Promise<Round> {
  const round = new Round(tx, opts.onStatement);
  let redo = await round.apply(items, removeIds, fresh);
  for (let i = 1; redo.length > 0; i += 1) {
    if (i >= MAX_ROUNDS) throw new AppError('INTERNAL', `entity resolution did not settle after ${MAX_ROUNDS} rounds`);
    const rows = await tx.run(Q.READ_STORED_ARTICLES, { ids: redo });
    const again = rows.records.map((r) => {
      const a = r.toObject() as { id: string; url: string | null; title: string | null; published: string | null; source: string | null; sha256: string; ingestedAt: string; extraction: string };
      // stored: it has a surname-only name
      return { ...prepare(a, JSON.parse(a.extraction) as Extraction, a.sha256, a.ingestedAt), propsStored: true };
    });
    redo = await round.apply(again, []);
  }
  return round;
}

const DEADLOCK = 'Neo.TransientError.Transaction.DeadlockDetected';

/** Transient after the driver gave up (deadlocks under many loaders, a busy server) or a MERGE race. */
export function isRetryable(err: unknown): boolean {
  const cause = err instanceof AppError ? err.options.cause : err;
  if (cause instanceof Neo4jError) {
    return cause.code === DEADLOCK || cause.code === 'Neo.ClientError.Schema.ConstraintValidationFailed' || isRetryableError(cause);
  }
  return false;
}

async function withRetries<T>(attempts: number, work: () => Promise<T>, onRetry?: (attempt: number, err: unknown) => void): Promise<T> {
  for (let i = 1; ; i += 1) {
    try {
      return await work();
    } catch (err) {
      if (i >= attempts || !isRetryable(err)) throw err;
      onRetry?.(i, err);
      await new Promise((r) => setTimeout(r, Math.min(1000, 20 * 2 ** i) * (0.5 + Math.random())));
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof AppError) {
    const cause = err.options.cause;
    if (cause instanceof Neo4jError) return `${err.message} (${cause.code}: ${cause.message.split('\n')[0]})`;
    // The executor wraps whatever the transaction threw; the original says more.
    if (err.code === 'INTERNAL' && cause instanceof Error) return cause.message;
    return err.message;
  }
  return err instanceof Error ? err.message : String(err);
}

const hasSurnameOnly = (x: Extraction) => x.officials.some((o) => isSurnameOnly(foldName(o.name)));

/**
 * The meeting groups (signatures) an article's reports fall in, as far as its extraction tells before
 * the surname rule: a scheduling hint for `load` (see there), never a lock.
 */
export function groupHints(x: Extraction): string[] {
  const ids = new Map(x.officials.map((o) => [o.name, officialId(o.name, scopeOf(o))]));
  return [...new Set(x.meetings.map((m) => meetingSignature({ kind: m.kind, participants: m.participants.map((p) => ids.get(p) ?? p), states: m.countries })))];
}

export function createLoader(db: Db, opts: LoaderOptions = {}): Loader {
  const batchSize = Math.max(1, opts.batchSize ?? 250);
  const attempts = opts.maxAttempts ?? 8;
  const now = opts.now ?? (() => new Date());
  /** Meeting groups (groupHints) of the transactions of this loader now running, with how many claim each. */
  const inFlight = new Map<string, number>();

  async function loadBatch(batch: LoadItem[]): Promise<LoadResult[]> {
    const ingestedAt = now().toISOString();
    const prepared = batch.map(({ article, extraction }) => prepare(article, extraction, articleSha256(article), ingestedAt));
    let tries = 0;
    let workDone = 0;
    const { results, written } = await withRetries(attempts, () =>
      db.write('ingest:load', async (tx) => {
        // The driver re-runs this function after a transient error (deadlock): count those too.
        if (tries++ > 0) opts.onRetry?.(0, null);
        const t0 = performance.now();
        const locked = await tx.run(Q.LOCK_ARTICLES, { rows: [...prepared].sort((a, b) => byString(a.id, b.id)).map((p) => ({ id: p.id, props: p.props })) });
        opts.onStatement?.(Q.LOCK_ARTICLES, performance.now() - t0);
        // Stored articles: what they were written from (text hash / extraction hash). The same text read
        // differently by a newer extractor is "updated": its facts are replaced like those of a changed text.
        const existing = new Map<string, string>();
        for (const r of locked.records) if (r.get('sha256') !== null) existing.set(r.get('id') as string, `${r.get('sha256') as string}/${r.get('extractedAs') as string | null}`);
        const stored = (p: PreparedArticle) => `${p.sha256}/${p.extractedAs}`;
        const toWrite = prepared.filter((p) => existing.get(p.id) !== stored(p));
        // New articles got their properties from LOCK_ARTICLES; a retried transaction starts again from prepare's flags.
        for (const p of prepared) p.propsStored = !existing.has(p.id);
        const round = toWrite.length ? await applyAll(tx, toWrite, [], toWrite.every((p) => !existing.has(p.id)), opts) : null;
        if (opts.beforeCommit) await opts.beforeCommit(toWrite.map((p) => p.id));
        const results: LoadResult[] = prepared.map((p) => {
          const status: LoadStatus = !existing.has(p.id) ? 'new' : existing.get(p.id) === stored(p) ? 'unchanged' : 'updated';
          const o = round?.outcome.get(p.id);
          return { id: p.id, status, error: null, counts: o ? { ...o.counts } : { ...ZERO }, meetingIds: o ? [...o.meetingIds] : [] };
        });
        workDone = performance.now();
        return { results, written: toWrite.length };
      }),
      opts.onRetry,
    );
    opts.onStatement?.('COMMIT', performance.now() - workDone);
    if (written && opts.events) {
      for (const r of results) {
        if ((r.status === 'new' || r.status === 'updated') && r.meetingIds.length) {
          opts.events.publish('meetingAdded', { articleId: r.id, status: r.status, meetingIds: r.meetingIds });
        }
      }
    }
    return results;
  }

  async function loadIsolated(batch: LoadItem[]): Promise<LoadResult[]> {
    try {
      return await loadBatch(batch);
    } catch (err) {
      // Neo4j gone: every article of the batch failed for the same reason, and one transaction each
      // would only wait out the same retries again.
      const unreachable = isUnreachable(err);
      if (batch.length === 1 || unreachable) return batch.map(({ article }) => failedResult(article.id, describe(err), unreachable));
      // One bad article must not sink the others: one transaction each.
      const out: LoadResult[] = [];
      for (const item of batch) out.push(...(await loadIsolated([item])));
      return out;
    }
  }

  /**
   * One batch, in two transactions when another load of this loader (a second writer) is writing some of
   * its meeting groups: their articles go in a transaction of their own after the others. Two writers'
   * batches of 250 share a group (the same pair of officials) more often than not, and the second would
   * otherwise wait at READ_GROUPS, with its whole batch, until the first commits. Neo4j's locks keep it
   * correct either way (and across processes); this only keeps one process's writers out of each other's way.
   */
  async function loadScheduled(batch: LoadItem[]): Promise<LoadResult[]> {
    const hints = batch.map((item) => groupHints(item.extraction));
    const busy = hints.map((hs) => hs.some((h) => inFlight.has(h)));
    const parts = busy.every(Boolean) || !busy.some(Boolean) ? [batch.map((_, i) => i)] : [false, true].map((b) => batch.flatMap((_, i) => (busy[i] === b ? [i] : [])));
    const out: LoadResult[] = new Array(batch.length);
    for (const part of parts) {
      const claimed = part.flatMap((i) => hints[i]!);
      for (const h of claimed) inFlight.set(h, (inFlight.get(h) ?? 0) + 1);
      try {
        const res = await loadIsolated(part.map((i) => batch[i]!));
        res.forEach((r, j) => (out[part[j]!] = r));
      } finally {
        for (const h of claimed) {
          const n = inFlight.get(h)! - 1;
          if (n === 0) inFlight.delete(h);
          else inFlight.set(h, n);
        }
      }
    }
    return out;
  }

  return {
    async load(items) {
      const results = new Map<number, LoadResult>();
      // An id twice in one call: the later copy goes in a later batch (it then reads as unchanged or updated).
      let pending = items.map((item, index) => ({ item, index }));
      while (pending.length) {
        const seen = new Set<string>();
        const now: typeof pending = [];
        const later: typeof pending = [];
        for (const p of pending) (seen.has(p.item.article.id) ? later : now).push(p);
        for (const p of now) seen.add(p.item.article.id);
        // Articles with a surname-only name take the surname rule's key locks, held until commit and
        // contended (a few surnames recur): they go in transactions of their own, so the others take none.
        const plain = now.filter((p) => !hasSurnameOnly(p.item.extraction));
        const surnamed = now.filter((p) => hasSurnameOnly(p.item.extraction));
        for (const group of [plain, surnamed]) {
          for (let i = 0; i < group.length; i += batchSize) {
            const slice = group.slice(i, i + batchSize);
            const res = await loadScheduled(slice.map((s) => s.item));
            res.forEach((r, j) => results.set(slice[j]!.index, r));
          }
        }
        pending = later;
      }
      return items.map((_, i) => results.get(i)!);
    },

    async deleteArticle(id) {
      return withRetries(attempts, () =>
        db.write('ingest:delete', async (tx) => {
          const found = await tx.run(Q.LOCK_STORED_ARTICLE, { id });
          if (found.records.length === 0) return false;
          await applyAll(tx, [], [id], false, opts);
          if (opts.beforeCommit) await opts.beforeCommit([id]);
          return true;
        }),
        opts.onRetry,
      );
    },
  };
}
