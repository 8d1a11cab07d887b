// Cursor connections over keyset pages, batched per field path, and loaders that keep key order.
// Every list in the API goes through here, so page sizes, cursors and errors behave the same everywhere.
import { createContextCache } from '@pothos/core';
import { clearAllDataLoaders } from '@pothos/plugin-dataloader';
import { decodeGlobalID } from '@pothos/plugin-relay';
import DataLoader from 'dataloader';
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';
import { decodeCursor, encodeCursor, type Direction, type Key, type KeysetPage } from '../graph/read/query.ts';

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface PageSpec {
  page: KeysetPage;
  /** Rows to show (the query asks one more). */
  size: number;
  backward: boolean;
  /** A cursor was given: there are rows before it (forward) or after it (backward). */
  fromCursor: boolean;
}

export const DEFAULT_PAGE_SIZE = 20;

/** Validates first/after/last/before against the configured maximum page size. */
export function pageSpec(args: ConnectionArgs, ctx: Pick<Context, 'config'>, keySize: number): PageSpec {
  const max = ctx.config.graphql.maxPageSize;
  if (args.first != null && args.last != null) throw new AppError('BAD_USER_INPUT', 'Give either "first" or "last", not both.', { argument: 'last' });
  if (args.after != null && args.before != null) throw new AppError('BAD_USER_INPUT', 'Give either "after" or "before", not both.', { argument: 'before' });
  const backward = args.last != null || args.before != null;
  const argument = backward ? 'last' : 'first';
  const asked = backward ? args.last : args.first;
  if (asked != null && (!Number.isInteger(asked) || asked < 0)) throw new AppError('BAD_USER_INPUT', `"${argument}" must be a non-negative integer.`, { argument });
  if (asked != null && asked > max) {
    throw new AppError('BAD_USER_INPUT', `"${argument}" is ${asked}, above the maximum page size of ${max}; page with "after"/"before" instead.`, { argument });
  }
  const size = asked ?? Math.min(DEFAULT_PAGE_SIZE, max);
  const raw = backward ? args.before : args.after;
  let cursor: Key | null = null;
  if (raw != null) {
    cursor = decodeCursor(raw, keySize);
    if (!cursor) throw new AppError('BAD_USER_INPUT', `"${backward ? 'before' : 'after'}" is not a cursor of this list.`, { argument: backward ? 'before' : 'after' });
  }
  return { page: { cursor, limit: size + 1, reverse: backward }, size, backward, fromCursor: cursor !== null };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Rows of one keyset page (in query order, one extra when there is more) → a Relay connection. */
export function toConnection<T>(rows: readonly T[], spec: PageSpec, keyOf: (row: T) => Key): Connection<T> {
  const more = rows.length > spec.size;
  const shown = rows.slice(0, spec.size);
  if (spec.backward) shown.reverse();
  const edges = shown.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: spec.backward ? spec.fromCursor : more,
      hasPreviousPage: spec.backward ? more : spec.fromCursor,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function compareKeys(a: Key, b: Key, dirs: readonly Direction[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const c = x < y ? -1 : 1;
    return dirs[i] === 'DESC' ? -c : c;
  }
  return 0;
}

/** A keyset page over a list already in memory (small lists: participants, a pair's meetings). */
export function pageArray<T>(all: readonly T[], args: ConnectionArgs, ctx: Pick<Context, 'config'>, keyOf: (row: T) => Key, dirs: readonly Direction[]): Connection<T> {
  const spec = pageSpec(args, ctx, dirs.length);
  const sorted = [...all].sort((a, b) => compareKeys(keyOf(a), keyOf(b), dirs));
  if (spec.backward) sorted.reverse();
  const sign = spec.backward ? -1 : 1;
  const cursor = spec.page.cursor;
  const rest = cursor ? sorted.filter((row) => sign * compareKeys(keyOf(row), cursor, dirs) > 0) : sorted;
  return toConnection(rest.slice(0, spec.page.limit), spec, keyOf);
}

const pathLoaders = createContextCache(() => new Map<string, DataLoader<string, unknown>>());

/** "a.*.b": the field's path with list indices folded, so every parent of one field shares a loader. */
function pathKey(path: GraphQLResolveInfo['path'] | undefined): string {
  const parts: string[] = [];
  for (let p = path; p; p = p.prev) parts.unshift(typeof p.key === 'number' ? '*' : p.key);
  return parts.join('.');
}

/**
 * A per-request DataLoader for one field at one place in the query: all parents at that path
 * (same arguments, since variables are per request) are loaded in one batch. `load` returns a
 * Map by key; keys it does not return get `empty`.
 */
export function pathLoader<V>(ctx: Context, info: GraphQLResolveInfo, load: (keys: string[]) => Promise<Map<string, V>>, empty: V): DataLoader<string, V> {
  const loaders = pathLoaders(ctx);
  const id = `${info.parentType.name}.${info.fieldName}@${pathKey(info.path.prev)}`;
  let loader = loaders.get(id) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (keys) => {
      const found = await load([...keys]);
      return keys.map((k) => found.get(k) ?? empty);
    });
    loaders.set(id, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** A per-request DataLoader shared by every field that names it (e.g. the participants of meetings). */
export function requestLoader<V>(ctx: Context, name: string, load: (keys: string[]) => Promise<Map<string, V>>, empty: (key: string) => V): DataLoader<string, V> {
  const loaders = pathLoaders(ctx);
  const id = `request:${name}`;
  let loader = loaders.get(id) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (keys) => {
      const found = await load([...keys]);
      return keys.map((k) => found.get(k) ?? empty(k));
    });
    loaders.set(id, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** Forgets everything loaded with this context: a subscription's context lives across events. */
export function clearRequestLoaders(ctx: Context): void {
  pathLoaders(ctx).clear();
  clearAllDataLoaders(ctx);
}

/** Loader results in key order, with a NOT_FOUND error for each key the database did not return. */
export function inKeyOrder<V>(keys: readonly string[], rows: readonly V[], keyOf: (v: V) => string, type: string): (V | Error)[] {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? new AppError('NOT_FOUND', `${type} ${k} does not exist.`));
}

/**
 * The key of a node from an ID argument: a Relay global ID of `type`, or the raw key itself
 * (analysts paste ids such as "marco-rubio"). A global ID of another type is a user error.
 */
export function keyFromId(value: string, type: string, argument: string): string {
  const decoded = tryDecodeGlobalId(value);
  if (!decoded) return value;
  if (decoded.typename === type) return decoded.id;
  if (/^[A-Z][A-Za-z]+$/.test(decoded.typename) && KNOWN_TYPES.has(decoded.typename)) {
    throw new AppError('BAD_USER_INPUT', `"${argument}" is the id of a ${decoded.typename}, not of a ${type}.`, { argument });
  }
  return value;
}

/** Whole groups of four base64 characters, the last one possibly padded: what a global id can be. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * A global id's type and key, or null when the value is not one (a raw key such as "marco-rubio").
 * Raw keys are the common case (dashboards pass them), and letting decodeGlobalID throw for them
 * built an error with a stack trace per argument: the base64 check answers most of them first.
 */
export function tryDecodeGlobalId(value: string): { typename: string; id: string } | null {
  if (!BASE64.test(value)) return null;
  try {
    return decodeGlobalID(value);
  } catch {
    return null;
  }
}

/** Node types whose global IDs the API accepts. */
export const KNOWN_TYPES = new Set(['Official', 'Country', 'Organization', 'Meeting', 'Article']);

/** Relay complexity: a connection costs its page size (edges count ×10 by default, so the multiplier is size/10). */
export function connectionComplexity(args: ConnectionArgs): { field: number; multiplier: number } {
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  return { field: 2, multiplier: Math.max(0.1, size / 10) };
}

/** The fields named `name` directly in a selection set, through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: Pick<GraphQLResolveInfo, 'fragments'>, out: FieldNode[] = []): FieldNode[] {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value === name) out.push(sel);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      fieldsNamed(sel.selectionSet, name, info, out);
    } else {
      fieldsNamed(info.fragments[sel.name.value]?.selectionSet, name, info, out);
    }
  }
  return out;
}

/**
 * Whether the query selects `path` (field names, e.g. ['edges', 'node', 'meetings']) under the
 * current field. Conservative: @skip/@include are ignored, so it may say yes when a directive drops
 * the field, never no when it is there. Lets a resolver leave out of its query what nobody asked for.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    nodes = nodes.flatMap((n) => fieldsNamed(n.selectionSet, name, info));
    if (nodes.length === 0) return false;
  }
  return true;
}
