// The Pothos builder: plugins, the Context type and scalars. Types live in their own files.
import SchemaBuilder from '@pothos/core';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ComplexityPlugin, { ComplexityErrorKind } from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context.ts';
import { AppError } from '../errors.ts';

export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { ingest: boolean };
  DefaultFieldNullability: false;
  Scalars: {
    Date: { Input: string; Output: string };
    DateTime: { Input: string; Output: string };
  };
}>({
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ComplexityPlugin, DataloaderPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({ ingest: ctx.auth.ingest }),
    treatErrorsAsUnauthorized: true,
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: (ctx) => ({ complexity: ctx.config.graphql.maxComplexity, depth: ctx.config.graphql.maxDepth, breadth: 200 }),
    // A limit is an expected error: say which one and by how much (otherwise it would be masked as INTERNAL).
    complexityError: (kind, r) =>
      new AppError(
        'LIMIT_EXCEEDED',
        kind === ComplexityErrorKind.Depth
          ? `The query is ${r.depth} levels deep, above the maximum of ${r.maxDepth}.`
          : kind === ComplexityErrorKind.Breadth
            ? `The query selects ${r.breadth} fields, above the maximum of ${r.maxBreadth}.`
            : `The query's complexity is ${r.complexity}, above the maximum of ${r.maxComplexity}; ask for smaller pages or fewer nested lists.`,
      ),
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  errors: {
    defaultTypes: [],
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601 (YYYY-MM-DD)',
  serialize: (v) => v,
  parseValue: (v) => {
    if (typeof v !== 'string' || !ISO_DATE.test(v) || Number.isNaN(Date.parse(v))) {
      throw new TypeError('Date must be a string YYYY-MM-DD');
    }
    return v;
  },
});

builder.scalarType('DateTime', {
  description: 'A point in time, ISO 8601',
  serialize: (v) => v,
  parseValue: (v) => {
    if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw new TypeError('DateTime must be an ISO 8601 string');
    return v;
  },
});

builder.queryType({});
builder.mutationType({});
