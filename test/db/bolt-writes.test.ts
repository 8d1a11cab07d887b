import net from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { coalesceBoltWrites } from '../../src/db/bolt-writes.ts';
import type { Db } from '../../src/db/executor.ts';
import { useTestDb } from '../helpers/db.ts';

describe('coalesceBoltWrites', () => {
  let db: Db;
  useTestDb((opened) => {
    db = opened;
  }, { reset: 'none' });

  it('is in place with the installed neo4j-driver (Db installs it), and installing again changes nothing', () => {
    expect(coalesceBoltWrites()).toBe(true);
    expect(coalesceBoltWrites()).toBe(true);
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('sends a message of about a megabyte in a few socket writes, not one per 1,400-byte piece', async () => {
    await db.readRows('test.bolt-writes', 'RETURN 1 AS ok'); // a connection in the pool
    const single = vi.spyOn(net.Socket.prototype, '_write');
    const vectored = vi.spyOn(net.Socket.prototype, '_writev');
    const rows = Array.from({ length: 4_000 }, (_, i) => ({ i, text: 'x'.repeat(250) }));
    const [back] = await db.readRows<{ n: number }>('test.bolt-writes', 'UNWIND $rows AS row RETURN count(*) AS n', { rows });
    expect(back?.n).toBe(4_000);
    // Without coalescing: some 770 single writes (measured), with it one writev.
    expect(single.mock.calls.length + vectored.mock.calls.length).toBeLessThan(10);
  });

  it.each([
    ['a message of one piece', 10, 8],
    ['a message of many pieces', 2_000, 500],
    ['a message of about a megabyte', 4_000, 250],
  ])('carries %s intact', async (_name, count, length) => {
    const rows = Array.from({ length: count }, (_, i) => ({ i, text: `${i}:${'é—x'.repeat(length)}` }));
    const [back] = await db.readRows<{ n: number; chars: number; last: string }>(
      'test.bolt-writes',
      'UNWIND $rows AS row WITH row ORDER BY row.i RETURN count(*) AS n, sum(size(row.text)) AS chars, last(collect(row.text)) AS last',
      { rows },
    );
    expect(back).toEqual({ n: count, chars: rows.reduce((s, r) => s + r.text.length, 0), last: rows.at(-1)!.text });
  });

  it('carries several large statements sent at once on separate connections', async () => {
    const sizes = [3_000, 5_000, 7_000, 9_000];
    const answers = await Promise.all(
      sizes.map((size) => db.readRows<{ n: number }>('test.bolt-writes', 'RETURN size($list) AS n', { list: Array.from({ length: size }, (_, i) => `item ${i} of ${size}`) })),
    );
    expect(answers.map(([row]) => row?.n)).toEqual(sizes);
  });
});
