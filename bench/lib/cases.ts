// The queries of bench:api and bench:api-cpu: 64 variants of each over the synthetic graph (bench/lib/graph.ts).
import { code, officialId } from './graph.ts';
import type { GqlBody } from './protocol.ts';

export interface Case {
  name: string;
  gql: (i: number) => GqlBody;
}

/** Distinct requests per query, cycled through. */
export const VARIANTS = 64;

/** Officials ranked 50–2050 by activity (≈ 20–220 meetings each: a minister's decade); the top 50 are an unrealistic tail left out here. */
export const busy = (i: number) => officialId(50 + ((i * 97) % 2000));

export const CASES: Case[] = [
  {
    name: 'whoMet',
    gql: (i) => ({ query: 'query($o: ID!) { whoMet(official: $o, first: 20) { edges { node { meetingCount firstDate lastDate official { name } } } } }', variables: { o: busy(i) } }),
  },
  {
    name: 'neighborhood(d2)',
    gql: (i) => ({
      query: 'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id type label } edges { source target type } } }',
      variables: { id: Buffer.from(`Official:${busy(i)}`).toString('base64') },
    }),
  },
  {
    name: 'path',
    gql: (i) => ({ query: 'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { hops steps { id type } } }', variables: { a: busy(i), b: officialId(1000 + ((i * 37) % 5000)) } }),
  },
  {
    name: 'meetings(filter)',
    gql: (i) => ({
      query: 'query($c: [String!], $from: Date) { meetings(first: 20, filter: { countries: $c, from: $from, kind: MEETING }) { edges { node { date city kind } } } }',
      variables: { c: [code(i % 20)], from: '2020-01-01' },
    }),
  },
];
