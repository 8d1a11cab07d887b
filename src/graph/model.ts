// The graph model: labels, relationship types and the node shapes the API reads.
// Labels and types come from these constants only; Cypher never builds them from user input.
//
//   (:Article {id, url, title, published, source, sha256, ingestedAt})
//   (:Official {id, name, aliases, aliasText, titles, country, org})
//        -[:REPRESENTS]->(:Country {code, name})
//        -[:SERVES]->(:Organization {code, name})
//        -[:ATTENDED {sources}]->(:Meeting {id, kind, status, date, city, country, topics})
//   (:Country)-[:PARTICIPATED_IN {sources}]->(:Meeting)
//   (:Meeting)-[:HELD_IN {sources}]->(:Country)
//   (:Official|:Country|:Meeting)-[:MENTIONED_IN {sentences, starts, ends, texts}]->(:Article)
//
// `sources` lists the ids of the articles that support a meeting's relationship (sorted), so that deleting
// or changing one article removes exactly the facts only it supported. REPRESENTS / SERVES have none: the
// country or organisation is part of the official's id, so his MENTIONED_IN are their sources. MENTIONED_IN carries the
// evidence: parallel lists of sentence index, start and end offsets (into the article body) and text.
//
// Ids (rules and examples in ./README.md):
//   Official.id  "<scope>:<folded-full-name>": scope = country code lower-case ("fr"), "org-<code>"
//                ("org-eu") or "none"; e.g. "fr:jean-noel-barrot". A surname-only mention joins the one
//                full name of its scope with that surname, else it is its own official ("fr:barrot").
//   Meeting.id   "mtg-<16 hex of the signature>-<earliest date of the chain>" or "...-undated-<city>".
//
// Writer bookkeeping (written and read by ./loader.ts only; the API should not map or expose it):
//   Article.extractedAs       hash of the Extraction the facts were written from: a newer extractor that reads
//                             the same text differently makes the article "updated" (its facts rewritten)
//   Article.extraction        JSON of the Extraction, to rewrite the article when the surname rule moves
//                             (only articles with a surname-only name have it)
//   Official.surname, .surnameOnly   folded surname; true for a surname-only official ("fr:barrot")
//   Official.tally            JSON counts of the name forms, titles and aliases of all its mentions, kept
//                             by +/- per mention; name, titles, aliases are derived from it (README "Sources")
//   Meeting.signature         kind|p|<official ids> or kind|s|<country codes>: what makes reports one meeting
//   Official MENTIONED_IN also {name, shortName, title, aliases, surnameKeys}: what that article called him
//   Meeting MENTIONED_IN also {reports}: JSON of that article's raw reports, to recompute the meeting
// Every Official/Country/Meeting has at least one MENTIONED_IN or relationship with sources; none is left
// without support after a load or a delete. Organizations get no MENTIONED_IN (only SERVES).

export const Label = {
  Article: 'Article',
  Official: 'Official',
  Country: 'Country',
  Organization: 'Organization',
  Meeting: 'Meeting',
} as const;

export const Rel = {
  REPRESENTS: 'REPRESENTS',
  SERVES: 'SERVES',
  ATTENDED: 'ATTENDED',
  PARTICIPATED_IN: 'PARTICIPATED_IN',
  HELD_IN: 'HELD_IN',
  MENTIONED_IN: 'MENTIONED_IN',
} as const;

export interface ArticleNode {
  id: string;
  url: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  sha256: string;
  ingestedAt: string;
}

export interface OfficialNode {
  id: string;
  name: string;
  aliases: string[];
  titles: string[];
  country: string | null;
  org: string | null;
}

export interface CountryNode {
  code: string;
  name: string;
}

export interface OrganizationNode {
  code: string;
  name: string;
}

export interface MeetingNode {
  id: string;
  kind: 'meeting' | 'call' | 'other';
  status: 'held' | 'planned' | 'cancelled';
  date: string | null;
  city: string | null;
  country: string | null;
  topics: string[];
}

export interface EvidenceRow {
  articleId: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
}
