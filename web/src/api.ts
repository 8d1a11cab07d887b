// The GraphQL calls the explorer makes: plain fetch to /graphql, typed results, two kinds of failure
// (the API is unreachable, or it answered with errors) so the page can say which.

export type MeetingKind = 'MEETING' | 'CALL' | 'OTHER';
export type MeetingStatus = 'HELD' | 'PLANNED' | 'CANCELLED';

/** The kind filter of the page: every meeting, held meetings in person, held calls, or planned ones. */
export type KindChoice = 'all' | 'meetings' | 'calls' | 'planned';

export interface Range {
  /** YYYY-MM-DD or null */
  from: string | null;
  to: string | null;
}

export interface Filters extends Range {
  kind: KindChoice;
}

export interface CountryRef {
  code: string;
  name: string;
}

export interface OfficialRef {
  /** The official key (accepted wherever the API takes an official id). */
  key: string;
  name: string;
  country: CountryRef | null;
}

export interface OfficialSuggestion extends OfficialRef {
  titles: string[];
  organization: { code: string } | null;
}

export interface MeetingSummary {
  key: string;
  date: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  city: string | null;
  officials: OfficialRef[];
}

export interface EvidenceItem {
  text: string;
  article: { url: string | null; title: string | null; key: string };
}

export interface MeetingDetail {
  key: string;
  date: string | null;
  kind: MeetingKind;
  status: MeetingStatus;
  city: string | null;
  country: CountryRef | null;
  evidence: EvidenceItem[];
}

export interface MonthCount {
  month: string;
  meetings: number;
}

/** The operations the page sends; test/web.test.ts validates them against the API's schema. */
export const QUERIES = {
  search: `query ExplorerSearch($search: String!, $first: Int!) {
    officials(search: $search, first: $first) {
      edges { node { key name titles country { code name } organization { code } } }
    }
  }`,
  countries: `query ExplorerCountries($after: String) {
    countries(first: 100, after: $after) { edges { node { code name } } pageInfo { hasNextPage endCursor } }
  }`,
  meetings: `query ExplorerMeetings($filter: MeetingFilter, $after: String) {
    meetings(filter: $filter, first: 50, after: $after) {
      edges { node { key date kind status city officials(first: 10) { edges { node { key name country { code name } } } } } }
      pageInfo { hasNextPage endCursor }
    }
  }`,
  pair: `query ExplorerPair($filter: MeetingFilter) {
    meetings(filter: $filter, first: 50) {
      edges { node { key date kind status city country { code name } evidence(first: 5) { edges { node { text article { key url title } } } } } }
    }
  }`,
  timeline: `query ExplorerTimeline($filter: StatsFilter) {
    stats { meetingsPerMonth(filter: $filter) { month meetings } }
  }`,
} as const;

/** fetch failed or the server answered something that is not GraphQL (proxy error, 5xx page). */
export class ApiUnavailableError extends Error {
  override name = 'ApiUnavailableError';
}

/** The API answered with GraphQL errors. */
export class ApiQueryError extends Error {
  override name = 'ApiQueryError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export class Api {
  constructor(
    private readonly endpoint = '/graphql',
    private readonly fetchImpl: Fetch = (input, init) => fetch(input, init),
  ) {}

  private async request<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
    let res: Response;
    try {
      res = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query, variables }),
        ...(signal ? { signal } : {}),
      });
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new ApiUnavailableError(`The API at ${this.endpoint} cannot be reached (${err instanceof Error ? err.message : String(err)}).`);
    }
    let body: GraphQLResponse<T>;
    try {
      body = (await res.json()) as GraphQLResponse<T>;
    } catch {
      throw new ApiUnavailableError(`The API answered HTTP ${res.status} without a GraphQL response.`);
    }
    const first = body.errors?.[0];
    if (first) throw new ApiQueryError(first.message, first.extensions?.code);
    if (!body.data) throw new ApiUnavailableError(`The API answered HTTP ${res.status} without data.`);
    return body.data;
  }

  async searchOfficials(search: string, first = 8, signal?: AbortSignal): Promise<OfficialSuggestion[]> {
    const data = await this.request<{ officials: { edges: { node: OfficialSuggestion }[] } }>(
      QUERIES.search,
      { search, first },
      signal,
    );
    return data.officials.edges.map((e) => e.node);
  }

  /** Every country in the graph (a few hundred at most), for suggestions filtered in the page. */
  async allCountries(signal?: AbortSignal): Promise<CountryRef[]> {
    const out: CountryRef[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const data: { countries: { edges: { node: CountryRef }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await this.request(
        QUERIES.countries,
        { after },
        signal,
      );
      out.push(...data.countries.edges.map((e) => e.node));
      if (!data.countries.pageInfo.hasNextPage) break;
      after = data.countries.pageInfo.endCursor;
    }
    return out;
  }

  /**
   * Meetings attended by an official or joined by a country, within the filters, with their attendees.
   * Pages of 50 (the API's complexity limit allows 50 × 10 attendees); stops after `maxMeetings`.
   */
  async meetingsAround(
    focus: { official: string } | { country: string },
    filters: Filters,
    maxMeetings = 200,
    signal?: AbortSignal,
  ): Promise<{ meetings: MeetingSummary[]; more: boolean }> {
    const filter = {
      ...('official' in focus ? { officials: [focus.official] } : { countries: [focus.country] }),
      ...meetingFilter(filters),
    };
    const meetings: MeetingSummary[] = [];
    let after: string | null = null;
    let more = false;
    type Page = {
      meetings: {
        edges: { node: Omit<MeetingSummary, 'officials'> & { officials: { edges: { node: OfficialRef }[] } } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    while (meetings.length < maxMeetings) {
      const data: Page = await this.request<Page>(
        QUERIES.meetings,
        { filter, after },
        signal,
      );
      for (const e of data.meetings.edges) meetings.push({ ...e.node, officials: e.node.officials.edges.map((o) => o.node) });
      more = data.meetings.pageInfo.hasNextPage;
      if (!more) break;
      after = data.meetings.pageInfo.endCursor;
    }
    return { meetings, more };
  }

  /** Meetings both officials attended (within the filters), newest first, with their evidence. */
  async meetingsBetween(a: string, b: string, filters: Filters, signal?: AbortSignal): Promise<MeetingDetail[]> {
    type Node = Omit<MeetingDetail, 'evidence'> & { evidence: { edges: { node: EvidenceItem }[] } };
    const data = await this.request<{ meetings: { edges: { node: Node }[] } }>(
      QUERIES.pair,
      { filter: { officials: [a, b], ...meetingFilter(filters) } },
      signal,
    );
    return data.meetings.edges.map((e) => ({ ...e.node, evidence: e.node.evidence.edges.map((x) => x.node) }));
  }

  async meetingsPerMonth(focus: { official: string } | { country: string }, filters: Filters, signal?: AbortSignal): Promise<MonthCount[]> {
    const data = await this.request<{ stats: { meetingsPerMonth: MonthCount[] } }>(
      QUERIES.timeline,
      { filter: { ...focus, ...meetingFilter(filters) } },
      signal,
    );
    return data.stats.meetingsPerMonth;
  }
}

/** The page's filters as the API's MeetingFilter / StatsFilter fields. */
export function meetingFilter(f: Filters): { from?: string; to?: string; kind?: MeetingKind; status?: MeetingStatus } {
  const out: { from?: string; to?: string; kind?: MeetingKind; status?: MeetingStatus } = {};
  if (f.from) out.from = f.from;
  if (f.to) out.to = f.to;
  switch (f.kind) {
    case 'meetings':
      out.kind = 'MEETING';
      out.status = 'HELD';
      break;
    case 'calls':
      out.kind = 'CALL';
      out.status = 'HELD';
      break;
    case 'planned':
      out.status = 'PLANNED';
      break;
    case 'all':
      break;
  }
  return out;
}
