// Imports every type file for its side effect, then builds the schema.
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './health.ts';
import './official.ts';
import './country.ts';
import './meeting.ts';
import './article.ts';
import './evidence.ts';
import './network.ts';
import './stats.ts';
import './subscription.ts';
import './ingest.ts';

export function buildSchema(): GraphQLSchema {
  return builder.toSchema();
}

/** The SDL committed in schema/schema.graphql. */
export function printSdl(schema: GraphQLSchema = buildSchema()): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
