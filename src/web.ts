// Serves the graph explorer built by `npm run build` (web/ → dist/web/): index.html at / and the
// hashed bundles at /assets/*. Only file names that Vite writes are served (no paths, no dot files),
// so no request can reach outside dist/web/assets. Without a build, / explains how to make one.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from './logger.ts';

export const WEB_DIST_DIR = fileURLToPath(new URL('../dist/web', import.meta.url));
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** The page talks only to its own origin and runs only its own bundle. */
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // cytoscape writes style attributes on its container
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A name Vite writes into assets/ (letters, digits, `_`, `-`, dots inside); anything else is not ours. */
const ASSET_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*$/;

export interface WebPluginOptions {
  /** The built page; default dist/web of the project. */
  dir?: string;
}

function notBuiltPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Explorer not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>The explorer page is not built</h1>
<p>Run <code>npm run build</code> in the project folder, then reload this page.
(<code>npm start</code> builds it when it is missing.)</p>
<p>The GraphQL API itself is up at <a href="/graphql">/graphql</a>.</p>
</body></html>
`;
}

/** Yoga plugin: GET/HEAD / → index.html (503 page when not built), /assets/<file> → the file, else 404. */
export function webPlugin(opts: WebPluginOptions = {}): Plugin {
  const dir = opts.dir ?? WEB_DIST_DIR;
  const assetsDir = join(dir, 'assets');
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const path = url.pathname;
      const isPage = path === '/' || path === '/index.html';
      const isAsset = path.startsWith('/assets/');
      if (!isPage && !isAsset) return;
      const head = request.method === 'HEAD';
      const respond = (status: number, body: Uint8Array<ArrayBuffer> | string | null, headers: Record<string, string>) =>
        endResponse(new fetchAPI.Response(head ? null : body, { status, headers: { 'x-content-type-options': 'nosniff', ...headers } }));
      if (request.method !== 'GET' && !head) {
        return respond(405, 'Method not allowed\n', { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      }
      const notFound = () => respond(404, 'Not found\n', { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });

      if (isPage) {
        let html: Buffer;
        try {
          html = await readFile(join(dir, 'index.html'));
        } catch {
          return respond(503, notBuiltPage(), { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '30' });
        }
        return respond(200, new Uint8Array(html), { 'content-type': CONTENT_TYPES['.html']!, 'cache-control': 'no-cache', 'content-security-policy': PAGE_CSP, 'referrer-policy': 'no-referrer' });
      }

      let name: string;
      try {
        name = decodeURIComponent(path.slice('/assets/'.length));
      } catch {
        return notFound();
      }
      if (!ASSET_NAME.test(name) || name.includes('..')) return notFound();
      let bytes: Buffer;
      try {
        bytes = await readFile(join(assetsDir, name));
      } catch {
        return notFound(); // missing, or a directory
      }
      return respond(200, new Uint8Array(bytes), {
        'content-type': CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream',
        // Vite puts a content hash in every asset name.
        'cache-control': 'public, max-age=31536000, immutable',
      });
    },
  };
}

/**
 * npm start: builds the page when dist/web is missing. Never fails the start: without Vite (an
 * install with --omit=dev) or on a build error it logs why and / answers the "not built" page.
 */
export async function buildWebIfMissing(logger: Logger): Promise<void> {
  const dir = WEB_DIST_DIR; // web/vite.config.ts builds there
  if (existsSync(join(dir, 'index.html'))) return;
  logger.info({ dir }, 'the explorer page is not built yet; building it (npm run build)');
  try {
    const vite = await import('vite');
    await vite.build({ configFile: join(PROJECT_ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });
    logger.info({ dir }, 'explorer page built');
  } catch (err) {
    logger.warn({ err: err instanceof Error ? err.message : String(err) }, 'could not build the explorer page; run `npm run build` (/ answers 503 until then)');
  }
}
