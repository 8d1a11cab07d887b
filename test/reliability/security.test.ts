// Security switches on the real test Neo4j: the ingest token guards every mutation (nothing written
// without it), the token never reaches the logs, introspection and GraphiQL can be turned off, and
// CORS is closed unless origins are configured.
import { Writable } from 'node:stream';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import type { Db } from '../../src/db/executor.ts';
import { createLoader } from '../../src/graph/loader.ts';
import { createLogger } from '../../src/logger.ts';
import { gql, testApp, testDeps, TEST_INGEST_TOKEN } from '../helpers/app.ts';
import { resetTestGraph, useTestDb } from '../helpers/db.ts';

let db: Db;
useTestDb((opened) => {
  db = opened;
}, { reset: 'none' });

// Made-up names, so that what this file writes is told apart from other tests' data on a shared server.
const BODY =
  'PARIS, March 3 (Reuters) - French President Aurelien Vantongerloo met German Chancellor Odile Brennerhof in Paris on Monday to discuss support for Ukraine.';

/** What this file's mutations could have written: its articles and the officials of BODY. */
async function written(): Promise<number> {
  const [row] = await db.readRows<{ n: number }>(
    'test:sec-written',
    `CALL () { MATCH (a:Article) WHERE a.id STARTS WITH 'sec-' RETURN count(a) AS articles }
     CALL () { MATCH (o:Official) WHERE o.name CONTAINS 'Brennerhof' OR o.name CONTAINS 'Vantongerloo' RETURN count(o) AS officials }
     RETURN articles + officials AS n`,
  );
  return row?.n ?? -1;
}
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { id status } }`;
const INGEST_MANY = `mutation($input: [ArticleInput!]!) { ingestArticles(input: $input) { id status } }`;
const DELETE = `mutation($id: ID!) { deleteArticle(id: $id) }`;
const article = { id: 'sec-a1', body: BODY, published: '2025-03-03' };

describe('mutations need the bearer token', () => {
  let app: App;
  beforeAll(async () => {
    await resetTestGraph(db);
  });
  beforeEach(async () => {
    await createLoader(db).deleteArticle(article.id);
    app = testApp(db).app;
  });

  const BAD_HEADERS: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['an empty header', { authorization: '' }],
    ['a wrong token', { authorization: 'Bearer wrong-token-wrong-token' }],
    ['the token with one more character', { authorization: `Bearer ${TEST_INGEST_TOKEN}x` }],
    ['a prefix of the token', { authorization: `Bearer ${TEST_INGEST_TOKEN.slice(0, -1)}` }],
    ['the token in upper case', { authorization: `Bearer ${TEST_INGEST_TOKEN.toUpperCase()}` }],
    ['"Bearer" alone', { authorization: 'Bearer' }],
    ['"Bearer " and spaces', { authorization: 'Bearer    ' }],
    ['another scheme', { authorization: `Basic ${Buffer.from(`x:${TEST_INGEST_TOKEN}`).toString('base64')}` }],
    ['the bare token without a scheme', { authorization: TEST_INGEST_TOKEN }],
    ['two tokens', { authorization: `Bearer ${TEST_INGEST_TOKEN} ${TEST_INGEST_TOKEN}` }],
    ['a token with a NUL', { authorization: `Bearer ${TEST_INGEST_TOKEN}\u0000` }],
  ];

  it.each(BAD_HEADERS)('%s → UNAUTHENTICATED and nothing written', async (_label, headers) => {
    let res;
    try {
      res = await gql(app, INGEST, { input: article }, headers);
    } catch (err) {
      // The fetch API itself refuses some header values (a NUL): the request never reaches the app.
      expect(String(err)).toMatch(/header|invalid/i);
      return;
    }
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0]?.message).toMatch(/ingest token/);
    const many = await gql(app, INGEST_MANY, { input: [article, { ...article, id: 'sec-a2' }] }, headers);
    expect(many.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const del = await gql(app, DELETE, { id: 'sec-a0' }, headers);
    expect(del.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await written()).toBe(0);
  });

  it('a server without INGEST_TOKEN refuses every mutation, whatever the header', async () => {
    const deps = testDeps(db);
    const open = createApp({ ...deps, config: { ...deps.config, ingestToken: undefined } });
    for (const authorization of ['', 'Bearer ', `Bearer ${TEST_INGEST_TOKEN}`, 'Bearer undefined']) {
      const res = await gql(open, INGEST, { input: article }, { authorization });
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(await written()).toBe(0);
  });

  it('a delete of a stored article without the token leaves it in place', async () => {
    const ok = await gql(app, INGEST, { input: article }, { authorization: `Bearer ${TEST_INGEST_TOKEN}` });
    expect(ok.errors).toBeUndefined();
    const before = await written();
    expect(before).toBeGreaterThan(0);
    const del = await gql(app, DELETE, { id: article.id }, { authorization: 'Bearer nope-nope-nope-nope' });
    expect(del.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await written()).toBe(before);
  });

  it('the right token (any case of "Bearer") writes', async () => {
    const res = await gql(app, INGEST, { input: article }, { authorization: `bearer ${TEST_INGEST_TOKEN}` });
    expect(res.errors).toBeUndefined();
    expect(await written()).toBeGreaterThan(0);
  });
});

describe('the token never appears in the logs', () => {
  it('at trace level, for accepted, refused and failing requests', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const deps = testDeps(db, { LOG_LEVEL: 'trace' });
    const logger = createLogger({ ...deps.config.log, level: 'trace', format: 'json' }, 'security-test', sink);
    const app = createApp({ ...deps, logger });
    const good = { authorization: `Bearer ${TEST_INGEST_TOKEN}` };
    const wrongToken = 'wrong-but-secret-looking-token-42';
    await gql(app, INGEST, { input: article }, good);
    await gql(app, INGEST, { input: article }, { authorization: `Bearer ${wrongToken}` });
    await gql(app, `{ officials(first: "x") { edges { cursor } } }`, {}, good);
    await gql(app, `query($n: Int) { officials(first: $n) { edges { cursor } } }`, { n: 'ten' }, good);
    // an internal error is logged with its cause: make one (a Db whose reads fail)
    const broken = Object.create(deps.db) as Db;
    // an HTTP-client-like error that carries the request's headers
    broken.readRows = () => Promise.reject(Object.assign(new Error('boom'), { headers: good }));
    const failing = createApp({ ...deps, logger, db: broken, graph: (await import('../../src/graph/index.ts')).createGraph(broken) });
    const res = await gql(failing, `{ officials(first: 1) { edges { cursor } } }`, {}, good);
    expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL');
    expect(res.errors?.[0]?.message).toBe('Unexpected error.');
    expect(res.errors?.[0]?.path).toEqual(['officials']);
    expect(JSON.stringify(res)).not.toContain('boom');
    // what a handler might log by mistake: a request's headers, a config object
    logger.info({ req: { headers: good }, token: TEST_INGEST_TOKEN }, 'request');
    logger.info({ authorization: good.authorization, headers: good }, 'header');
    logger.info({ config: deps.config }, 'config');
    await new Promise((r) => setImmediate(r));

    const all = lines.join('');
    expect(lines.length).toBeGreaterThan(2); // something was logged
    expect(all).toContain('[redacted]');
    // Redaction works on field paths, not on text: a token inside a message would still be written.
    const leaks = all.split('\n').filter((l) => l.includes(TEST_INGEST_TOKEN));
    expect(leaks.map((l) => l.slice(Math.max(0, l.indexOf(TEST_INGEST_TOKEN) - 200), l.indexOf(TEST_INGEST_TOKEN) + 40))).toEqual([]);
    expect(all.includes(wrongToken)).toBe(false);
  });
});

describe('introspection and GraphiQL switches', () => {
  const INTROSPECT = `{ __schema { queryType { name } types { name } } }`;

  it('on by default outside production: introspection answers', async () => {
    const { app } = testApp(db);
    const res = await gql<{ __schema: { queryType: { name: string } } }>(app, INTROSPECT);
    expect(res.errors).toBeUndefined();
    expect(res.data?.__schema.queryType.name).toBe('Query');
  });

  it.each([
    ['GRAPHQL_INTROSPECTION=false', { GRAPHQL_INTROSPECTION: 'false' }],
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
  ])('%s: __schema and __type are refused with a clear error, __typename still works', async (_label, env) => {
    const { app } = testApp(db, env);
    for (const q of [INTROSPECT, `{ __type(name: "Official") { fields { name } } }`]) {
      const res = await gql(app, q);
      expect(res.data ?? null).toBeNull();
      // yoga gives every validation error this code; the message says why
      expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors?.[0]?.message).toMatch(/introspection is turned off/i);
    }
    // the classic full introspection query of GraphiQL and codegen tools, with fragments
    const full = await gql(app, `query IntrospectionQuery { __schema { ...S } } fragment S on __Schema { types { ...T } } fragment T on __Type { name fields { name } }`);
    expect(full.errors?.[0]?.message).toMatch(/introspection is turned off/i);
    const typename = await gql<{ __typename: string; stats: { __typename: string } }>(app, `{ __typename stats { __typename } }`);
    expect(typename.errors).toBeUndefined();
    expect(typename.data).toEqual({ __typename: 'Query', stats: { __typename: 'Stats' } });
  });

  const html = (app: App) => app.fetch('http://yoga/graphql', { method: 'GET', headers: { accept: 'text/html' } });

  it('GraphiQL is served on GET /graphql to a browser by default', async () => {
    const res = await html(testApp(db).app);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(await res.text()).toMatch(/graphiql/i);
  });

  it.each([
    ['GRAPHIQL=false', { GRAPHIQL: 'false' }],
    ['NODE_ENV=production', { NODE_ENV: 'production' }],
  ])('%s: GET /graphql with Accept text/html does not serve GraphiQL', async (_label, env) => {
    const res = await html(testApp(db, env).app);
    const text = await res.text();
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(text).not.toMatch(/graphiql/i);
    expect(res.status).toBeGreaterThanOrEqual(400);
  });
});

describe('CORS', () => {
  const FOREIGN = 'https://evil.example';
  const ALLOWED = 'https://dashboard.example';

  const preflight = (app: App, origin: string, headers = 'content-type, authorization') =>
    app.fetch('http://yoga/graphql', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
    });
  const post = (app: App, origin: string, query: string, headers: Record<string, string> = {}) =>
    app.fetch('http://yoga/graphql', { method: 'POST', headers: { origin, 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('off by default: no access-control-allow-origin for a foreign origin, preflight or request', async () => {
    const { app } = testApp(db);
    const pre = await preflight(app, FOREIGN);
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-headers')).toBeNull();
    const res = await post(app, FOREIGN, '{ stats { totals { meetings } } }');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('on for configured origins only (CORS_ORIGINS)', async () => {
    const { app } = testApp(db, { CORS_ORIGINS: `${ALLOWED}, https://other.example` });
    const pre = await preflight(app, ALLOWED);
    expect(pre.status).toBeLessThan(300);
    expect(pre.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(pre.headers.get('access-control-allow-methods') ?? '').toMatch(/POST/);
    const res = await post(app, ALLOWED, '{ stats { totals { meetings } } }');
    expect(res.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(res.headers.get('access-control-allow-credentials')).not.toBe('true');

    const foreign = await preflight(app, FOREIGN);
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe(FOREIGN);
    expect(foreign.headers.get('access-control-allow-origin')).not.toBe('*');
    const foreignRes = await post(app, FOREIGN, '{ stats { totals { meetings } } }');
    expect(foreignRes.headers.get('access-control-allow-origin')).not.toBe(FOREIGN);
    expect(foreignRes.headers.get('access-control-allow-origin')).not.toBe('*');
  });

  it('a cross-origin mutation from an origin that is not allowed is refused and writes nothing', async () => {
    await createLoader(db).deleteArticle(article.id);
    const { app } = testApp(db, { CORS_ORIGINS: ALLOWED });
    // 1. A browser asks first (JSON and Authorization are not "simple"): no grant, so it never sends the mutation.
    const pre = await preflight(app, FOREIGN);
    expect([FOREIGN, '*']).not.toContain(pre.headers.get('access-control-allow-origin'));
    // 2. A "simple" cross-site form post (no preflight, no way to add the bearer header) cannot write.
    const form = await app.fetch('http://yoga/graphql', {
      method: 'POST',
      headers: { origin: FOREIGN, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ query: `mutation { deleteArticle(id: "x") }` }).toString(),
    });
    const formBody = await form.text();
    expect([FOREIGN, '*']).not.toContain(form.headers.get('access-control-allow-origin'));
    expect(formBody).not.toMatch(/"data":\s*\{\s*"deleteArticle"/);
    // 3. A script that somehow holds no token sends the mutation anyway: UNAUTHENTICATED, not readable cross-origin.
    const res = await post(app, FOREIGN, INGEST.replace('$input', '$input').replace('ingestArticle(input: $input)', `ingestArticle(input: {id: "x", body: ${JSON.stringify(BODY)}})`).replace('($input: ArticleInput!)', ''));
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.headers.get('access-control-allow-origin')).not.toBe(FOREIGN);
    expect(await written()).toBe(0);
  });
});
