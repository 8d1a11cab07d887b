// npm start: installs and starts the local Neo4j when NEO4J_URI is unset, applies the graph
// schema, loads the sample articles of seed/, then serves GraphQL.
import { fileURLToPath } from 'node:url';
import { migrate } from '../db/migrations.ts';
import { main } from '../main.ts';
import { buildWebIfMissing } from '../web.ts';
import { formatReport, seedPaths } from './seed.ts';

const SEED_DIR = fileURLToPath(new URL('../../seed', import.meta.url));

main({
  async beforeListen(deps) {
    await buildWebIfMissing(deps.logger);
    await migrate(deps.db);
    if (!deps.config.seedOnStart) return;
    deps.logger.info({ dir: SEED_DIR }, 'loading the sample articles');
    const report = await seedPaths(deps, [SEED_DIR], { progress: false });
    process.stdout.write(`Seed: ${formatReport(report)}`);
  },
}).catch((err: unknown) => {
  process.stderr.write(`Could not start the service: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
