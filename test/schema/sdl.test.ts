import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { printSdl } from '../../src/schema/index.ts';

describe('schema/schema.graphql', () => {
  it('is up to date with the code (run `npm run schema` to rewrite it)', () => {
    const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(printSdl());
  });
});
