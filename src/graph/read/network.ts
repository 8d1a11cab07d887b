// Graph-shaped reads: the shortest chain of meetings between two officials (or countries), and the
// neighbourhood of a node as nodes + edges for Cytoscape / Sigma.
import type { Db } from '../../db/executor.ts';
import type { CountryNode, MeetingNode, OfficialNode, OrganizationNode } from '../model.ts';
import { Label, Rel } from '../model.ts';
import { project, toCountry, toMeeting, toOfficial, toOrganization } from './mappers.ts';
import { int, lines, type Query } from './query.ts';

export type NodeType = 'Official' | 'Country' | 'Organization' | 'Meeting';
export interface NodeRef {
  type: NodeType;
  /** `id` of officials and meetings, `code` of countries and organizations. */
  key: string;
}

export const MAX_PATH_HOPS = 6;
export const MAX_NEIGHBORHOOD_DEPTH = 3;

/** How to find a node of each type by its key; `$param` is filled in by the builder. */
const FIND: Record<NodeType, (v: string, param: string) => string> = {
  Official: (v, p) => `(${v}:${Label.Official} {id: $${p}})`,
  Country: (v, p) => `(${v}:${Label.Country} {code: $${p}})`,
  Organization: (v, p) => `(${v}:${Label.Organization} {code: $${p}})`,
  Meeting: (v, p) => `(${v}:${Label.Meeting} {id: $${p}})`,
};

/** The type of node `v`, as NodeType. */
const NODE_TYPE = (v: string) => `CASE WHEN ${v}:${Label.Official} THEN 'Official' WHEN ${v}:${Label.Meeting} THEN 'Meeting' WHEN ${v}:${Label.Country} THEN 'Country' ELSE 'Organization' END`;

const NODE_REF = (v: string) => `{type: ${NODE_TYPE(v)}, key: coalesce(${v}.id, ${v}.code)}`;

function boundedInt(value: number, min: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(`${what} must be an integer from ${min} to ${max}`);
  return value;
}

/**
 * Shortest chain of meetings between two officials (ATTENDED) or two countries (PARTICIPATED_IN);
 * between an official and a country, both. One meeting is two relationships, so the bound of the
 * variable-length pattern is 2 × maxHops: a validated integer from a closed range (Cypher cannot
 * take it as a parameter). Cancelled meetings do not link anyone.
 */
export function shortestChain(from: NodeRef, to: NodeRef, maxHops: number): Query {
  const hops = boundedInt(maxHops, 1, MAX_PATH_HOPS, 'maxHops');
  if (from.type === 'Meeting' || from.type === 'Organization' || to.type === 'Meeting' || to.type === 'Organization') {
    throw new RangeError('a path links officials or countries');
  }
  const types = from.type === to.type ? (from.type === 'Official' ? Rel.ATTENDED : Rel.PARTICIPATED_IN) : `${Rel.ATTENDED}|${Rel.PARTICIPATED_IN}`;
  return {
    cypher: lines(
      `MATCH ${FIND[from.type]('a', 'from')}, ${FIND[to.type]('b', 'to')}`,
      `MATCH p = shortestPath((a)-[:${types}*..${2 * hops}]-(b))`,
      `WHERE all(n IN nodes(p) WHERE NOT n:${Label.Meeting} OR n.status <> 'cancelled')`,
      `RETURN [n IN nodes(p) | ${NODE_REF('n')}] AS steps`,
    ),
    params: { from: from.key, to: to.key },
  };
}

/** Relationships a neighbourhood follows (articles would make every story a hub, so MENTIONED_IN is left out). */
const NETWORK_REL_TYPES: readonly string[] = [Rel.ATTENDED, Rel.PARTICIPATED_IN, Rel.HELD_IN, Rel.REPRESENTS, Rel.SERVES];
const NETWORK_RELS = NETWORK_REL_TYPES.join('|');

/** Edges are read from the side of small degree: a meeting's few participants, an official's country and organization (never an official's meetings). */
const MEETING_RELS = [Rel.ATTENDED, Rel.PARTICIPATED_IN, Rel.HELD_IN].join('|');
const OFFICIAL_RELS = [Rel.REPRESENTS, Rel.SERVES].join('|');
/**
 * An edge seen from node x: [type, x is its start, elementId of the other end, number of supporting articles],
 * the last only when asked for (`articles` null: three items). A meeting's relationships list their
 * sources; an official's REPRESENTS / SERVES is supported by every article that mentions him (see
 * graph/README.md), counted from his MENTIONED_IN.
 */
const EDGE = (x: string, r: string, y: string, articles: string | null) => `[type(${r}), startNode(${r}) = ${x}, elementId(${y})${articles === null ? '' : `, ${articles}`}]`;

/** A node's properties, by type: all of them, or only those its label needs (schema/network.ts nodeLabel). */
const NODE_PROPS = {
  all: { Official: project.official, Meeting: project.meeting, Country: project.country, Organization: project.organization },
  label: { Official: (v: string) => `${v} {.id, .name}`, Meeting: (v: string) => `${v} {.id, .kind, .date, .city}`, Country: project.country, Organization: project.organization },
} as const;

export interface NeighborhoodOptions {
  /**
   * Read every property of each node (default), or only what its label needs: a network view that
   * does not ask for props gets a node's name (a meeting's kind, date and city) and nothing else,
   * a third of the values to read, send and decode at depth 2.
   */
  props?: boolean;
  /**
   * Count each edge's supporting articles (default), or not (NetworkEdge.articles 0): reading every
   * relationship's sources and every official's MENTIONED_IN was about 0.7 ms of a depth-2
   * neighbourhood's 5 ms in Neo4j, for a number most graph views do not ask for.
   */
  articles?: boolean;
}

/**
 * Nodes within `depth` relationships of a start node (pruning breadth-first expansion, nearest
 * first, at most `limit`), then every relationship among them, read from the meeting side (and
 * an official's REPRESENTS/SERVES) and kept only when the other end is in the node set. Edges name
 * their other end by element id (the repository maps it to the node's ref): no label checks or
 * key reads per edge end, and small lists instead of maps. A node's type and key are columns of
 * its row, not a map (each map key costs the driver a property definition when it decodes it).
 */
export function neighborhood(start: NodeRef, depth: number, limit: number, opts: NeighborhoodOptions = {}): Query {
  const d = boundedInt(depth, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
  const props = NODE_PROPS[opts.props === false ? 'label' : 'all'];
  const articles = opts.articles !== false;
  return {
    cypher: lines(
      `MATCH ${FIND[start.type]('s', 'key')}`,
      `CALL (s) {`,
      `  MATCH (s)-[:${NETWORK_RELS}*1..${d}]-(n)`,
      `  WHERE n <> s`,
      `  RETURN DISTINCT n LIMIT $limit`,
      `}`,
      `WITH s, collect(n) AS found`,
      `WITH [s] + found AS nodes`,
      `UNWIND nodes AS x`,
      `RETURN elementId(x) AS eid, ${NODE_TYPE('x')} AS type, coalesce(x.id, x.code) AS key,`,
      `  CASE WHEN x:${Label.Official} THEN ${props.Official('x')} WHEN x:${Label.Meeting} THEN ${props.Meeting('x')} WHEN x:${Label.Country} THEN ${props.Country('x')} ELSE ${props.Organization('x')} END AS props,`,
      `  CASE`,
      `    WHEN x:${Label.Meeting} THEN COLLECT { MATCH (x)-[r:${MEETING_RELS}]-(y) WHERE y IN nodes RETURN ${EDGE('x', 'r', 'y', articles ? 'size(coalesce(r.sources, []))' : null)} }`,
      `    WHEN x:${Label.Official} THEN COLLECT { MATCH (x)-[r:${OFFICIAL_RELS}]->(y) WHERE y IN nodes RETURN ${EDGE('x', 'r', 'y', articles ? `COUNT { (x)-[:${Rel.MENTIONED_IN}]->() }` : null)} }`,
      `    ELSE [] END AS edges`,
    ),
    params: { key: start.key, limit: int(limit) },
  };
}

export type NetworkNode =
  | { ref: NodeRef & { type: 'Official' }; official: OfficialNode }
  | { ref: NodeRef & { type: 'Country' }; country: CountryNode }
  | { ref: NodeRef & { type: 'Organization' }; organization: OrganizationNode }
  | { ref: NodeRef & { type: 'Meeting' }; meeting: MeetingNode };

export interface NetworkEdge {
  type: string;
  /** Index in `Network.nodes` of the relationship's start node. */
  source: number;
  /** Index in `Network.nodes` of its end node. */
  target: number;
  /** Number of articles supporting the relationship (0 with NeighborhoodOptions.articles false). */
  articles: number;
}

export interface Network {
  /** With NeighborhoodOptions.props false, each node has only the properties its label needs (the others empty). */
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** True when the limit cut the neighbourhood short. */
  truncated: boolean;
}

function toNetworkNode(ref: NodeRef, props: Record<string, unknown>): NetworkNode {
  switch (ref.type) {
    case 'Official':
      return { ref: { type: 'Official', key: ref.key }, official: toOfficial(props) };
    case 'Country':
      return { ref: { type: 'Country', key: ref.key }, country: toCountry(props) };
    case 'Organization':
      return { ref: { type: 'Organization', key: ref.key }, organization: toOrganization(props) };
    case 'Meeting':
      return { ref: { type: 'Meeting', key: ref.key }, meeting: toMeeting(props) };
  }
}

export function createNetworkReads(db: Db) {
  return {
    /** The chain endpoint, meeting, endpoint, …; null when not linked within maxHops. from == to is a chain of length 0. */
    async shortestChain(from: NodeRef, to: NodeRef, maxHops: number): Promise<NodeRef[] | null> {
      if (from.type === to.type && from.key === to.key) {
        // shortestPath between a node and itself is an error in Neo4j: answer without asking it (but check the node exists).
        const q = { cypher: `MATCH ${FIND[from.type]('a', 'key')} RETURN count(a) AS n`, params: { key: from.key } };
        const [row] = await db.readRows<{ n: number }>('network.path.self', q.cypher, q.params);
        return row && row.n > 0 ? [from] : null;
      }
      const q = shortestChain(from, to, maxHops);
      const [row] = await db.readRows<{ steps: NodeRef[] }>('network.path', q.cypher, q.params);
      return row ? row.steps : null;
    },
    async neighborhood(start: NodeRef, depth: number, limit: number, opts: NeighborhoodOptions = {}): Promise<Network> {
      const q = neighborhood(start, depth, limit, opts);
      type Row = { eid: string; type: NodeType; key: string; props: Record<string, unknown>; edges: [string, boolean, string, number?][] };
      const rows = await db.readRows<Row>('network.neighborhood', q.cypher, q.params);
      const n = rows.length;
      const nodes = new Array<NetworkNode>(n);
      const indexOf = new Map<string, number>();
      for (let i = 0; i < n; i++) {
        const row = rows[i]!;
        nodes[i] = toNetworkNode({ type: row.type, key: row.key }, row.props);
        indexOf.set(row.eid, i);
      }
      // Parallel relationships of one type between the same two nodes are one edge: a numeric key per
      // (source, target, type) instead of a string of two element ids (most of this loop's time before).
      const types = NETWORK_REL_TYPES.length + 1;
      const seen = new Set<number>();
      const edges: NetworkEdge[] = [];
      for (let i = 0; i < n; i++) {
        for (const [type, out, other, articles] of rows[i]!.edges) {
          const j = indexOf.get(other);
          if (j === undefined) continue;
          const source = out ? i : j;
          const target = out ? j : i;
          const key = (source * n + target) * types + NETWORK_REL_TYPES.indexOf(type) + 1; // type 0: none the query returns
          if (seen.has(key)) continue;
          seen.add(key);
          edges.push({ type, source, target, articles: articles === undefined ? 0 : Number(articles) });
        }
      }
      return { nodes, edges, truncated: n - 1 >= limit };
    },
  };
}

export type NetworkReads = ReturnType<typeof createNetworkReads>;
