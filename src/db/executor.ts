// The one place that opens Neo4j sessions. Every transaction is tagged with metadata
// (app, operation) and a timeout; driver errors are mapped to AppErrors by code.
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { fromNeo4jError } from '../errors.ts';
import { coalesceBoltWrites } from './bolt-writes.ts';

export interface Neo4jConnection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export interface DbOptions {
  txTimeoutMs: number;
  /** How long the driver keeps retrying transient errors of a managed transaction. */
  maxRetryTimeMs?: number;
  maxPoolSize?: number;
}

export type Params = Record<string, unknown>;

export interface TxOptions {
  timeoutMs?: number;
}

export class Db {
  readonly driver: Driver;
  readonly database: string;
  readonly txTimeoutMs: number;
  private readonly maxRetryTimeMs: number;

  constructor(conn: Neo4jConnection, opts: DbOptions) {
    coalesceBoltWrites();
    this.driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
      disableLosslessIntegers: true,
      maxConnectionPoolSize: opts.maxPoolSize ?? 50,
      connectionAcquisitionTimeout: 10_000,
      connectionTimeout: 5_000,
      maxTransactionRetryTime: opts.maxRetryTimeMs ?? 5_000,
      userAgent: 'diplomatic-graph/0.1',
      // The API reads notifications nowhere; the server then skips computing and sending them.
      notificationFilter: { minimumSeverityLevel: 'OFF' },
    });
    this.maxRetryTimeMs = opts.maxRetryTimeMs ?? 5_000;
    this.database = conn.database;
    this.txTimeoutMs = opts.txTimeoutMs;
  }

  /** A managed read transaction (routed to readers in a cluster). */
  read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    return this.run('READ', operation, work, opts);
  }

  /** A managed write transaction; the driver retries it on transient errors. */
  write<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions = {}): Promise<T> {
    return this.run('WRITE', operation, work, opts);
  }

  /**
   * One read query, records as plain objects. A single read statement needs no explicit
   * transaction: it runs as an auto-commit transaction (RUN+PULL in one round trip, where
   * executeRead costs BEGIN…COMMIT, a second round trip), with the same timeout and metadata, and is
   * retried on retriable errors within maxTransactionRetryTime like a managed transaction.
   */
  async readRows<R extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}, opts: TxOptions = {}): Promise<R[]> {
    const config = { timeout: opts.timeoutMs ?? this.txTimeoutMs, metadata: { app: 'diplomatic-graph', operation } };
    const started = Date.now();
    for (let attempt = 0; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
      let error: unknown;
      try {
        return toRows<R>(await runWithoutCallSiteStack(() => session.run<R>(cypher, params, config)));
      } catch (err) {
        error = err;
      } finally {
        await session.close();
      }
      // Back off like the driver's managed transactions (1 s, 2 s, … with jitter), within the same budget.
      const delay = Math.min(1_000 * 2 ** attempt, 8_000) * (0.8 + Math.random() * 0.4);
      if (!isRetryableError(error) || Date.now() - started + delay > this.maxRetryTimeMs) throw fromNeo4jError(error);
      await new Promise((r) => setTimeout(r, delay));
    }
  }

  /** One write query, records as plain objects. */
  async writeRows<R extends RecordShape = RecordShape>(operation: string, cypher: string, params: Params = {}, opts: TxOptions = {}): Promise<R[]> {
    return this.write(operation, async (tx) => toRows<R>(await tx.run<R>(cypher, params)), opts);
  }

  /** Asks the server for real (not just the pool): used by health checks. */
  async ping(timeoutMs = 2_000): Promise<void> {
    await this.readRows('health', 'RETURN 1 AS ok', {}, { timeoutMs });
  }

  close(): Promise<void> {
    return this.driver.close();
  }

  private async run<T>(mode: 'READ' | 'WRITE', operation: string, work: (tx: ManagedTransaction) => Promise<T>, opts: TxOptions): Promise<T> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { timeout: opts.timeoutMs ?? this.txTimeoutMs, metadata: { app: 'diplomatic-graph', operation } };
    try {
      return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (err) {
      throw fromNeo4jError(err);
    } finally {
      await session.close();
    }
  }
}

/**
 * Starts a query without the driver's call-site stack. Every Result captures `new Error().stack`
 * at creation to put on a later error; formatting it (through tsx's source maps) cost about as
 * much CPU as the rest of the executor on the read path. Our errors are mapped by code and carry
 * the operation name, so the frames are not missed. The limit is restored before anything else runs.
 */
function runWithoutCallSiteStack<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

export function toRows<R extends RecordShape>(result: QueryResult<R>): R[] {
  return result.records.map((r) => r.toObject());
}
