// The shapes that flow through the ingester: article in, extraction out.
// The extraction keeps provenance (sentence offsets into `Article.body`) for every fact;
// `toContract` drops it to print exactly the JSON of ../shared/eval/GUIDELINES.md.

export interface Article {
  /** File name without extension, or the id given in JSON input. */
  id: string;
  url: string | null;
  title: string | null;
  /** ISO date (YYYY-MM-DD) or null when missing / "unknown". */
  published: string | null;
  source: string | null;
  /** The story text. Offsets in `Evidence` refer to this string. */
  body: string;
}

/** One sentence of the body that supports a fact. */
export interface Evidence {
  /** Index of the sentence in the body. */
  sentence: number;
  /** Character offsets into `Article.body`, end exclusive. */
  start: number;
  end: number;
  text: string;
}

export type MeetingKind = 'meeting' | 'call' | 'other';
export type MeetingStatus = 'held' | 'planned' | 'cancelled';

export interface ExtractedOfficial {
  name: string;
  aliases: string[];
  /** ISO 3166-1 alpha-2, or null for officials of an intergovernmental body. */
  country: string | null;
  /** Short upper-case code of an intergovernmental body (EU, UN, NATO, …), else null. */
  org: string | null;
  title: string | null;
  evidence: Evidence[];
}

export interface ExtractedCountry {
  code: string;
  evidence: Evidence[];
}

export interface ExtractedMeeting {
  kind: MeetingKind;
  status: MeetingStatus;
  /** ISO date or null. */
  date: string | null;
  city: string | null;
  country: string | null;
  /** Names exactly as in `ExtractedOfficial.name`. */
  participants: string[];
  countries: string[];
  /** Short labels, best effort ("Ukraine war", "sanctions"). */
  topics: string[];
  evidence: Evidence[];
}

export interface Extraction {
  id: string;
  officials: ExtractedOfficial[];
  countries: ExtractedCountry[];
  meetings: ExtractedMeeting[];
}

/** The contract JSON of GUIDELINES.md, without provenance. */
export interface ContractExtraction {
  id: string;
  officials: { name: string; aliases: string[]; country: string | null; org: string | null; title: string | null }[];
  countries: string[];
  meetings: {
    kind: MeetingKind;
    status: MeetingStatus;
    date: string | null;
    city: string | null;
    country: string | null;
    participants: string[];
    countries: string[];
  }[];
}

export function toContract(x: Extraction): ContractExtraction {
  return {
    id: x.id,
    officials: x.officials.map(({ name, aliases, country, org, title }) => ({ name, aliases, country, org, title })),
    countries: x.countries.map((c) => c.code),
    meetings: x.meetings.map(({ kind, status, date, city, country, participants, countries }) => ({
      kind,
      status,
      date,
      city,
      country,
      participants,
      countries,
    })),
  };
}
