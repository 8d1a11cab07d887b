// The explorer page end to end: the page built by Vite, the real HTTP server over the test Neo4j,
// seed articles loaded through extraction and the loader, and Debian's Chromium driven by playwright-core.
// Skipped (with the reason in its title) only when /usr/bin/chromium is missing and CI is unset.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPaths } from '../../src/cli/seed.ts';
import type { Db } from '../../src/db/executor.ts';
import { startServer, type RunningServer } from '../../src/server.ts';
import { testDeps } from '../helpers/app.ts';
import { openTestDb, resetTestGraph } from '../helpers/db.ts';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENSHOT = join(ROOT, 'test-results', 'explorer.png');
/** The seed articles about Lavrov and Rubio: enough for a network, quick to load. */
const SEED_FILES = [
  's01-riyadh-rubio-lavrov-wire.txt',
  's02-riyadh-rubio-lavrov-analysis.txt',
  's06-lula-cancels-kazan-trip.txt',
  's16-trump-putin-call.txt',
  's18-rubio-skips-johannesburg.txt',
  's27-feed.jsonl',
  's28-fidan-lavrov-antalya.html',
  's29-rubio-jaishankar-washington.html',
].map((f) => join(ROOT, 'seed', f));
const RIYADH_SENTENCE = 'RIYADH — US Secretary of State Marco Rubio and Russian Foreign Minister Sergey Lavrov met in the Saudi capital';

const hasChromium = existsSync(CHROMIUM);
const skip = !hasChromium && !process.env.CI;
const title = skip ? `explorer page — SKIPPED: ${CHROMIUM} is missing (apt-get install -y chromium to run it)` : 'explorer page in Chromium';

/** What the tests read from the page's Cytoscape instance (window.__explorer, see web/src/main.ts). */
interface CyProbe {
  nodes: { id: string; label: string }[];
  edges: { id: string; source: string; target: string; meetings: number }[];
}

function probe(page: Page): Promise<CyProbe> {
  return page.evaluate(() => {
    const { cy } = (globalThis as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), label: String(n.data('label')) })),
      edges: cy.edges().map((e) => ({ id: e.id(), source: e.source().id(), target: e.target().id(), meetings: Number(e.data('meetings')) })),
    };
  });
}

/** Clicks an edge where it is drawn on the canvas, as a user would. */
async function clickEdge(page: Page, edgeId: string): Promise<void> {
  const point = await page.evaluate((id) => {
    const { cy } = (globalThis as unknown as { __explorer: { cy: import('cytoscape').Core } }).__explorer;
    const edge = cy.getElementById(id);
    const mid = edge.renderedMidpoint();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + mid.x, y: box.top + mid.y };
  }, edgeId);
  await page.mouse.click(point.x, point.y);
}

describe.skipIf(skip)(title, () => {
  let db: Db;
  let server: RunningServer;
  let context: BrowserContext;
  let userDataDir: string;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // Always build from the current web/ sources (about 2 s), into dist/web like `npm run build`.
    const vite = await import('vite');
    await vite.build({ configFile: join(ROOT, 'web', 'vite.config.ts'), logLevel: 'warn' });

    db = await openTestDb();
    await resetTestGraph(db);
    const deps = testDeps(db, { PORT: '0', HOST: '127.0.0.1' });
    const report = await seedPaths({ graph: deps.graph, logger: deps.logger }, SEED_FILES, { progress: false });
    expect(report.failed, JSON.stringify(report.failures)).toBe(0);
    server = await startServer(deps);

    userDataDir = await mkdtemp(join(tmpdir(), 'explorer-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
    });
    context.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await db?.close();
    if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
  });

  it('finds Lavrov, shows Rubio among the people he met, the Riyadh evidence, and redraws for a date range', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const res = await page.goto(`${server.url}/`);
    expect(res?.status()).toBe(200);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Diplomatic meetings explorer');

    const search = page.getByRole('combobox', { name: 'Search officials and countries' });
    await search.fill('Lavrov');
    // Pick him: the Russian foreign minister (the suggestion names the country).
    const option = page.getByRole('option', { name: /Sergey Lavrov.*Russia/ }).first();
    await option.waitFor();
    const lavrov = await option.getAttribute('data-key');
    expect(lavrov).toBeTruthy();
    await option.click();
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/officials?,|No meetings/);
    const net = await probe(page);
    expect(net.nodes.map((n) => n.label)).toContain('Marco Rubio');
    expect(await page.getByRole('heading', { level: 2, name: /Who met Sergey Lavrov/ }).count()).toBe(1);

    // Rubio is a neighbour of Lavrov: an edge joins them.
    const rubio = net.nodes.find((n) => n.label === 'Marco Rubio')!;
    const edge = net.edges.find((e) => [e.source, e.target].includes(rubio.id) && [e.source, e.target].includes(lavrov!));
    expect(edge, 'an edge between Rubio and Lavrov').toBeDefined();
    expect(await page.getByRole('list', { name: 'Officials in the network', includeHidden: true }).textContent()).toContain('Marco Rubio');

    // Click the edge on the canvas: the meetings of the pair, with the evidence sentence and the article link.
    await clickEdge(page, edge!.id);
    const details = page.getByRole('region', { name: /^Meetings of (Marco Rubio and Sergey Lavrov|Sergey Lavrov and Marco Rubio)$/ });
    const riyadh = details.getByRole('listitem').filter({ hasText: 'Riyadh' }).first();
    await riyadh.waitFor();
    expect(await riyadh.getByRole('heading').textContent()).toMatch(/^2025-02-18 · Riyadh, Saudi Arabia$/);
    expect(await riyadh.textContent()).toContain(RIYADH_SENTENCE);
    // (each evidence sentence links its article: the story tells the talks in more than one sentence)
    const link = riyadh.getByRole('link', { name: /Rubio and Lavrov hold first face-to-face talks in Riyadh/ }).first();
    expect(await link.getAttribute('href')).toBe('https://seed.example/wire/2025/02/18/rubio-lavrov-riyadh');

    // The timeline shows February 2025 for Lavrov.
    expect(await page.getByRole('img', { name: /^Meetings per month for Sergey Lavrov/ }).getAttribute('aria-label')).toContain('2025-02: ');

    await mkdir(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // From 1 March 2025 on, the Riyadh meeting (18 February) falls out: the graph changes.
    const before = await probe(page);
    await page.getByLabel('From date').fill('2025-03-01');
    await expect.poll(async () => (await probe(page)).edges.some((e) => e.id === edge!.id), { timeout: 15_000 }).toBe(false);
    const after = await probe(page);
    expect(after.edges.length).toBeLessThan(before.edges.length);
    expect(await details.count()).toBe(0); // the pair's panel closed: no meetings of theirs in range
    expect(await page.getByRole('region', { name: 'Meetings', exact: true }).textContent()).toContain('no meetings with these filters');
    await page.screenshot({ path: join(ROOT, 'test-results', 'explorer-after-march.png'), fullPage: true });

    // Lavrov made no phone calls in the seed articles: the kind filter empties the graph and says so.
    await page.getByLabel('Kind').selectOption('calls');
    await expect.poll(() => page.getByRole('status').textContent(), { timeout: 15_000 }).toBe('No meetings of Sergey Lavrov found.');
    expect(await page.getByText('No meetings of Sergey Lavrov found with these filters.').isVisible()).toBe(true);
    expect((await probe(page)).nodes).toEqual([]);
    // Clearing the filters brings Riyadh back.
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await probe(page)).edges.some((e) => e.id === edge!.id), { timeout: 15_000 }).toBe(true);

    expect(consoleErrors).toEqual([]);
    await page.close();
  }, 90_000);

  it('says when nothing matches and when the API is down', async () => {
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${server.url}/`);
    await page.getByRole('combobox', { name: 'Search officials and countries' }).fill('Qwxzyv');
    await expect.poll(() => page.getByRole('listbox', { name: 'Suggestions' }).textContent()).toContain('No official or country matches “Qwxzyv”');

    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('combobox', { name: 'Search officials and countries' }).fill('Rubio');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The API cannot be reached');
    await page.close();
  });
});
