// The project's own Neo4j 5.26 Community server: an embedded DBMS with its Bolt connector, run by the small
// Java launcher of neo4j/ (built by `npm run db:install`). One server per name ('dev', 'test'), each with its
// state under .neo4j/<name>/:
//   state.json   pid, port, start time of the running server
//   neo4j.log    the launcher's stdout/stderr (previous run kept as neo4j.prev.log)
//   data/        Neo4j home: data/data (stores, transaction logs), data/logs/debug.log
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export type LocalNeo4jName = 'dev' | 'test' | 'bench' | 'ingest-bench' | 'fault';

export const DEV_NEO4J_PORT = 7687;
export const TEST_NEO4J_PORT = 7688;
/** Password of the local servers when NEO4J_PASSWORD is unset (they only listen on 127.0.0.1). */
export const LOCAL_NEO4J_PASSWORD = 'diplomatic-graph-local';
export const LOCAL_NEO4J_USER = 'neo4j';

const HOST = '127.0.0.1';
const LAUNCHER_CLASS = 'dev.diplomaticgraph.neo4j.Neo4jLauncher';
const INSTALL_COMMAND = 'npm run db:install';
const READY_RE = /^NEO4J READY (bolt:\/\/\S+)/m;
const FAILED_RE = /^NEO4J FAILED: (.*)$/m;

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NEO4J_DIR = join(PROJECT_ROOT, 'neo4j');
const POM = join(NEO4J_DIR, 'pom.xml');
const LAUNCHER_SOURCE = join(NEO4J_DIR, 'src/main/java/dev/diplomaticgraph/neo4j/Neo4jLauncher.java');
const LAUNCHER_JAR = join(NEO4J_DIR, 'target/neo4j-launcher.jar');
const DEPENDENCY_DIR = join(NEO4J_DIR, 'target/dependency');

export interface LocalNeo4jOptions {
  name: LocalNeo4jName;
  port: number;
  password: string;
  /** Folder holding one sub-folder per server; default <project>/.neo4j. */
  dataRoot?: string;
  /** JVM heap (-Xmx), default NEO4J_LOCAL_HEAP or 1g. */
  heap?: string;
  /** Neo4j page cache, default NEO4J_LOCAL_PAGECACHE or 256m. */
  pageCache?: string;
  /** Total memory of open transactions, default NEO4J_LOCAL_TX_MEMORY or 512m. */
  txMemory?: string;
  /** How long to wait for the ready line, default 180 s. */
  timeoutMs?: number;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** true when this call started the server, false when it reused a running one. */
  started: boolean;
  pid: number;
  /** Stops the server (whoever started it). */
  stop(): Promise<void>;
}

export interface LocalNeo4jStatus {
  name: LocalNeo4jName;
  running: boolean;
  /** Running and the Bolt port accepts TCP connections. */
  boltListening: boolean;
  pid?: number;
  port?: number;
  uri?: string;
  startedAt?: string;
  readyAt?: string;
  /** A state file was left by a server that is gone (cleaned by ensure/stop). */
  stale: boolean;
  dir: string;
  dataDir: string;
  logFile: string;
}

interface State {
  pid: number;
  port: number;
  uri: string;
  home: string;
  startedAt: string;
  readyAt?: string;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function serverDir(name: LocalNeo4jName, dataRoot?: string): string {
  return join(resolve(dataRoot ?? join(PROJECT_ROOT, '.neo4j')), name);
}

function paths(name: LocalNeo4jName, dataRoot?: string) {
  const dir = serverDir(name, dataRoot);
  return {
    dir,
    state: join(dir, 'state.json'),
    lock: join(dir, 'start.lock'),
    log: join(dir, 'neo4j.log'),
    prevLog: join(dir, 'neo4j.prev.log'),
    home: join(dir, 'data'),
  };
}

function readState(file: string): State | undefined {
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<State>;
    return typeof s.pid === 'number' && typeof s.port === 'number' ? (s as State) : undefined;
  } catch {
    return undefined;
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid is alive and (where /proc exists) is our launcher over this home, not a recycled pid. */
function isOurServer(pid: number, home: string): boolean {
  if (!pidAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes(LAUNCHER_CLASS) && cmdline.includes(home);
  } catch {
    return !existsSync('/proc/self'); // no /proc (macOS): trust the pid
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((res) => {
    const socket = createConnection({ host: HOST, port });
    const done = (ok: boolean) => {
      socket.destroy();
      res(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** 'ok', 'unauthorized' (a Neo4j with another password) or 'down'. */
async function probeBolt(uri: string, user: string, password: string): Promise<'ok' | 'unauthorized' | 'down'> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxConnectionPoolSize: 1,
    disableLosslessIntegers: true,
  });
  try {
    return (await driver.verifyAuthentication()) ? 'ok' : 'unauthorized';
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    return code.startsWith('Neo.ClientError.Security') ? 'unauthorized' : 'down';
  } finally {
    await driver.close().catch(() => undefined);
  }
}

function tail(file: string, lines = 25): string {
  try {
    const text = readFileSync(file, 'utf8').trimEnd().split('\n');
    return text.slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function installed(): { ok: true } | { ok: false; reason: string } {
  if (!existsSync(LAUNCHER_JAR)) return { ok: false, reason: `${LAUNCHER_JAR} is missing` };
  let jars: string[];
  try {
    jars = readdirSync(DEPENDENCY_DIR).filter((f) => f.endsWith('.jar'));
  } catch {
    return { ok: false, reason: `${DEPENDENCY_DIR} is missing` };
  }
  if (!jars.some((f) => f.startsWith('neo4j-kernel-')) || !jars.some((f) => f.startsWith('neo4j-bolt-'))) {
    return { ok: false, reason: `${DEPENDENCY_DIR} does not hold the Neo4j jars` };
  }
  const jarTime = statSync(LAUNCHER_JAR).mtimeMs;
  for (const src of [POM, LAUNCHER_SOURCE]) {
    if (existsSync(src) && statSync(src).mtimeMs > jarTime) return { ok: false, reason: `${src} is newer than the built launcher` };
  }
  return { ok: true };
}

/** Whether `npm run db:install` has been run (and is up to date with neo4j/pom.xml and the launcher source). */
export function isNeo4jInstalled(): boolean {
  return installed().ok;
}

/**
 * Builds the launcher and copies Neo4j's jars (from Maven Central) when they are missing or outdated:
 * the command of `npm run db:install`, with its progress streamed to `log` (default: stderr).
 * Returns false when nothing had to be done.
 */
export async function ensureNeo4jInstalled(log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<boolean> {
  const state = installed();
  if (state.ok) return false;
  log(`Installing the local Neo4j (${state.reason}): mvn -f neo4j/pom.xml -DskipTests package dependency:copy-dependencies`);
  log('The first run downloads about 120 MB from Maven Central (~1 min).');
  const started = Date.now();
  const args = ['-B', '-f', POM, '-DskipTests', 'package', 'dependency:copy-dependencies'];
  const child = spawn('mvn', args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let downloads = 0;
  let lastReport = 0;
  const recent: string[] = [];
  const onLine = (line: string) => {
    recent.push(line);
    if (recent.length > 40) recent.shift();
    if (line.startsWith('Downloaded from')) {
      downloads += 1;
      if (Date.now() - lastReport > 3000) {
        lastReport = Date.now();
        log(`  ${downloads} files downloaded…`);
      }
    } else if (/^\[(ERROR|WARNING)\]/.test(line) || /BUILD (SUCCESS|FAILURE)/.test(line) || /--- .*:(compile|jar|copy-dependencies) /.test(line)) {
      log(`  ${line.replace(/^\[INFO\] /, '')}`);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const code = await new Promise<number>((res, rej) => {
    child.once('error', (err: NodeJS.ErrnoException) =>
      rej(
        new LocalNeo4jError(
          err.code === 'ENOENT'
            ? 'Maven (mvn) is not installed: the local Neo4j is built with Maven 3.8+ and Java 17+ (e.g. apt-get install maven openjdk-17-jdk-headless).'
            : `Could not run mvn: ${err.message}`,
        ),
      ),
    );
    child.once('exit', (c, signal) => res(c ?? (signal ? 128 : 1)));
  });
  if (code !== 0) {
    throw new LocalNeo4jError(`Installing the local Neo4j failed (mvn exit ${code}). Last output:\n${recent.join('\n')}`);
  }
  // the jar plugin may leave an unchanged jar untouched: mark the build as current
  if (existsSync(LAUNCHER_JAR)) utimesSync(LAUNCHER_JAR, new Date(), new Date());
  const after = installed();
  if (!after.ok) throw new LocalNeo4jError(`mvn succeeded but the local Neo4j is still not installed: ${after.reason}`);
  log(`Local Neo4j installed in ${((Date.now() - started) / 1000).toFixed(0)} s (${downloads} files downloaded).`);
  return true;
}

/** Exclusive start lock per server, so concurrent callers (npm start, vitest, db:start) start it once. */
async function withStartLock<T>(file: string, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (!Number.isInteger(holder) || holder <= 0 || !pidAlive(holder)) {
        rmSync(file, { force: true }); // left by a dead process
        continue;
      }
      if (Date.now() > deadline) throw new LocalNeo4jError(`Timed out waiting for process ${holder} to start the server (lock ${file}).`);
      await sleep(250);
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(file, { force: true });
  }
}

function envOr(value: string | undefined, envName: string, fallback: string): string {
  return value ?? (process.env[envName] || fallback);
}

/**
 * Returns the local Neo4j called `name`, starting it when it is not running. A server already running
 * (state file whose pid is alive and Bolt answers with this password) is reused; a stale state file is cleaned.
 */
export async function ensureLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const { name, port, password } = opts;
  const p = paths(name, opts.dataRoot);
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const uri = `bolt://${HOST}:${port}`;
  mkdirSync(p.dir, { recursive: true });

  const handle = (pid: number, started: boolean, boltUri: string): LocalNeo4j => ({
    uri: boltUri,
    user: LOCAL_NEO4J_USER,
    password,
    started,
    pid,
    stop: async () => {
      await stopLocalNeo4j(name, { dataRoot: opts.dataRoot });
    },
  });

  return withStartLock(p.lock, timeoutMs + 30_000, async () => {
    const state = readState(p.state);
    if (state) {
      if (isOurServer(state.pid, p.home)) {
        if (state.port !== port) {
          throw new LocalNeo4jError(
            `The local Neo4j '${name}' is already running on port ${state.port} (pid ${state.pid}), not ${port}. Stop it first: npm run db:stop${name === 'test' ? ' -- --test' : ''}`,
          );
        }
        const probe = await probeBolt(state.uri, LOCAL_NEO4J_USER, password);
        if (probe === 'ok') return handle(state.pid, false, state.uri);
        if (probe === 'unauthorized') {
          throw new LocalNeo4jError(
            `The local Neo4j '${name}' (pid ${state.pid}, ${state.uri}) rejects the password in use. It was started with another NEO4J_PASSWORD; stop it (npm run db:stop${name === 'test' ? ' -- --test' : ''}) and start again.`,
          );
        }
        // alive but Bolt does not answer: hung or still shutting down. Replace it.
        await stopProcess(state.pid, p.home, 20_000);
      }
      rmSync(p.state, { force: true }); // stale
    }

    if (await portAnswers(port)) {
      throw new LocalNeo4jError(
        `Port ${port} on ${HOST} is already in use by another process (not the local Neo4j '${name}' of ${p.dir}). ` +
          `Stop that process or choose another port (${name === 'test' ? 'NEO4J_TEST_PORT' : 'NEO4J_LOCAL_PORT'}).`,
      );
    }
    const inst = installed();
    if (!inst.ok) {
      throw new LocalNeo4jError(`The local Neo4j is not installed (${inst.reason}). Run: ${INSTALL_COMMAND}  (needs Java 17+ and Maven).`);
    }
    const child = spawnServer(p, {
      port,
      password,
      heap: envOr(opts.heap, 'NEO4J_LOCAL_HEAP', '1g'),
      pageCache: envOr(opts.pageCache, 'NEO4J_LOCAL_PAGECACHE', '256m'),
      txMemory: envOr(opts.txMemory, 'NEO4J_LOCAL_TX_MEMORY', '512m'),
    });
    const pid = child.pid!;
    const startedAt = new Date().toISOString();
    const newState: State = { pid, port, uri, home: p.home, startedAt };
    writeFileSync(p.state, `${JSON.stringify(newState, null, 2)}\n`);
    try {
      const readyUri = await waitForReady(child, p.log, timeoutMs);
      writeFileSync(p.state, `${JSON.stringify({ ...newState, uri: readyUri, readyAt: new Date().toISOString() }, null, 2)}\n`);
      return handle(pid, true, readyUri);
    } catch (err) {
      await stopProcess(pid, p.home, 10_000);
      rmSync(p.state, { force: true });
      throw err;
    }
  });
}

function spawnServer(
  p: ReturnType<typeof paths>,
  o: { port: number; password: string; heap: string; pageCache: string; txMemory: string },
): ChildProcess {
  mkdirSync(p.home, { recursive: true });
  if (existsSync(p.log)) renameSync(p.log, p.prevLog);
  const jvm = [
    `-Xmx${o.heap}`,
    '-Xms256m',
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // what Neo4j's own start script adds on Java 17
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
  ];
  const classpath = `${LAUNCHER_JAR}:${join(DEPENDENCY_DIR, '*')}`;
  const args = [...jvm, '-cp', classpath, LAUNCHER_CLASS, '--home', p.home, '--port', String(o.port), '--pagecache', o.pageCache, '--tx-memory', o.txMemory];
  const logFd = openSync(p.log, 'w');
  try {
    const child = spawn(process.env.NEO4J_LOCAL_JAVA || 'java', args, {
      cwd: p.dir,
      detached: true,
      stdio: ['ignore', logFd, logFd],
      env: { ...process.env, NEO4J_LAUNCHER_PASSWORD: o.password },
    });
    child.unref();
    return child;
  } finally {
    closeSync(logFd);
  }
}

async function waitForReady(child: ChildProcess, logFile: string, timeoutMs: number): Promise<string> {
  let exit: { code: number | null; signal: string | null } | undefined;
  let spawnError: NodeJS.ErrnoException | undefined;
  child.once('exit', (code, signal) => (exit = { code, signal }));
  child.once('error', (err) => (spawnError = err));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await sleep(200);
    if (spawnError) {
      throw new LocalNeo4jError(
        spawnError.code === 'ENOENT'
          ? 'Java is not installed (or not on PATH): the local Neo4j needs Java 17+ (e.g. apt-get install openjdk-17-jre-headless), or set NEO4J_LOCAL_JAVA.'
          : `Could not start java: ${spawnError.message}`,
      );
    }
    let text = '';
    try {
      text = readFileSync(logFile, 'utf8');
    } catch {
      /* not yet */
    }
    const ready = READY_RE.exec(text);
    if (ready?.[1]) return ready[1];
    const failed = FAILED_RE.exec(text);
    if (exit || failed || (child.pid !== undefined && !pidAlive(child.pid))) {
      throw new LocalNeo4jError(explainFailure(text, logFile, failed?.[1], exit));
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(
        `The local Neo4j did not become ready within ${Math.round(timeoutMs / 1000)} s. Last lines of ${logFile}:\n${tail(logFile)}`,
      );
    }
  }
}

function explainFailure(text: string, logFile: string, reason: string | undefined, exit?: { code: number | null; signal: string | null }): string {
  let hint = '';
  if (/UnsupportedClassVersionError|has been compiled by a more recent version/.test(text)) {
    hint = '\nJava 17 or newer is needed (java -version); or set NEO4J_LOCAL_JAVA to a Java 17+ binary.';
  } else if (/ClassNotFoundException|NoClassDefFoundError|Could not find or load main class/.test(text)) {
    hint = `\nThe jars look incomplete: run ${INSTALL_COMMAND}`;
  } else if (/Address already in use/.test(text)) {
    hint = '\nThe Bolt port is taken by another process: choose another port.';
  } else if (/Lock file has been locked by another process/.test(text)) {
    hint = '\nAnother process holds this data directory (a server started outside this state file?); stop it first.';
  }
  const how = exit ? ` (exit ${exit.code ?? exit.signal})` : '';
  return `The local Neo4j failed to start${how}: ${reason ?? 'see the log'}${hint}\nLast lines of ${logFile}:\n${tail(logFile)}`;
}

/** SIGTERM, wait, then SIGKILL. Resolves true when the process is gone. */
async function stopProcess(pid: number, home: string, timeoutMs: number): Promise<boolean> {
  if (!isOurServer(pid, home)) return !pidAlive(pid);
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return true;
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!pidAlive(pid)) return true;
    await sleep(200);
  }
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
  for (let i = 0; i < 25 && pidAlive(pid); i++) await sleep(200);
  return !pidAlive(pid);
}

/** Stops the local server `name` (SIGTERM, then SIGKILL after 30 s) and removes its state. */
export async function stopLocalNeo4j(
  name: LocalNeo4jName,
  opts: { dataRoot?: string; timeoutMs?: number } = {},
): Promise<{ stopped: boolean; pid?: number }> {
  const p = paths(name, opts.dataRoot);
  const state = readState(p.state);
  if (!state) return { stopped: false };
  let stopped = false;
  if (isOurServer(state.pid, p.home)) {
    stopped = await stopProcess(state.pid, p.home, opts.timeoutMs ?? 30_000);
    if (!stopped) throw new LocalNeo4jError(`Could not stop the local Neo4j '${name}' (pid ${state.pid}).`);
  }
  rmSync(p.state, { force: true });
  return { stopped, pid: state.pid };
}

export async function localNeo4jStatus(name: LocalNeo4jName, opts: { dataRoot?: string } = {}): Promise<LocalNeo4jStatus> {
  const p = paths(name, opts.dataRoot);
  const state = readState(p.state);
  const base = { name, dir: p.dir, dataDir: p.home, logFile: p.log };
  if (!state) return { ...base, running: false, boltListening: false, stale: false };
  const running = isOurServer(state.pid, p.home);
  return {
    ...base,
    running,
    boltListening: running && (await portAnswers(state.port)),
    stale: !running,
    pid: state.pid,
    port: state.port,
    uri: state.uri,
    startedAt: state.startedAt,
    ...(state.readyAt ? { readyAt: state.readyAt } : {}),
  };
}
