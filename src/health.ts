import type { Db } from './db/executor.ts';
import { AppError } from './errors.ts';

export interface HealthReport {
  ok: boolean;
  neo4j: string;
  latencyMs: number | null;
}

/** Runs a real query against Neo4j with a short timeout. Never throws. */
export async function checkHealth(db: Db): Promise<HealthReport> {
  const started = performance.now();
  try {
    await db.ping();
    return { ok: true, neo4j: 'ok', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
  } catch (err) {
    const message = err instanceof AppError ? err.message : 'Neo4j did not answer';
    return { ok: false, neo4j: `unreachable: ${message}`, latencyMs: null };
  }
}
