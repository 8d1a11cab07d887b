// Compiled execution (GRAPHQL_JIT=true): which documents are compiled, and that a compiled query
// answers exactly as graphql-js does. No database: the graph's network reads are stubbed.
import { parse } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.ts';
import { Db } from '../../src/db/executor.ts';
import type { Network } from '../../src/graph/read/network.ts';
import { compilable, expandedFieldCount, JIT_MAX_EXPANDED_FIELDS } from '../../src/schema/jit.ts';
import { gql, testDeps } from '../helpers/app.ts';

/** F0 has two fields; Fi spreads F(i-1) twice: 2^(levels+1) fields once expanded. */
function fragmentBomb(levels: number): string {
  const frags = [`fragment F0 on Official { name key }`];
  for (let i = 1; i <= levels; i++) frags.push(`fragment F${i} on Official { ...F${i - 1} ...F${i - 1} }`);
  return `{ officials(first: 100) { edges { node { ...F${levels} } } } }\n${frags.join('\n')}`;
}

const NEIGHBORHOOD = `query($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 10) {
    truncated
    nodes { id type label props { name code country organization titles kind status date city } }
    edges { id source target type props { articles } }
  }
}`;

describe('which documents are compiled', () => {
  it('counts fields with fragments expanded, each spread in full', () => {
    expect(expandedFieldCount(parse('{ a { b c } d }'))).toBe(4);
    expect(expandedFieldCount(parse('{ a { ...F ...F } } fragment F on A { b c }'))).toBe(5);
    expect(expandedFieldCount(parse(fragmentBomb(30)))).toBe(3 + 2 ** 31);
    expect(expandedFieldCount(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'))).toBe(Infinity);
  });

  it('compiles small queries only: no fragment bomb, no mutation or subscription', () => {
    expect(compilable(parse(NEIGHBORHOOD))).toBe(true);
    expect(compilable(parse(fragmentBomb(8)))).toBe(2 ** 9 + 3 <= JIT_MAX_EXPANDED_FIELDS);
    expect(compilable(parse(fragmentBomb(30)))).toBe(false);
    expect(compilable(parse('mutation { a }'))).toBe(false);
    expect(compilable(parse('subscription { a }'))).toBe(false);
  });
});

describe('GRAPHQL_JIT=true', () => {
  // Never connected: the tests below reach no repository that uses it.
  const db = new Db({ uri: 'bolt://127.0.0.1:9', user: 'neo4j', password: 'unused-password', database: 'neo4j' }, { txTimeoutMs: 1_000 });
  afterAll(() => db.close());

  const network: Network = {
    nodes: [
      { ref: { type: 'Official', key: 'o1' }, official: { id: 'o1', name: 'Ana Example', aliases: [], titles: ['Minister'], country: 'AA', org: null } },
      { ref: { type: 'Meeting', key: 'm1' }, meeting: { id: 'm1', kind: 'call', status: 'held', date: '2024-05-01', city: null, country: 'AA', topics: [] } },
      { ref: { type: 'Country', key: 'AA' }, country: { code: 'AA', name: 'Aland' } },
    ],
    edges: [
      { type: 'ATTENDED', source: 0, target: 1, articles: 2 },
      { type: 'REPRESENTS', source: 0, target: 2, articles: 1 },
    ],
    truncated: false,
  };
  const app = (jit: boolean) => {
    const deps = testDeps(db, { GRAPHQL_JIT: String(jit) });
    // 'broken' stands for a repository failing unexpectedly (masked as INTERNAL).
    const neighborhood = async (start: { key: string }) => {
      if (start.key === 'broken') throw new TypeError('a bug');
      return network;
    };
    return createApp({ ...deps, graph: { ...deps.graph, network: { ...deps.graph.network, neighborhood } } });
  };
  /** Status and body text, byte for byte. */
  const answer = async (jit: boolean, query: string) => {
    const res = await app(jit).fetch('http://yoga/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    return `${res.status} ${await res.text()}`;
  };

  it('a compiled query answers exactly as graphql-js', async () => {
    const [compiled, plain] = await Promise.all([gql(app(true), NEIGHBORHOOD, { id: 'o1' }), gql(app(false), NEIGHBORHOOD, { id: 'o1' })]);
    expect(compiled.errors).toBeUndefined();
    expect(compiled).toEqual(plain);
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(plain));
  });

  it('expected errors keep their code and argument', async () => {
    const res = await gql(app(true), '{ neighborhood(id: "o1", depth: 9) { truncated } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'depth' });
  });

  it('answers with errors are the same bytes as without compilation: errors first, with their locations', async () => {
    const queries = [
      '{ neighborhood(id: "o1", depth: 9) { truncated } }',
      // partial data, errors on other lines (graphql-js counts \r\n, \n and \r as line breaks)
      'query {\r\n  a: neighborhood(id: "o1", depth: 1) { truncated }\r\n  b: neighborhood(id: "o1", depth: 9) {\n truncated }\r  c: neighborhood(id: "broken", depth: 1) { truncated }\n}',
    ];
    for (const query of queries) {
      const [compiled, plain] = await Promise.all([answer(true, query), answer(false, query)]);
      expect(compiled).toBe(plain);
    }
    expect(await answer(true, queries[1]!)).toContain('"locations":[{"line":3,"column":3}]');
  });

  it('a variable of the wrong type is refused as without compilation (400, BAD_USER_INPUT, same message)', async () => {
    const query = 'query($n: Int) { neighborhood(id: "o1", depth: $n) { truncated } }';
    const [compiled, plain] = await Promise.all([gql(app(true), query, { n: 'two' }), gql(app(false), query, { n: 'two' })]);
    expect(compiled.status).toBe(400);
    expect(compiled.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(compiled).toEqual(plain);
  });

  it('a 30-level fragment bomb is not compiled: refused quickly, as without compilation', async () => {
    const t0 = performance.now();
    const res = await gql(app(true), fragmentBomb(30));
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(res.errors?.[0]?.extensions?.code).toMatch(/LIMIT_EXCEEDED|GRAPHQL_VALIDATION_FAILED/);
  });
});
