// npm run schema: rewrites schema/schema.graphql from the code-first schema.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSdl } from '../schema/index.ts';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));

writeFileSync(SCHEMA_FILE, printSdl());
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
