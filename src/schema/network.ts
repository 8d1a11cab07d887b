// Graph-shaped answers: the shortest chain of meetings between two officials (or countries), and a
// node's neighbourhood as {nodes, edges} ready for Cytoscape / Sigma (ids are Relay global ids).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { AppError } from '../errors.ts';
import { MAX_NEIGHBORHOOD_DEPTH, MAX_PATH_HOPS, type Network, type NetworkNode, type NodeRef, type NodeType } from '../graph/read/network.ts';
import { builder } from './builder.ts';
import { selects, tryDecodeGlobalId } from './connections.ts';
import { Country } from './country.ts';
import { Meeting } from './meeting.ts';
import { Official } from './official.ts';

export const MAX_NEIGHBORHOOD_NODES = 1000;

const NodeTypeEnum = builder.enumType('NodeType', { values: ['Official', 'Country', 'Organization', 'Meeting'] as const });

const NODE_TYPES = new Set<string>(['Official', 'Country', 'Organization', 'Meeting']);
const gid = (r: NodeRef): string => encodeGlobalID(r.type, r.key);

/**
 * The same global id as encodeGlobalID (base64 of the UTF-8 of `Type:key`), through btoa when the
 * text is ASCII (where UTF-8 and Latin-1 are the same bytes): about 4× faster than Buffer.from per
 * id, and a depth-2 neighbourhood encodes some 200 of them per request.
 */
const ASCII = /^[\x00-\x7f]*$/;
function fastGid(r: NodeRef): string {
  const text = `${r.type}:${r.key}`;
  return ASCII.test(text) ? btoa(text) : gid(r);
}

/**
 * A neighbourhood as the API shows it: global ids and labels computed once per node (ids copied onto
 * the edges), so every field but props is a plain property (a depth-2 answer is some 5,000 fields;
 * each of them through a resolver closure, with graphql-jit building a resolve info per call, and a
 * global-id lookup per edge end was a measurable share of its time).
 */
interface NetworkView {
  nodes: NodeView[];
  edges: EdgeView[];
  truncated: boolean;
}
interface NodeView {
  id: string;
  type: NodeType;
  label: string;
  node: NetworkNode;
}
interface EdgeView {
  type: string;
  source: string;
  target: string;
  articles: number;
}

function networkView(network: Network): NetworkView {
  const nodes = network.nodes.map((node): NodeView => ({ id: fastGid(node.ref), type: node.ref.type, label: nodeLabel(node), node }));
  const edges = network.edges.map((e): EdgeView => ({ type: e.type, source: nodes[e.source]!.id, target: nodes[e.target]!.id, articles: e.articles }));
  return { nodes, edges, truncated: network.truncated };
}

/** A node reference from an ID argument: a global id of one of `allowed`, or a raw official key. */
function refFromId(value: string, allowed: readonly NodeType[], argument: string): NodeRef {
  const decoded = tryDecodeGlobalId(value);
  if (decoded && NODE_TYPES.has(decoded.typename)) {
    const type = decoded.typename as NodeType;
    if (!allowed.includes(type)) throw new AppError('BAD_USER_INPUT', `"${argument}" must be the id of a ${allowed.join(' or ')}, not of a ${type}.`, { argument });
    return { type, key: decoded.id };
  }
  if (allowed.includes('Official')) return { type: 'Official', key: value };
  throw new AppError('BAD_USER_INPUT', `"${argument}" must be a global id (of a ${allowed.join(' or ')}).`, { argument });
}

function checkInt(value: number, min: number, max: number, argument: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new AppError('BAD_USER_INPUT', `"${argument}" must be from ${min} to ${max}.`, { argument });
  return value;
}

const PathStep = builder.objectRef<NodeRef>('PathStep').implement({
  description: 'One node of a chain: an endpoint (official or country) or a meeting linking two of them',
  fields: (t) => ({
    id: t.id({ resolve: gid }),
    type: t.expose('type', { type: NodeTypeEnum }),
    official: t.field({ type: Official, nullable: true, resolve: (r) => (r.type === 'Official' ? r.key : null) }),
    country: t.field({ type: Country, nullable: true, resolve: (r) => (r.type === 'Country' ? r.key : null) }),
    meeting: t.field({ type: Meeting, nullable: true, resolve: (r) => (r.type === 'Meeting' ? r.key : null) }),
  }),
});

const Path = builder.objectRef<NodeRef[]>('Path').implement({
  description: 'The shortest chain of meetings linking two officials (or countries)',
  fields: (t) => ({
    hops: t.int({ description: 'Meetings on the chain (0 when from = to)', resolve: (steps) => steps.filter((s) => s.type === 'Meeting').length }),
    steps: t.field({ type: [PathStep], description: 'from, meeting, …, meeting, to', resolve: (steps) => steps }),
    meetings: t.field({ type: [Meeting], description: 'The meetings on the chain, in order', resolve: (steps) => steps.filter((s) => s.type === 'Meeting').map((s) => s.key) }),
  }),
});

const NetworkNodeProps = builder.objectRef<NetworkNode>('NetworkNodeProps').implement({
  description: 'Properties of a network node; which are set depends on its type',
  fields: (t) => ({
    name: t.string({ nullable: true, resolve: (n) => ('official' in n ? n.official.name : 'country' in n ? n.country.name : 'organization' in n ? n.organization.name : null) }),
    code: t.string({ nullable: true, resolve: (n) => ('country' in n ? n.country.code : 'organization' in n ? n.organization.code : null) }),
    country: t.string({ nullable: true, resolve: (n) => ('official' in n ? n.official.country : 'meeting' in n ? n.meeting.country : null) }),
    organization: t.string({ nullable: true, resolve: (n) => ('official' in n ? n.official.org : null) }),
    titles: t.stringList({ nullable: true, resolve: (n) => ('official' in n ? n.official.titles : null) }),
    kind: t.string({ nullable: true, resolve: (n) => ('meeting' in n ? n.meeting.kind : null) }),
    status: t.string({ nullable: true, resolve: (n) => ('meeting' in n ? n.meeting.status : null) }),
    date: t.field({ type: 'Date', nullable: true, resolve: (n) => ('meeting' in n ? n.meeting.date : null) }),
    city: t.string({ nullable: true, resolve: (n) => ('meeting' in n ? n.meeting.city : null) }),
  }),
});

function nodeLabel(n: NetworkNode): string {
  if ('official' in n) return n.official.name;
  if ('country' in n) return n.country.name;
  if ('organization' in n) return n.organization.name;
  const m = n.meeting;
  return [m.kind === 'call' ? 'Call' : 'Meeting', m.date, m.city].filter(Boolean).join(' · ');
}

const NetworkNodeRef = builder.objectRef<NodeView>('NetworkNode').implement({
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Global id (usable with node(id))' }),
    type: t.expose('type', { type: NodeTypeEnum }),
    label: t.exposeString('label'),
    props: t.field({ type: NetworkNodeProps, resolve: (v) => v.node }),
  }),
});

const NetworkEdgeProps = builder.objectRef<EdgeView>('NetworkEdgeProps').implement({
  fields: (t) => ({ articles: t.exposeInt('articles', { description: 'Articles supporting the relationship' }) }),
});

const NetworkEdgeRef = builder.objectRef<EdgeView>('NetworkEdge').implement({
  fields: (t) => ({
    id: t.string({ description: 'Unique within the answer', resolve: (e) => `${e.type}:${e.source}:${e.target}` }),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.exposeString('type', { description: 'ATTENDED, PARTICIPATED_IN, HELD_IN, REPRESENTS or SERVES' }),
    props: t.field({ type: NetworkEdgeProps, resolve: (e) => e }),
  }),
});

const NetworkRef = builder.objectRef<NetworkView>('Network').implement({
  description: 'Nodes and edges around a node, for graph views',
  fields: (t) => ({
    nodes: t.expose('nodes', { type: [NetworkNodeRef] }),
    edges: t.expose('edges', { type: [NetworkEdgeRef] }),
    truncated: t.exposeBoolean('truncated', { description: 'The limit cut the neighbourhood short' }),
  }),
});

builder.queryFields((t) => ({
  path: t.field({
    type: Path,
    nullable: true,
    description: `Shortest chain of meetings linking two officials or countries (null when none within maxHops ≤ ${MAX_PATH_HOPS})`,
    args: {
      from: t.arg.id({ required: true, description: 'Global id of an Official or Country (or an official key)' }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4, description: `Meetings on the chain, at most ${MAX_PATH_HOPS}` }),
    },
    complexity: (args) => 5 * (args.maxHops ?? 4),
    resolve: (_root, args, ctx) => {
      const hops = checkInt(args.maxHops ?? 4, 1, MAX_PATH_HOPS, 'maxHops');
      const from = refFromId(String(args.from), ['Official', 'Country'], 'from');
      const to = refFromId(String(args.to), ['Official', 'Country'], 'to');
      return ctx.graph.network.shortestChain(from, to, hops);
    },
  }),
  neighborhood: t.field({
    type: NetworkRef,
    description: `Nodes within depth ≤ ${MAX_NEIGHBORHOOD_DEPTH} relationships of a node (nearest first, at most limit ≤ ${MAX_NEIGHBORHOOD_NODES}) and the edges among them`,
    args: {
      id: t.arg.id({ required: true, description: 'Global id of an Official, Country, Organization or Meeting (or an official key)' }),
      depth: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: 100 }),
    },
    complexity: (args) => ({ field: Math.ceil((args.limit ?? 100) / 10) * (args.depth ?? 1), multiplier: 1 }),
    resolve: async (_root, args, ctx, info) => {
      const depth = checkInt(args.depth ?? 1, 1, MAX_NEIGHBORHOOD_DEPTH, 'depth');
      const limit = checkInt(args.limit ?? 100, 1, MAX_NEIGHBORHOOD_NODES, 'limit');
      // Only the label's properties unless the query asks for the nodes' props, and the edges'
      // article counts only when it asks for the edges' props (most graph views ask for neither).
      const props = selects(info, ['nodes', 'props']);
      const articles = selects(info, ['edges', 'props']);
      return networkView(await ctx.graph.network.neighborhood(refFromId(String(args.id), ['Official', 'Country', 'Organization', 'Meeting'], 'id'), depth, limit, { props, articles }));
    },
  }),
}));
