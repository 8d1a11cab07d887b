import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node loads graphql 16's CommonJS build for every package (it has no "exports" map); Vite would
  // otherwise give our own code the .mjs build, and two copies of graphql refuse each other's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 240_000,
    // integration test files share one Neo4j database
    fileParallelism: false,
  },
});
