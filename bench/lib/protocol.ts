// Messages between bench/api.ts and its child processes (server and load client), and a JSON form
// of Cypher parameters that keeps neo4j Integers (LIMIT needs one) across the IPC channel.
import neo4j from 'neo4j-driver';

/** How the API ran a statement: an auto-commit transaction (session.run) or a managed one (executeRead). */
export type TxKind = 'auto' | 'managed';

export interface Statement {
  cypher: string;
  params: Record<string, unknown>;
  /** As the server ran it (recorded from its driver sessions); absent: managed. */
  tx?: TxKind;
  /** The transaction config the server passed (timeout, metadata), replayed as is. */
  config?: { timeout?: number; metadata?: Record<string, unknown> };
}

export interface GqlBody {
  query: string;
  variables: Record<string, unknown>;
}

export interface Conn {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export type ClientJob =
  | { kind: 'api'; url: string; bodies: GqlBody[]; n: number; concurrency: number; maxMs: number; offset?: number }
  /**
   * tx 'recorded': each statement as the server ran it; 'managed' / 'auto': all of them that way.
   * idleMs: the client sleeps this long before each replay (not timed), as Neo4j idles between an
   * API request's statements and the previous ones (HTTP, GraphQL): 'raw paced'.
   */
  | { kind: 'raw'; statements: Statement[][]; n: number; concurrency: number; maxMs: number; offset?: number; tx: 'recorded' | TxKind; idleMs?: number }
  | { kind: 'floor'; what: 'executeRead' | 'autocommit' | 'executor'; tree?: string; n: number; concurrency: number; maxMs: number };

/** One API request as the server saw it (ms): its whole time, and before, during and after its statements. */
export interface RequestTiming {
  /** From the HTTP 'request' event to res.end() (the response handed to Node). */
  total: number;
  /** Until the first statement started (body, parse, validate, context, resolvers). */
  beforeDb: number;
  /** From the first statement's start to the last one's answer (records as objects, session closed). */
  db: number;
  /** From the last answer to res.end() (rest of execution, JSON, the HTTP response). */
  afterDb: number;
}

export interface Measured {
  /** Latency of each request in ms, in completion order. */
  lat: number[];
  /** Wall time of the whole job in ms. */
  ms: number;
}

/** Params → JSON-safe (neo4j Integer → {$int: "21"}). */
export function encodeParams(v: unknown): unknown {
  if (neo4j.isInt(v)) return { $int: v.toString() };
  if (Array.isArray(v)) return v.map(encodeParams);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeParams(x)]));
  return v;
}

export function decodeParams(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(decodeParams);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$int === 'string' && Object.keys(o).length === 1) return neo4j.int(o.$int);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeParams(x)]));
  }
  return v;
}

export const percentile = (xs: readonly number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};
