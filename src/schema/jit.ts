// Compiled execution (on by default; GRAPHQL_JIT=false turns it off): graphql-jit turns a query
// document into code for its selection once, then runs that instead of graphql-js's generic
// field-by-field walk (the neighbourhood of a node is some 5,000 fields: its API CPU per request
// went from 2.9 to 1.5 ms in bench:api-cpu, whoMet's from 0.68 to 0.52 ms).
//
// Compiling happens before execution, so before the complexity and depth limits, which Pothos checks
// in the root resolvers. Its cost follows the document's size with fragments expanded: a fragment
// bomb (F1 spreads F0 twice, F2 spreads F1 twice, …) compiled in 0.13 s at 16 levels, 0.5 s at 18
// and doubles with each level, synchronously. The abuse tests send 30 levels; with every document
// compiled, that request held the event loop (of a test worker: no timeout can fire) for tens of
// minutes, which is how the suite once stopped making progress with graphql-jit. So only queries
// whose expanded size is small are compiled; everything else (and every subscription and mutation)
// runs through graphql-js as before.
//
// Differences of compiled execution that the service hides, so answers are the same bytes either
// way (likeGraphqlJs): its errors have a read-only message and locations but no AST nodes, source
// or positions (yoga dropped their locations), and its results put `data` before `errors`.
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, Kind, type DocumentNode, type ExecutionResult, type FragmentDefinitionNode, type SelectionSetNode, type Source, type SourceLocation } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

/** Fields of a compiled document with every fragment spread expanded (the neighbourhood query has 8). */
export const JIT_MAX_EXPANDED_FIELDS = 500;

/**
 * The number of field selections in the document's operations with fragment spreads expanded
 * (each fragment counted once per spread), computed in time linear in the document. Infinity for
 * a fragment cycle or an unknown fragment (validation refuses those first).
 */
export function expandedFieldCount(document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const sizes = new Map<string, number>();
  const visiting = new Set<string>();
  const fragmentSize = (name: string): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const fragment = fragments.get(name);
    if (!fragment || visiting.has(name)) return Infinity;
    visiting.add(name);
    const size = setSize(fragment.selectionSet);
    visiting.delete(name);
    sizes.set(name, size);
    return size;
  };
  const setSize = (set: SelectionSetNode | undefined): number => {
    let n = 0;
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) n += 1 + setSize(s.selectionSet);
      else if (s.kind === Kind.INLINE_FRAGMENT) n += setSize(s.selectionSet);
      else n += fragmentSize(s.name.value);
    }
    return n;
  };
  let total = 0;
  for (const d of document.definitions) if (d.kind === Kind.OPERATION_DEFINITION) total += setSize(d.selectionSet);
  return total;
}

/** Whether a document is compiled at all: queries only (no mutation or subscription in it), small once expanded. */
export function compilable(document: DocumentNode): boolean {
  return (
    document.definitions.every((d) => d.kind !== Kind.OPERATION_DEFINITION || d.operation === 'query') &&
    expandedFieldCount(document) <= JIT_MAX_EXPANDED_FIELDS
  );
}

/**
 * The yoga plugin. Compiled queries are kept per parsed document (yoga caches those by text) and
 * operation name; null: run through graphql-js (not compilable, or graphql-jit refused it, which is
 * logged once: the document was valid, so graphql-js answers it as before).
 */
export function jitPlugin(logger: Logger): Plugin {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const lookup = (document: DocumentNode, operationName: string | null | undefined, compile: () => CompiledQuery | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let entry = byName.get(key);
    if (entry === undefined) {
      entry = compile();
      byName.set(key, entry);
    }
    return entry;
  };
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const query = lookup(args.document, args.operationName, () => {
        if (!compilable(args.document)) return null;
        const result = compileQuery(args.schema, args.document, args.operationName ?? undefined);
        if (isCompiledQuery(result)) return result;
        logger.warn({ errors: result.errors?.map((e) => e.message) }, 'graphql-jit could not compile a valid query; it runs through graphql-js');
        return null;
      });
      if (!query) return;
      setExecuteFn((a) => {
        const result = query.query(a.rootValue, a.contextValue, a.variableValues) as ExecutionResult | Promise<ExecutionResult>;
        // Variables it cannot coerce: answered before anything ran, without data and with errors that
        // have no AST nodes (masked as INTERNAL, status 500). graphql-js answers those as it always
        // did: 400, BAD_USER_INPUT, the variable's location.
        if (!(result instanceof Promise) && result.data === undefined) return executeFn(a);
        const source = a.document.loc?.source;
        return result instanceof Promise ? result.then((r) => likeGraphqlJs(r, source)) : likeGraphqlJs(result, source);
      });
    },
  };
}

/**
 * The result as graphql-js would give it, so the answer is the same bytes with or without
 * compilation: `errors` (only when there are some) before `data`, since yoga serialises keys in
 * order and graphql-jit puts `data` first; and errors that yoga can locate (see locatedLikeGraphqlJs).
 */
export function likeGraphqlJs(result: ExecutionResult, source: Source | undefined): ExecutionResult {
  const { errors, data, ...rest } = result;
  if (!errors || errors.length === 0) return { data, ...rest };
  return { errors: errors.map((e) => locatedLikeGraphqlJs(e, source)), data, ...rest };
}

/**
 * graphql-jit's errors know their line and column but have no AST nodes, source or positions, and
 * yoga rebuilds every error from those before answering: the locations were lost. The same error
 * with the document's source and the positions of its locations comes out located as graphql-js's.
 * (Its message is also writable again, which app.ts's recoding no longer has to work around.)
 */
function locatedLikeGraphqlJs(error: GraphQLError, source: Source | undefined): GraphQLError {
  if (error.nodes || !source || !error.locations) return error;
  const positions = error.locations.map((l) => offsetOf(source.body, l));
  return new GraphQLError(error.message, { source, positions, path: error.path, originalError: error.originalError ?? undefined, extensions: error.extensions });
}

/** The character offset of a 1-based line and column, with graphql-js's idea of a line break. */
export function offsetOf(body: string, { line, column }: SourceLocation): number {
  const lineBreak = /\r\n|[\n\r]/g;
  let start = 0;
  for (let l = 1; l < line; l++) {
    const m = lineBreak.exec(body);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return start + column - 1;
}
