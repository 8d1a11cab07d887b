// The loader's Cypher as text: a change shows up in review without a database (STYLE 9).
import { expect, it } from 'vitest';
import * as statements from '../../src/graph/cypher/load.ts';

it('loader statements', () => {
  for (const [name, cypher] of Object.entries(statements)) {
    expect(cypher, name).not.toMatch(/\$\{/);
    expect(cypher.trim()).toMatchSnapshot(name);
  }
});
