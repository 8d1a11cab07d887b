// Eight loaders at once, over overlapping sets of articles, must build exactly the graph of one sequential load.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/executor.ts';
import { createLoader, groupHints, type LoadItem } from '../../src/graph/loader.ts';
import { resetTestGraph, useTestDb } from '../helpers/db.ts';
import { canonicalDump, item, meeting, official } from './fixtures.ts';

let db: Db;
useTestDb(async (opened) => {
  db = opened;
});

/** A small deterministic random generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PEOPLE: [string, string][] = [
  ['Emmanuel Macron', 'FR'], ['Jean-Noël Barrot', 'FR'], ['Pierre Barrot', 'FR'], ['Olaf Scholz', 'DE'], ['Annalena Baerbock', 'DE'],
  ['Donald Tusk', 'PL'], ['Radoslaw Sikorski', 'PL'], ['Giorgia Meloni', 'IT'], ['Antonio Tajani', 'IT'], ['Marco Rubio', 'US'],
];

function articles(n: number, random: () => number): LoadItem[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  return Array.from({ length: n }, (_, i) => {
    const a = pick(PEOPLE);
    let b = pick(PEOPLE);
    while (b === a) b = pick(PEOPLE);
    // every fifth article only gives the surname of its first official
    const short = i % 5 === 0;
    const nameA = short ? a[0].split(' ').at(-1)! : a[0];
    const day = 1 + Math.floor(random() * 6);
    return item(`c${i}`, {
      officials: [official(nameA, a[1], { title: pick(['Minister', 'President', null]) }), official(b[0], b[1])],
      countries: [a[1], b[1]],
      meetings: [meeting([nameA, b[0]], { date: random() < 0.2 ? null : `2025-06-0${day}`, city: pick(['Paris', 'Berlin', null]), countries: [a[1], b[1]], topics: [pick(['trade', 'Ukraine'])] })],
    });
  });
}

describe('concurrent loaders', () => {
  it('8 loaders of overlapping articles give the graph of one sequential load', async () => {
    const random = rng(42);
    const all = articles(60, random);

    const sequential = createLoader(db, { batchSize: 1 });
    for (const a of all) await sequential.load([a]);
    const expected = await canonicalDump(db);

    await resetTestGraph(db);
    // each loader gets a shuffled half of the articles; together they cover all of them
    const shares = Array.from({ length: 8 }, (_, k) => {
      const mine = all.filter((_, i) => i % 8 === k || random() < 0.4);
      return mine.sort(() => random() - 0.5);
    });
    const results = await Promise.all(shares.map((share, k) => createLoader(db, { batchSize: 1 + (k % 4) }).load(share)));
    const statuses = results.flat();
    expect(statuses.filter((r) => r.status === 'failed')).toEqual([]);
    expect(statuses.filter((r) => r.status === 'new')).toHaveLength(all.length);
    expect(await canonicalDump(db)).toBe(expected);
  }, 180_000);

  it('writers sharing one loader (as the seeder\'s do) give the graph of one sequential load', async () => {
    const random = rng(7);
    const all = articles(48, random);
    const sequential = createLoader(db, { batchSize: 48 });
    await sequential.load(all);
    const expected = await canonicalDump(db);

    await resetTestGraph(db);
    // four writers at once, each taking the next batch of 6: their batches share meeting groups, so
    // the loader puts the articles of a group another writer is writing in a transaction of their own
    const shared = createLoader(db, { batchSize: 6 });
    let next = 0;
    const statuses = (
      await Promise.all(
        Array.from({ length: 4 }, async () => {
          const mine = [];
          while (next < all.length) {
            const batch = all.slice(next, next + 6);
            next += batch.length;
            mine.push(...(await shared.load(batch)));
          }
          return mine;
        }),
      )
    ).flat();
    expect(statuses.filter((r) => r.status !== 'new')).toEqual([]);
    expect(statuses.map((r) => r.id).sort()).toEqual(all.map((a) => a.article.id).sort());
    expect(await canonicalDump(db)).toBe(expected);
  }, 180_000);
});

describe('groupHints', () => {
  it('names the meeting groups of an article by its officials\' ids, before the surname rule', () => {
    const a = item('h1', {
      officials: [official('Donald Tusk', 'PL'), official('Olaf Scholz', 'DE'), official('Kallas', null, { org: 'EU' })],
      meetings: [meeting(['Olaf Scholz', 'Donald Tusk'], {}), meeting(['Kallas'], { kind: 'call', countries: ['PL', 'EE'] })],
    });
    expect(groupHints(a.extraction)).toEqual(['meeting|p|de:olaf-scholz,pl:donald-tusk', 'call|s|EE,PL']);
  });
});
