// Shared pieces of the read builders: the {cypher, params} shape, keyset pagination clauses and
// opaque cursors. Expressions passed here are constants written in the builders, never user input.
import neo4j, { type Integer } from 'neo4j-driver';
import type { Params } from '../../db/executor.ts';

export interface Query {
  cypher: string;
  params: Params;
}

export type Direction = 'ASC' | 'DESC';

/** A cursor key: the values of the ordering expressions of one row, e.g. [date, id]. */
export type Key = readonly (string | number)[];

/**
 * One keyset page request. The builders order by `ordering` (flipped when `reverse`), keep rows
 * strictly after `cursor` in that order and return at most `limit` rows (callers ask one more
 * than they show, to know whether there is a next page).
 */
export interface KeysetPage {
  cursor: Key | null;
  limit: number;
  reverse: boolean;
}

export interface Ordering {
  /** Cypher expressions over the bound variables, the last one unique (so the order is total). */
  exprs: readonly string[];
  dirs: readonly Direction[];
}

const flip = (d: Direction): Direction => (d === 'ASC' ? 'DESC' : 'ASC');

/** `ORDER BY` text and the keyset predicate (or null on the first page) for one page. */
export function keyset(ordering: Ordering, page: KeysetPage, param = 'cursor'): { orderBy: string; where: string | null; params: Params } {
  const dirs = page.reverse ? ordering.dirs.map(flip) : ordering.dirs;
  const orderBy = ordering.exprs.map((e, i) => `${e} ${dirs[i]}`).join(', ');
  if (!page.cursor) return { orderBy, where: null, params: {} };
  if (page.cursor.length !== ordering.exprs.length) throw new TypeError('cursor does not match the ordering');
  // (e0 > c0) OR (e0 = c0 AND e1 > c1) OR ...
  const alternatives = ordering.exprs.map((e, i) => {
    const equal = ordering.exprs.slice(0, i).map((p, j) => `${p} = $${param}[${j}]`);
    return [...equal, `${e} ${dirs[i] === 'ASC' ? '>' : '<'} $${param}[${i}]`].join(' AND ');
  });
  return { orderBy, where: `(${alternatives.map((a) => `(${a})`).join(' OR ')})`, params: { [param]: [...page.cursor] } };
}

/** `WHERE a AND b` or the empty string. */
export function where(conditions: readonly (string | null | undefined | false)[]): string {
  const kept = conditions.filter((c): c is string => typeof c === 'string' && c.length > 0);
  return kept.length > 0 ? `WHERE ${kept.join(' AND ')}` : '';
}

/** Joins non-empty lines: builders compose optional clauses without blank lines in the snapshot. */
export function lines(...parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p.trim().length > 0).join('\n');
}

export function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key of an opaque cursor, or null when it is not one of ours (the caller reports the argument). */
export function decodeCursor(cursor: string, size: number): Key | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== size) return null;
    if (!value.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) return null;
    return value as Key;
  } catch {
    return null;
  }
}

/** JS numbers go to Neo4j as floats; LIMIT and index options need integers. */
export function int(n: number): Integer {
  return neo4j.int(n);
}
