import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/executor.ts';
import { MIGRATIONS, migrate, schemaObjects } from '../../src/db/migrations.ts';
import { useTestDb } from '../helpers/db.ts';

describe('migrations', () => {
  let db: Db;
  useTestDb((opened) => {
    db = opened;
  }, { reset: 'none' });

  it('are idempotent: running them twice (even at once) leaves the same constraints and indexes', async () => {
    await migrate(db);
    const first = await schemaObjects(db);
    await Promise.all([migrate(db), migrate(db)]);
    const second = await schemaObjects(db);
    expect(second).toEqual(first);
    for (const m of MIGRATIONS) {
      const name = m.cypher.match(/(?:CONSTRAINT|INDEX) (\w+)/)?.[1];
      expect([...first.constraints, ...first.indexes]).toContain(name);
    }
  });

  it('back every key with a uniqueness constraint', async () => {
    const { constraints } = await schemaObjects(db);
    expect(constraints).toEqual(expect.arrayContaining(['article_id', 'official_id', 'country_code', 'organization_code', 'meeting_id']));
  });
});
