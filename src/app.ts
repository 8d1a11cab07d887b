// createApp(deps) → the yoga instance: schema, context, masked errors, /healthz. No listening here.
import { PothosValidationError } from '@pothos/core';
import { createGraphQLError, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { GraphQLError, getNamedType, isIntrospectionType, type GraphQLSchema, type ValidationRule } from 'graphql';
import { bearerMatches } from './auth.ts';
import type { AppDeps, Context } from './context.ts';
import { AppError } from './errors.ts';
import { checkHealth } from './health.ts';
import { buildSchema } from './schema/index.ts';
import { jitPlugin } from './schema/jit.ts';
import { aliasLimitPlugin } from './schema/limits.ts';
import { webPlugin } from './web.ts';

export type App = YogaServerInstance<Record<string, unknown>, Context>;

let cachedSchema: GraphQLSchema | undefined;
function schemaOnce(): GraphQLSchema {
  cachedSchema ??= buildSchema();
  return cachedSchema;
}

/** Plain-HTTP health check that really asks Neo4j: 200 {ok:true} or 503 with the reason. */
function healthzPlugin(deps: AppDeps): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/healthz') return;
      const report = await checkHealth(deps.db);
      endResponse(
        new fetchAPI.Response(JSON.stringify({ status: report.ok ? 'ok' : 'unavailable', ...report }), {
          status: report.ok ? 200 : 503,
          headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        }),
      );
    },
  };
}

/** GRAPHQL_INTROSPECTION=false: `__schema` / `__type` are refused at validation (`__typename` stays). */
const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    const type = getNamedType(context.getType());
    if (type && isIntrospectionType(type)) {
      context.reportError(
        // yoga gives validation errors the code GRAPHQL_VALIDATION_FAILED; the message says why
        new GraphQLError(`Introspection is turned off on this server; "${node.name.value}" cannot be queried.`, { nodes: [node] }),
      );
    }
  },
});

function noIntrospectionPlugin(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(noIntrospectionRule);
    },
  };
}

const tooLarge = () =>
  createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });

/**
 * Bodies over `maxBytes` are refused with 413 (REQUEST_ENTITY_TOO_LARGE) before they are parsed.
 * A valid Content-Length over the limit is refused without reading; under it, nothing more is
 * needed: the HTTP parser reads exactly that many bytes as the body. Only a body without one
 * (chunked) is counted as it is read. Yoga's own limit (maxRequestBodySize) re-streams every
 * body through a TransformStream and a new Request, a measurable share of a small query's time.
 */
function bodyLimitPlugin(maxBytes: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length != null) {
        if (!/^\d+$/.test(length)) {
          throw createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        }
        if (Number(length) > maxBytes) throw tooLarge();
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (req) => parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body: await readBounded(req, maxBytes) })));
    },
  };
}

/** The whole body, or a 413 error as soon as it passes `maxBytes` (the rest is not read). */
async function readBounded(req: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = req.body!.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * The error with another message and extensions, as a new GraphQLError with the same locations,
 * path and cause: errors made by graphql-jit (GRAPHQL_JIT) have a read-only message, so changing
 * them in place threw and every expected error came out masked as INTERNAL.
 */
function recoded(error: GraphQLError, message: string, extensions: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, originalError: error.originalError, extensions });
}

export function createApp(deps: AppDeps): App {
  const { config, logger } = deps;
  return createYoga<Record<string, unknown>, Context>({
    schema: schemaOnce(),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // bodyLimitPlugin enforces GRAPHQL_MAX_BODY_BYTES (chunked bodies included) at less cost per request.
    maxRequestBodySize: false,
    graphiql: config.graphql.graphiql ? { title: 'Diplomatic graph' } : false,
    logging: {
      debug: (...args) => logger.debug(args.length === 1 ? args[0] : args),
      info: (...args) => logger.info(args.length === 1 ? args[0] : args),
      warn: (...args) => logger.warn(args.length === 1 ? args[0] : args),
      error: (...args) => logger.error(args.length === 1 ? args[0] : args),
    },
    cors: config.http.corsOrigins.length > 0 ? { origin: config.http.corsOrigins, credentials: false } : false,
    maskedErrors: {
      maskError(error, message) {
        const original = (error as { originalError?: unknown }).originalError;
        if (original instanceof AppError && original.code !== 'INTERNAL') {
          return recoded(error as GraphQLError, original.message, { code: original.code, ...(original.options.argument ? { argument: original.options.argument } : {}) });
        }
        // GraphQL validation and our own GraphQLErrors with a code are expected; everything else is masked.
        const ext = (error as { extensions?: Record<string, unknown> }).extensions;
        // A variable of the wrong type or a missing required one (found before execution: no path,
        // the variable's node) or an id that Pothos cannot decode as a global id: the client's mistake.
        const gqlError = error as { path?: unknown; nodes?: unknown[] };
        const badVariable = !gqlError.path && (gqlError.nodes?.length ?? 0) > 0 && (original instanceof Error || (!!ext && ext.code === undefined));
        if (badVariable || original instanceof PothosValidationError) {
          return recoded(error as GraphQLError, (error as Error).message, { ...ext, code: 'BAD_USER_INPUT', ...(badVariable ? { http: { status: 400 } } : {}) });
        }
        if (!original && ext) return error as Error;
        logger.error({ err: original ?? error }, 'unexpected error in a GraphQL request');
        // a GraphQLError, so the answer keeps its message (a plain Error serialises without one),
        // path and locations; the cause stays in the log only
        const e = error as GraphQLError;
        return new GraphQLError(message, { nodes: e.nodes, source: e.source, positions: e.positions, path: e.path, extensions: { code: 'INTERNAL' } });
      },
    },
    plugins: [
      healthzPlugin(deps),
      bodyLimitPlugin(config.graphql.maxBodyBytes),
      webPlugin(),
      aliasLimitPlugin(config.graphql.maxAliases),
      ...(config.graphql.introspection ? [] : [noIntrospectionPlugin()]),
      ...(config.graphql.jit ? [jitPlugin(logger)] : []),
    ],
    context: ({ request }): Context => ({
      ...deps,
      auth: { ingest: bearerMatches(request.headers.get('authorization'), config.ingestToken) },
    }),
  });
}
