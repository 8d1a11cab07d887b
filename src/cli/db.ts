// npm run db:start | db:stop | db:status [-- --test]
// Manages the project's local Neo4j ('dev' by default, 'test' with --test). Port: NEO4J_LOCAL_PORT
// (NEO4J_TEST_PORT for --test), else 7687 / 7688. Password: NEO4J_PASSWORD, else the local default.
// Exit codes: 0 ok; 1 failure; 3 (status) not running.
import {
  DEV_NEO4J_PORT,
  ensureLocalNeo4j,
  LOCAL_NEO4J_PASSWORD,
  localNeo4jStatus,
  stopLocalNeo4j,
  TEST_NEO4J_PORT,
  type LocalNeo4jName,
} from '../db/local-neo4j.ts';

const USAGE = 'usage: tsx src/cli/db.ts start|stop|status [--test]';

function parsePort(value: string | undefined, fallback: number, envName: string): number {
  if (!value) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${envName}=${value} is not a port number`);
  }
  return port;
}

async function main(argv: string[]): Promise<number> {
  const command = argv.find((a) => !a.startsWith('-'));
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--test');
  if (!command || unknown.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const name: LocalNeo4jName = argv.includes('--test') ? 'test' : 'dev';
  const port =
    name === 'test'
      ? parsePort(process.env.NEO4J_TEST_PORT ?? process.env.NEO4J_LOCAL_PORT, TEST_NEO4J_PORT, 'NEO4J_TEST_PORT')
      : parsePort(process.env.NEO4J_LOCAL_PORT, DEV_NEO4J_PORT, 'NEO4J_LOCAL_PORT');
  const password = process.env.NEO4J_PASSWORD || LOCAL_NEO4J_PASSWORD;

  switch (command) {
    case 'start': {
      const t0 = performance.now();
      process.stdout.write(`Starting the local Neo4j '${name}' on port ${port}…\n`);
      const server = await ensureLocalNeo4j({ name, port, password });
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      const status = await localNeo4jStatus(name);
      process.stdout.write(
        [
          server.started ? `Neo4j '${name}' started in ${seconds} s` : `Neo4j '${name}' already running (reused, checked in ${seconds} s)`,
          `  uri:      ${server.uri}`,
          `  user:     ${server.user}${password === LOCAL_NEO4J_PASSWORD ? ` / ${LOCAL_NEO4J_PASSWORD}` : ' (password from NEO4J_PASSWORD)'}`,
          `  pid:      ${server.pid}`,
          `  data dir: ${status.dataDir}`,
          `  log:      ${status.logFile}`,
          '',
        ].join('\n'),
      );
      return 0;
    }
    case 'stop': {
      const t0 = performance.now();
      const result = await stopLocalNeo4j(name);
      const seconds = ((performance.now() - t0) / 1000).toFixed(1);
      if (result.stopped) process.stdout.write(`Neo4j '${name}' (pid ${result.pid}) stopped in ${seconds} s\n`);
      else if (result.pid) process.stdout.write(`Neo4j '${name}' was not running (cleaned a stale state file for pid ${result.pid})\n`);
      else process.stdout.write(`Neo4j '${name}' is not running\n`);
      return 0;
    }
    case 'status': {
      const s = await localNeo4jStatus(name);
      if (!s.running) {
        process.stdout.write(
          s.stale
            ? `Neo4j '${name}' is not running (stale state: pid ${s.pid} is gone; the next start cleans it)\n  data dir: ${s.dataDir}\n`
            : `Neo4j '${name}' is not running\n  data dir: ${s.dataDir}\n`,
        );
        return 3;
      }
      const upSeconds = s.startedAt ? Math.round((Date.now() - Date.parse(s.startedAt)) / 1000) : undefined;
      const startSeconds = s.startedAt && s.readyAt ? ((Date.parse(s.readyAt) - Date.parse(s.startedAt)) / 1000).toFixed(1) : undefined;
      process.stdout.write(
        [
          `Neo4j '${name}' is running${s.boltListening ? '' : ' (but Bolt does not answer yet)'}`,
          `  uri:      ${s.uri}`,
          `  pid:      ${s.pid}`,
          `  up:       ${upSeconds ?? '?'} s${startSeconds ? ` (start-up took ${startSeconds} s)` : ''}`,
          `  data dir: ${s.dataDir}`,
          `  log:      ${s.logFile}`,
          '',
        ].join('\n'),
      );
      return s.boltListening ? 0 : 1;
    }
    default:
      process.stderr.write(`unknown command '${command}'\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
