// Where the time of one statement goes on the wire, in whichever process installs this (the API
// server or the load client), to compare the same statement in both: from the call until its bytes
// are written to the Bolt socket, until the first answer bytes arrive, until the last ones, and from
// there until the call returns (decoding, records as objects, session closed). One statement at a
// time (c=1); the socket is recognised by its remote port.
import net from 'node:net';
import { PerformanceObserver } from 'node:perf_hooks';

export interface WireSpan {
  call: number;
  /** First write to the Bolt socket after the call (RUN + PULL). */
  write?: number;
  firstData?: number;
  lastData?: number;
  /** The call returned (records as objects, session closed). */
  end?: number;
  /** Bytes received for this statement. */
  bytes: number;
  /** Writes to the Bolt socket during the call. */
  writes?: number;
  /** Named moments inside the call (mark()), e.g. the run's records in hand, the session closed. */
  marks?: Record<string, number>;
}

/** Records a named moment in the open span. */
export function mark(name: string): void {
  if (current) (current.marks ??= {})[name] = performance.now();
}

export interface WireParts {
  /** call → first write */
  toWrite: number;
  /** first write → first answer bytes (Neo4j, loopback, and this process waking up) */
  server: number;
  /** first → last answer bytes */
  receive: number;
  /** last answer bytes → call returned */
  after: number;
  total: number;
  bytes: number;
  writes: number;
  /** ms of garbage collection (this process's main-thread pauses) inside the call. */
  gc: number;
  /** ms from the last answer bytes to each mark. */
  marks: Record<string, number>;
}

let current: WireSpan | null = null;
export const spans: WireSpan[] = [];
/** GC pauses [start, end] since the last takeParts(). */
let gcs: [number, number][] = [];

/** Patches net.Socket once; every write to / data from `port` is charged to the open span. */
export function installWire(port: number): void {
  const proto = net.Socket.prototype as net.Socket & { __wire?: boolean };
  if (proto.__wire) return;
  proto.__wire = true;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push([e.startTime, e.startTime + e.duration]);
  }).observe({ entryTypes: ['gc'] });
  const write = proto.write;
  proto.write = function (this: net.Socket, ...args: unknown[]) {
    if (current && this.remotePort === port) {
      current.write ??= performance.now();
      current.writes = (current.writes ?? 0) + 1;
    }
    return (write as (...a: unknown[]) => boolean).apply(this, args);
  } as typeof proto.write;
  const emit = proto.emit;
  proto.emit = function (this: net.Socket, event: string | symbol, ...args: unknown[]) {
    if (event === 'data' && current && this.remotePort === port) {
      const t = performance.now();
      current.firstData ??= t;
      current.lastData = t;
      current.bytes += (args[0] as Buffer).length;
    }
    const r = (emit as (...a: unknown[]) => boolean).call(this, event, ...args);
    if (event === 'data' && current && this.remotePort === port) mark('data handled');
    return r;
  } as typeof proto.emit;
}

export async function traced<T>(work: () => Promise<T>): Promise<T> {
  const span: WireSpan = { call: performance.now(), bytes: 0 };
  current = span;
  try {
    return await work();
  } finally {
    span.end = performance.now();
    if (current === span) current = null;
    spans.push(span);
  }
}

function gcIn(a: number, b: number): number {
  let ms = 0;
  for (const [x, y] of gcs) ms += Math.max(0, Math.min(b, y) - Math.max(a, x));
  return ms;
}

export function parts(s: WireSpan): WireParts | null {
  if (s.write === undefined || s.firstData === undefined || s.lastData === undefined || s.end === undefined) return null;
  return { toWrite: s.write - s.call, server: s.firstData - s.write, receive: s.lastData - s.firstData, after: s.end - s.lastData, total: s.end - s.call, bytes: s.bytes, writes: s.writes ?? 0, gc: gcIn(s.call, s.end), marks: Object.fromEntries(Object.entries(s.marks ?? {}).map(([k, t]) => [k, t - s.lastData!])) };
}

/** The spans so far as parts; GC pauses are matched to them (wait a tick first: GC entries come asynchronously). */
export async function takeParts(): Promise<WireParts[]> {
  await new Promise((r) => setTimeout(r, 10));
  const out = spans.splice(0).map(parts).filter((p): p is WireParts => p !== null);
  gcs = [];
  return out;
}
