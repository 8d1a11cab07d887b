// Cypher of the loader, one constant per statement. Labels and types come from model.ts; every value
// is a parameter, and every write is one `UNWIND $rows` over a batch (STYLE 3). A test snapshots
// this text (test/graph/cypher.test.ts) so a change is reviewable without a database.
// Several writes share one statement as `CALL () { UNWIND $list … }` blocks: one round trip each.
// `SET n._lock = true REMOVE n._lock` takes a node's write lock (held until commit) and changes nothing.
// The many-row parameters (mentions, relationships, officials) are lists, not maps: `[official, article, …]`,
// read back by position in a WITH that names each one. A map repeats its keys in every row, and packing
// and unpacking those keys was a fifth of the values Bolt carried for a batch. The positions are fixed by
// the row types in ../loader.ts (MentionRow, …), which name them in the same order.
import { Label as L, Rel as R } from '../model.ts';

/**
 * Every statement keeps its first plan. Planning one of these takes 50–400 ms of server CPU, and while a
 * load grows the graph from nothing the statistics change enough to replan each statement every few
 * seconds (a fifth of Neo4j's CPU in bench:ingest). The plans do not depend on the statistics: every
 * lookup is an equality or prefix seek on a unique or indexed key, whatever the graph's size.
 */
const KEEP_PLAN = 'CYPHER replan=skip';

/**
 * Locks the articles of a batch (rows sorted by id) before anything is read, so that two loaders given
 * the same article wait for each other; returns the stored sha256 (null: the article is new). A new
 * article gets its properties here, under the lock its MERGE took (`_created` marks it for this
 * statement only), so WRITE_BASE writes only changed ones; it disappears if the transaction rolls back.
 */
export const LOCK_ARTICLES = `${KEEP_PLAN}
UNWIND $rows AS row
MERGE (a:${L.Article} {id: row.id})
ON CREATE SET a += row.props, a._created = true
SET a._lock = true
WITH a, a._created IS NOT NULL AS created
REMOVE a._lock, a._created
RETURN a.id AS id, CASE WHEN created THEN null ELSE a.sha256 END AS sha256, a.extractedAs AS extractedAs`;

/** Locks one stored article; no row when it is not in the graph. */
export const LOCK_STORED_ARTICLE = `${KEEP_PLAN}
MATCH (a:${L.Article} {id: $id})
SET a._lock = true REMOVE a._lock
RETURN a.id AS id`;

/** What the loader stored of an article, to write it again when the surname rule changes its officials. */
export const READ_STORED_ARTICLES = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (a:${L.Article} {id: id})
RETURN a.id AS id, a.url AS url, a.title AS title, a.published AS published, a.source AS source,
       a.sha256 AS sha256, a.ingestedAt AS ingestedAt, a.extraction AS extraction`;

/**
 * Removes the official and country mentions of articles about to be replaced or deleted, and says
 * which officials, countries, organisations and meetings they touched (the meetings are recomputed from the
 * remaining reports; their relationships are not deleted here). `mentions`: what each removed official
 * mention said, so the loader can take its votes out of the official's tally.
 */
export const RETRACT_ARTICLES = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (a:${L.Article} {id: id})
CALL (a) {
  OPTIONAL MATCH (a)<-[m:${R.MENTIONED_IN}]-(o:${L.Official})
  WITH collect(o.id) AS officials, collect(o.country) AS officialCountries, collect(o.org) AS orgs, collect(m) AS ms,
       collect(CASE WHEN o IS NULL THEN null ELSE {official: o.id, name: m.name, shortName: m.shortName, title: m.title, aliases: m.aliases} END) AS mentions
  FOREACH (m IN ms | DELETE m)
  RETURN officials, officialCountries, orgs, mentions
}
CALL (a) {
  OPTIONAL MATCH (a)<-[m:${R.MENTIONED_IN}]-(c:${L.Country})
  WITH collect(c.code) AS countries, collect(m) AS ms
  FOREACH (m IN ms | DELETE m)
  RETURN countries
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:${R.MENTIONED_IN}]-(mt:${L.Meeting})
  RETURN collect(mt.id) AS meetings, collect(mt.signature) AS signatures
}
CALL (a) {
  OPTIONAL MATCH (a)<-[:${R.MENTIONED_IN}]-(:${L.Meeting})-[:${R.HELD_IN}|${R.PARTICIPATED_IN}]-(c:${L.Country})
  RETURN collect(DISTINCT c.code) AS meetingCountries
}
RETURN a.id AS id, officials, mentions, officialCountries + countries + meetingCountries AS countries, orgs, meetings, signatures`;

/**
 * Places, articles and full-name officials of a round, in one round trip. `created` says an official
 * did not exist before (the surname rule must then be checked again for its surname).
 */
export const WRITE_BASE = `${KEEP_PLAN}
CALL () {
  UNWIND $countries AS row
  MERGE (c:${L.Country} {code: row.code})
  ON CREATE SET c.name = row.name
}
CALL () {
  UNWIND $orgs AS row
  MERGE (g:${L.Organization} {code: row.code})
  ON CREATE SET g.name = row.name
}
CALL () {
  UNWIND $articles AS row
  MERGE (a:${L.Article} {id: row.id})
  SET a += row.props
}
UNWIND $officials AS row
WITH row[0] AS id, row[1] AS name, row[2] AS country, row[3] AS org, row[4] AS surname, row[5] AS surnameOnly
OPTIONAL MATCH (x:${L.Official} {id: id})
WITH id, name, country, org, surname, surnameOnly, x IS NULL AS created
MERGE (o:${L.Official} {id: id})
ON CREATE SET o.name = name, o.country = country, o.org = org, o.surname = surname,
              o.surnameOnly = surnameOnly, o.aliases = [], o.aliasText = '', o.titles = []
RETURN id, created`;




/**
 * The surname rule's lock and candidates, per key (keys sorted). The lock is the surname-only
 * official itself ("fr:barrot"), made here if missing: every loader that could change what a key
 * resolves to takes it first, and reads after it. An unused one is deleted with the other officials
 * left without mentions. Candidates: the full-name officials of the scope with that surname.
 */
export const SURNAME_CANDIDATES = `${KEEP_PLAN}
UNWIND $keys AS k
MERGE (s:${L.Official} {id: k.lockId})
ON CREATE SET s.name = k.name, s.country = k.country, s.org = k.org, s.surname = k.surname,
              s.surnameOnly = true, s.aliases = [], s.aliasText = '', s.titles = []
SET s._lock = true REMOVE s._lock
WITH k
CALL (k) {
  MATCH (o:${L.Official} {country: k.country})
  WHERE k.org IS NULL AND o.org IS NULL AND o.surname = k.surname AND NOT o.surnameOnly
  RETURN o.id AS candidate
  UNION
  MATCH (o:${L.Official} {org: k.org})
  WHERE o.surname = k.surname AND NOT o.surnameOnly
  RETURN o.id AS candidate
}
RETURN k.key AS key, collect(candidate) AS candidates`;

/** Surname-only officials made only as a lock by the last check of the surname rule. */
export const DELETE_UNUSED_OFFICIALS = `${KEEP_PLAN}
UNWIND $ids AS id
MATCH (o:${L.Official} {id: id})
WHERE NOT (o)--()
DELETE o`;

/** Articles whose surname-only mention of key k sits on official `official`. */
export const SURNAME_DEPENDENTS = `${KEEP_PLAN}
UNWIND $rows AS row
MATCH (o:${L.Official} {id: row.official})-[m:${R.MENTIONED_IN}]->(a:${L.Article})
WHERE row.key IN m.surnameKeys
RETURN row.key AS key, o.id AS official, collect(a.id) AS articles`;

/**
 * Everything of a round that touches officials, last in the round and in one statement: a batch touches
 * most officials, and a loader holding an official's lock makes every other one wait for its commit, so
 * they are locked as late, and held as briefly, as possible. Deletes the removed articles; makes the
 * surname-only officials that stay alone; takes the write locks of the touched officials and of the
 * meetings' participants (`lockIds`, sorted) before anything is read or written on them; writes the
 * officials' MENTIONED_IN and the rewritten meetings' ATTENDED (deleting their old ones and the groups'
 * stale meetings); deletes the touched officials left without any mention (returning what the surname
 * rule needs) and returns the others' `tally` (JSON counts of the name forms, titles and aliases of all
 * their mentions, maintained by +/- per mention). An official without a tally (new, or written by an
 * older loader) gets its mentions instead, to build the tally from.
 */
export const SETTLE_OFFICIALS = `${KEEP_PLAN}
CALL () {
  UNWIND $deleteArticles AS id
  MATCH (a:${L.Article} {id: id})
  DETACH DELETE a
}
CALL () {
  UNWIND $surnameOfficials AS row
  WITH row[0] AS id, row[1] AS name, row[2] AS country, row[3] AS org, row[4] AS surname, row[5] AS surnameOnly
  MERGE (o:${L.Official} {id: id})
  ON CREATE SET o.name = name, o.country = country, o.org = org, o.surname = surname,
                o.surnameOnly = surnameOnly, o.aliases = [], o.aliasText = '', o.titles = []
}
CALL () {
  UNWIND $lockIds AS id
  MATCH (o:${L.Official} {id: id})
  SET o._lock = true REMOVE o._lock
}
CALL () {
  UNWIND $groups AS g
  WITH g[0] AS prefix, g[1] AS keep
  MATCH (m:${L.Meeting})
  WHERE m.id STARTS WITH prefix AND NOT m.id IN keep
  DETACH DELETE m
}
CALL () {
  UNWIND $meetings AS id
  MATCH (:${L.Official})-[r:${R.ATTENDED}]->(:${L.Meeting} {id: id})
  DELETE r
}
CALL () {
  UNWIND $attended AS row
  WITH row[0] AS official, row[1] AS meeting, row[2] AS sources
  MATCH (o:${L.Official} {id: official})
  MATCH (m:${L.Meeting} {id: meeting})
  CREATE (o)-[:${R.ATTENDED} {sources: sources}]->(m)
}
CALL () {
  UNWIND $mentions AS row
  WITH row[0] AS official, row[1] AS article, row[2] AS sentences, row[3] AS starts, row[4] AS ends, row[5] AS texts,
       row[6] AS name, row[7] AS shortName, row[8] AS title, row[9] AS aliases, row[10] AS surnameKeys
  MATCH (o:${L.Official} {id: official})
  MATCH (a:${L.Article} {id: article})
  CREATE (o)-[:${R.MENTIONED_IN} {
    sentences: sentences, starts: starts, ends: ends, texts: texts,
    name: name, shortName: shortName, title: title, aliases: aliases, surnameKeys: surnameKeys
  }]->(a)
}
CALL () {
  UNWIND $ids AS id
  MATCH (o:${L.Official} {id: id})
  WHERE NOT (o)-[:${R.MENTIONED_IN}]->()
  WITH o, {id: o.id, country: o.country, org: o.org, surname: o.surname, surnameOnly: o.surnameOnly} AS info
  DETACH DELETE o
  RETURN collect(info) AS deleted
}
CALL () {
  UNWIND $ids AS id
  MATCH (o:${L.Official} {id: id})
  CALL (o) {
    MATCH (o)-[m:${R.MENTIONED_IN}]->()
    WHERE o.tally IS NULL
    RETURN collect({name: m.name, shortName: m.shortName, title: m.title, aliases: m.aliases}) AS mentions
  }
  RETURN collect({id: o.id, tally: o.tally, mentions: mentions}) AS officials
}
RETURN deleted, officials`;

/**
 * The officials' new attributes and tallies (computed by the loader from the tally and this round's
 * mentions: see README); REPRESENTS / SERVES for the officials settled for the first time (`first`), made
 * if missing. They carry no sources: every article that mentions an official supports its country or
 * organisation (it is part of the official's id), so their evidence is the official's MENTIONED_IN, and
 * they are written once, not rewritten with every article (an older loader's `sources` on them are
 * dropped then). They are created, not MERGEd: MERGE would also lock the country, which every loader
 * writes to; the official's lock, taken by SETTLE_OFFICIALS, already keeps a second loader from creating
 * one too. Then deletes the countries and organisations nothing refers to any more.
 */
export const WRITE_OFFICIALS = `${KEEP_PLAN}
CALL () {
  UNWIND $officials AS row
  WITH row[0] AS id, row[1] AS props
  MATCH (o:${L.Official} {id: id})
  SET o += props
}
CALL () {
  UNWIND $first AS id
  MATCH (o:${L.Official} {id: id})
  OPTIONAL MATCH (c:${L.Country} {code: o.country})
  OPTIONAL MATCH (g:${L.Organization} {code: o.org})
  WITH o, c, g, c IS NOT NULL AND NOT EXISTS { (o)-[:${R.REPRESENTS}]->(c) } AS represents, g IS NOT NULL AND NOT EXISTS { (o)-[:${R.SERVES}]->(g) } AS serves
  FOREACH (_ IN CASE WHEN represents THEN [1] ELSE [] END | CREATE (o)-[:${R.REPRESENTS}]->(c))
  FOREACH (_ IN CASE WHEN serves THEN [1] ELSE [] END | CREATE (o)-[:${R.SERVES}]->(g))
  WITH o
  OPTIONAL MATCH (o)-[old:${R.REPRESENTS}|${R.SERVES}]->()
  WHERE old.sources IS NOT NULL
  REMOVE old.sources
}
CALL () {
  UNWIND $countries AS code
  MATCH (c:${L.Country} {code: code})
  WHERE NOT (c)--()
  DELETE c
}
CALL () {
  UNWIND $orgs AS code
  MATCH (g:${L.Organization} {code: code})
  WHERE NOT (g)--()
  DELETE g
}`;

/**
 * Locks the touched meeting groups and reads their stored reports, except those of the articles
 * being replaced in this round, each with the meeting it is stored on. A group's lock is a Meeting node with the id "<prefix>~lock": made
 * here and deleted again at once, so it is never seen outside. The lock is the unique constraint's lock on
 * the key, which MERGE takes and the transaction holds until it ends, whatever becomes of the node: a second
 * loader's MERGE of the key waits until this one commits. (Deleting it here, not with the group's stale
 * meetings in SETTLE_OFFICIALS, keeps that work out of the section that holds the officials' locks.)
 */
export const READ_GROUPS = `${KEEP_PLAN}
CALL () {
  UNWIND $lockIds AS id
  MERGE (l:${L.Meeting} {id: id})
  SET l._lock = true REMOVE l._lock
  DELETE l
}
CALL () {
  UNWIND $prefixes AS prefix
  MATCH (m:${L.Meeting})
  WHERE m.id STARTS WITH prefix
  MATCH (m)-[r:${R.MENTIONED_IN}]->(a:${L.Article})
  WHERE NOT a.id IN $exclude
  RETURN collect({prefix: prefix, meeting: m.id, reports: r.reports}) AS reports
}
RETURN reports`;

/**
 * The writes of a round that touch no official, before SETTLE_OFFICIALS locks them: the touched meetings
 * get their attributes and every relationship but ATTENDED anew (ATTENDED and the stale meetings are
 * SETTLE_OFFICIALS' part); the countries' MENTIONED_IN. Nothing here locks a country (new relationships
 * do not wait for a loader writing to the same country).
 */
export const WRITE_MEETINGS = `${KEEP_PLAN}
CALL () {
  UNWIND $meetings AS row
  WITH row[0] AS id, row[1] AS props
  MERGE (m:${L.Meeting} {id: id})
  SET m += props
  WITH m
  CALL (m) {
    OPTIONAL MATCH (m)-[r]-()
    WHERE NOT r:${R.ATTENDED}
    DELETE r
  }
}
CALL () {
  UNWIND $participated AS row
  WITH row[0] AS code, row[1] AS meeting, row[2] AS sources
  MATCH (c:${L.Country} {code: code})
  MATCH (m:${L.Meeting} {id: meeting})
  CREATE (c)-[:${R.PARTICIPATED_IN} {sources: sources}]->(m)
}
CALL () {
  UNWIND $heldIn AS row
  WITH row[0] AS code, row[1] AS meeting, row[2] AS sources
  MATCH (c:${L.Country} {code: code})
  MATCH (m:${L.Meeting} {id: meeting})
  CREATE (m)-[:${R.HELD_IN} {sources: sources}]->(c)
}
CALL () {
  UNWIND $mentions AS row
  WITH row[0] AS meeting, row[1] AS article, row[2] AS sentences, row[3] AS starts, row[4] AS ends, row[5] AS texts, row[6] AS reports
  MATCH (m:${L.Meeting} {id: meeting})
  MATCH (a:${L.Article} {id: article})
  CREATE (m)-[:${R.MENTIONED_IN} {sentences: sentences, starts: starts, ends: ends, texts: texts, reports: reports}]->(a)
}
CALL () {
  UNWIND $countries AS row
  WITH row[0] AS code, row[1] AS article, row[2] AS sentences, row[3] AS starts, row[4] AS ends, row[5] AS texts
  MATCH (c:${L.Country} {code: code})
  MATCH (a:${L.Article} {id: article})
  CREATE (c)-[:${R.MENTIONED_IN} {sentences: sentences, starts: starts, ends: ends, texts: texts}]->(a)
}`;
