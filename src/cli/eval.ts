// npm run eval -- DIR [--verbose] [--check] [--keep]
//
// Extracts every DIR/*.txt into a temporary folder (same code path as `npm run extract -- --out`),
// then scores it with ../shared/eval/score.mjs (path overridable with SCORE_MJS) and prints the
// scorer's report. With --check it also fails (exit 1) when met-pairs F1 or officials F1 falls
// more than 0.02 below the floors in DIR/floor.json (else <root>/eval-floor.json), or when an
// article failed to extract.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { processIo, run as runExtract, type ExtractDeps, type Io } from './extract.ts';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** How far below a floor a score may fall before --check fails. */
export const FLOOR_TOLERANCE = 0.02;

export interface EvalEnv {
  /** Path of score.mjs; default <root>/../shared/eval/score.mjs. */
  scoreMjs?: string;
  /** Path of the floors file; default <root>/eval-floor.json. */
  floorFile?: string;
}

interface Prf {
  p: number | null;
  r: number | null;
  f1: number | null;
}
interface ScoreSummary {
  officials: Prf;
  metPairs: Prf;
  [k: string]: unknown;
}
interface Floors {
  metPairsF1: number;
  officialsF1: number;
}

const USAGE = `usage: npm run eval -- DIR [--verbose] [--check] [--keep]
  DIR holds ID.txt articles and ID.gold.json annotations.
  --verbose  per-article details from the scorer
  --check    exit 1 when met-pairs F1 or officials F1 is below DIR/floor.json (else eval-floor.json) minus ${FLOOR_TOLERANCE}
  --keep     keep the folder of predictions and print its path`;

function score(scoreMjs: string, gold: string, pred: string, flags: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [scoreMjs, gold, pred, ...flags], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
}

async function readFloors(file: string): Promise<Floors | string> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    return `cannot read the floors in ${file} (${(e as Error).message}); it should be {"metPairsF1": x, "officialsF1": y}`;
  }
  const o = raw as Partial<Record<keyof Floors, unknown>>;
  if (typeof o?.metPairsF1 !== 'number' || typeof o?.officialsF1 !== 'number') {
    return `${file} must hold numbers {"metPairsF1": x, "officialsF1": y}`;
  }
  return { metPairsF1: o.metPairsF1, officialsF1: o.officialsF1 };
}

export async function run(argv: string[], io: Io, deps: ExtractDeps, env: EvalEnv = {}): Promise<number> {
  let values: { verbose?: boolean; check?: boolean; keep?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { verbose: { type: 'boolean' }, check: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    io.stderr(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const scoreMjs = env.scoreMjs ?? join(PROJECT_ROOT, '..', 'shared', 'eval', 'score.mjs');
  if (!existsSync(scoreMjs)) {
    io.stderr(`scorer not found at ${scoreMjs}; set SCORE_MJS to the path of score.mjs\n`);
    return 2;
  }
  let names: string[];
  try {
    names = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  } catch (e) {
    io.stderr(`cannot read ${dir}: ${(e as Error).message}\n`);
    return 2;
  }
  if (names.length === 0) {
    io.stderr(`no .txt articles in ${dir}\n`);
    return 2;
  }

  const tmp = await mkdtemp(join(tmpdir(), 'eval-'));
  try {
    // Extraction errors go to our stderr; the summary line of the extract CLI is kept too.
    const extractCode = await runExtract(['--out', tmp, ...names.map((n) => join(dir, n))], { stdout: io.stdout, stderr: io.stderr }, deps);
    const extractFailed = extractCode !== 0;

    const report = score(scoreMjs, dir, tmp, values.verbose ? ['--verbose'] : []);
    io.stdout(report.stdout);
    if (report.stderr) io.stderr(report.stderr);
    if (report.code !== 0) {
      io.stderr(`score.mjs exited with ${report.code}\n`);
      return 1;
    }
    if (values.keep) io.stderr(`predictions kept in ${tmp}\n`);
    if (!values.check) return 0;

    // (a set of its own may carry its floors: DIR/floor.json)
    const floors = await readFloors(env.floorFile ?? (existsSync(join(dir, 'floor.json')) ? join(dir, 'floor.json') : join(PROJECT_ROOT, 'eval-floor.json')));
    if (typeof floors === 'string') {
      io.stderr(`check: ${floors}\n`);
      return 1;
    }
    const json = score(scoreMjs, dir, tmp, ['--json']);
    let summary: ScoreSummary;
    try {
      // `--json` prints the summary; with --verbose it is wrapped as {summary, perArticle}.
      const parsed = JSON.parse(json.stdout) as Record<string, unknown>;
      summary = (parsed.summary ?? parsed) as ScoreSummary;
    } catch (e) {
      io.stderr(`check: cannot parse score.mjs --json output (${(e as Error).message})\n`);
      return 1;
    }
    const checks: [string, number | null, number][] = [
      ['met-pairs F1', summary.metPairs?.f1 ?? null, floors.metPairsF1],
      ['officials F1', summary.officials?.f1 ?? null, floors.officialsF1],
    ];
    let failed = extractFailed;
    if (extractFailed) io.stderr('check FAILED: some articles could not be extracted (see the errors above)\n');
    for (const [label, value, floor] of checks) {
      const min = floor - FLOOR_TOLERANCE;
      const v = value ?? 0;
      const ok = v >= min - 1e-9;
      if (!ok) failed = true;
      io.stderr(
        `check ${ok ? 'ok' : 'FAILED'}: ${label} ${v.toFixed(3)} ${ok ? '>=' : '<'} floor ${floor.toFixed(3)} - ${FLOOR_TOLERANCE}` +
          `${ok ? '' : ' (a regression: find it with --verbose, or lower the floor in eval-floor.json if it is intended)'}\n`,
      );
    }
    return failed ? 1 : 0;
  } finally {
    if (!values.keep) await rm(tmp, { recursive: true, force: true });
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const { extract } = await import('../ingest/extract.ts');
  process.exitCode = await run(process.argv.slice(2), processIo, { extract }, { scoreMjs: process.env.SCORE_MJS });
}
