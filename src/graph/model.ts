// The graph model: labels, relationship types and the node shapes the API reads.
// Labels and types come from these constants only; Cypher never builds them from user input.
//
//   (:Article {id, url, title, published, source, sha256, ingestedAt})
//   (:Official {id, name, aliases, aliasText, titles, country, org})
//        -[:REPRESENTS {sources}]->(:Country {code, name})
//        -[:SERVES {sources}]->(:Organization {code, name})
//        -[:ATTENDED {sources}]->(:Meeting {id, kind, status, date, city, country, topics})
//   (:Country)-[:PARTICIPATED_IN {sources}]->(:Meeting)
//   (:Meeting)-[:HELD_IN {sources}]->(:Country)
//   (:Official|:Country|:Organization|:Meeting)-[:MENTIONED_IN {sentences, starts, ends, texts}]->(:Article)
//
// `sources` lists the ids of the articles that support a relationship, so that deleting or
// changing one article removes exactly the facts only it supported. MENTIONED_IN carries the
// evidence: parallel lists of sentence index, start and end offsets (into the article body) and text.

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
