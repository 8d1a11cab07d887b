// neo4j-driver (6.x) hands a Bolt message to its socket in pieces of at most 1,400 bytes (its
// Chunker's buffer), one socket write, so one system call, per piece. A loader statement over a batch
// of 250 articles carries about a megabyte of parameters: some 800 system calls on this side and as
// many small reads on the server's. Measured on 2026-11-26 (bench:ingest, 8,000 articles, three pairs
// of runs): the seeder's CPU went 13.4/13.9/12.7 → 11.6/12.0/11.9 s and Neo4j's 8.1/9.5/6.5 →
// 7.0/6.2/5.7 s, end to end 10.4/11.3/9.3 → 8.9/9.0/8.4 s.
//
// coalesceBoltWrites() corks the socket when a full piece is written (a message longer than one piece
// has started) and uncorks it on the next tick, as Node's own HTTP server does with a response: the
// message's pieces then leave in one writev. Messages of one piece (every read of the API) are written
// at once, as before. The driver has no setting for this, so it wraps the write method of its Node
// channel class, found by path inside the driver's own package; when that class is not where this
// expects it (another driver version), nothing is changed and the driver works as it always did.
import { createRequire } from 'node:module';

/**
 * The Chunker's pieces are 1,400 bytes at most and close to that when more follow (a piece ends early
 * only by the few bytes the next value needed); a message of one piece is usually far shorter.
 */
const FULL_PIECE_BYTES = 1024;

interface NodeChannelLike {
  _conn?: { cork(): void; uncork(): void; destroyed?: boolean } | null;
  _pending?: unknown[] | null;
  __corked?: boolean;
}

let installed: boolean | undefined;

/** Installs the coalescing once per process; true when it is in place. */
export function coalesceBoltWrites(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  try {
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const mod = fromDriver('neo4j-driver-bolt-connection/lib/channel/node/node-channel.js') as { default?: unknown };
    const NodeChannel = (mod.default ?? mod) as { prototype?: { write?: (buffer: unknown) => void } };
    const write = NodeChannel.prototype?.write;
    if (typeof write !== 'function') return installed;
    NodeChannel.prototype!.write = function (this: NodeChannelLike, buffer: unknown) {
      const conn = this._conn;
      const bytes = (buffer as { _buffer?: { length?: number } } | null)?._buffer?.length ?? 0;
      if (conn && this._pending === null && !this.__corked && bytes >= FULL_PIECE_BYTES) {
        conn.cork();
        this.__corked = true;
        process.nextTick(() => {
          this.__corked = false;
          conn.uncork();
        });
      }
      write.call(this, buffer);
    };
    installed = true;
  } catch {
    // Not the layout this expects: leave the driver as it is.
  }
  return installed;
}
