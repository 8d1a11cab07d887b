// src/web.ts: the built explorer page at / and /assets/*, and the page's GraphQL operations, without a database or a port.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, validate } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERIES } from '../web/src/api.ts';
import { createApp } from '../src/app.ts';
import type { Db } from '../src/db/executor.ts';
import { buildSchema } from '../src/schema/index.ts';
import { webPlugin } from '../src/web.ts';
import { gql, testDeps } from './helpers/app.ts';

const schema = createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } });

function yogaOver(dir: string) {
  return createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, logging: false, plugins: [webPlugin({ dir })] });
}

describe('webPlugin', () => {
  let built: string;
  let missing: string;

  beforeAll(async () => {
    built = await mkdtemp(join(tmpdir(), 'web-built-'));
    missing = join(built, 'not-there');
    await mkdir(join(built, 'assets'));
    await writeFile(join(built, 'index.html'), '<!doctype html><title>explorer</title>');
    await writeFile(join(built, 'assets', 'index-AbC123.js'), 'console.info(1)');
    await writeFile(join(built, 'assets', 'index-AbC123.css'), 'body{}');
    await writeFile(join(built, 'secret.txt'), 'not an asset');
  });
  afterAll(() => rm(built, { recursive: true, force: true }));

  it('serves index.html at / with a CSP, and the assets with their content types', async () => {
    const app = yogaOver(built);
    const page = await app.fetch('http://web/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>explorer</title>');

    const js = await app.fetch('http://web/assets/index-AbC123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.info(1)');

    const css = await app.fetch('http://web/assets/index-AbC123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');

    const head = await app.fetch('http://web/assets/index-AbC123.js', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    '/assets/nope.js',
    '/assets/',
    '/assets/..%2Fsecret.txt',
    '/assets/%2E%2E%2Fsecret.txt',
    '/assets/..%5Csecret.txt',
    '/assets/.hidden',
    '/assets/%00.js',
    '/assets/%E0%A4%A',
    '/assets/sub/index-AbC123.js',
  ])('answers 404 for %s (no way out of assets/)', async (path) => {
    const res = await yogaOver(built).fetch(`http://web${path}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('not an asset');
  });

  it('refuses other methods and leaves /graphql and unknown paths alone', async () => {
    const app = yogaOver(built);
    expect((await app.fetch('http://web/', { method: 'POST' })).status).toBe(405);
    expect((await app.fetch('http://web/secret.txt')).status).toBe(404);
    const gql = await app.fetch('http://web/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }' }) });
    expect(await gql.json()).toEqual({ data: { ok: true } });
  });

  it('answers / with a 503 page naming `npm run build` when the page is not built', async () => {
    const app = yogaOver(missing);
    const res = await app.fetch('http://web/');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('npm run build');
    expect((await app.fetch('http://web/assets/index-AbC123.js')).status).toBe(404);
  });
});

describe('the explorer page’s GraphQL operations', () => {
  it.each(Object.entries(QUERIES))('%s is valid against the API schema and within its complexity limit', async (name, query) => {
    expect(validate(buildSchema(), parse(query)).map((e) => e.message), name).toEqual([]);
    // Complexity is checked at execution: run it over an app whose database is never reached for
    // a limit error (LIMIT_EXCEEDED is raised before any resolver runs).
    const deps = testDeps({} as Db);
    const res = await gql(createApp(deps), query, { search: 'x', first: 8, filter: {} });
    expect(res.errors?.filter((e) => e.extensions?.code === 'LIMIT_EXCEEDED') ?? []).toEqual([]);
  });
});
