import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/eval.ts';
import type { ExtractDeps, Io } from '../../src/cli/extract.ts';

const stub: ExtractDeps = { extract: (a) => ({ id: a.id, officials: [], countries: [], meetings: [] }) };

function memoryIo(): Io & { out: string; err: string } {
  const io = { out: '', err: '', stdout: (s: string) => void (io.out += s), stderr: (s: string) => void (io.err += s) };
  return io;
}

// A stand-in for score.mjs: checks that a prediction was written, prints fixed figures.
const FAKE_SCORER = `
import { existsSync } from 'node:fs';
const [gold, pred] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!existsSync(pred + '/a.json')) { console.error('no prediction'); process.exit(3); }
const summary = { articles: 1, officials: { p: 1, r: 0.5, f1: 0.6 }, metPairs: { p: 1, r: 0.25, f1: 0.4 } };
if (process.argv.includes('--json')) console.log(JSON.stringify(summary));
else console.log('articles: 1' + (process.argv.includes('--verbose') ? ' (verbose)' : ''));
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eval-cli-'));
  await writeFile(join(dir, 'score.mjs'), FAKE_SCORER);
  await writeFile(join(dir, 'a.txt'), 'url: https://e.org\n\nLavrov met Rubio.');
  await writeFile(join(dir, 'a.gold.json'), '{}');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function evalWith(argv: string[], floor: object) {
  await writeFile(join(dir, 'floor.json'), JSON.stringify(floor));
  const io = memoryIo();
  const code = await run([dir, ...argv], io, stub, { scoreMjs: join(dir, 'score.mjs'), floorFile: join(dir, 'floor.json') });
  return { code, io };
}

describe('eval CLI', () => {
  it('extracts into a temp folder and prints the scorer report', async () => {
    const { code, io } = await evalWith(['--verbose'], { metPairsF1: 0, officialsF1: 0 });
    expect(code).toBe(0);
    expect(io.out).toContain('articles: 1 (verbose)');
  });

  it.each([
    { floor: { metPairsF1: 0.41, officialsF1: 0.62 }, code: 0, err: /check ok: met-pairs F1 0\.400/ },
    { floor: { metPairsF1: 0.45, officialsF1: 0.5 }, code: 1, err: /check FAILED: met-pairs F1 0\.400 < floor 0\.450/ },
    { floor: { metPairsF1: 0, officialsF1: 0.7 }, code: 1, err: /check FAILED: officials F1 0\.600 < floor 0\.700/ },
    { floor: { metPairsF1: 'high' }, code: 1, err: /must hold numbers/ },
  ])('--check with floors $floor → exit $code', async ({ floor, code, err }) => {
    const r = await evalWith(['--check'], floor);
    expect(r.code).toBe(code);
    expect(r.io.err).toMatch(err);
  });

  it('--check takes the floors of the set itself (DIR/floor.json) when it has them', async () => {
    await writeFile(join(dir, 'floor.json'), JSON.stringify({ metPairsF1: 0.45, officialsF1: 0.5 }));
    const io = memoryIo();
    expect(await run([dir, '--check'], io, stub, { scoreMjs: join(dir, 'score.mjs') })).toBe(1);
    expect(io.err).toMatch(/check FAILED: met-pairs F1 0\.400 < floor 0\.450/);
  });

  it('says where the scorer was looked for when it is missing', async () => {
    const io = memoryIo();
    expect(await run([dir], io, stub, { scoreMjs: join(dir, 'nope.mjs') })).toBe(2);
    expect(io.err).toMatch(/scorer not found at .*nope\.mjs; set SCORE_MJS/);
  });
});
