import { builder } from './builder.ts';
import { checkHealth } from '../health.ts';

const Health = builder.objectRef<Awaited<ReturnType<typeof checkHealth>>>('Health').implement({
  description: 'Whether the service can reach Neo4j, asked of the server itself',
  fields: (t) => ({
    ok: t.exposeBoolean('ok'),
    neo4j: t.exposeString('neo4j', { description: '"ok", or why Neo4j is unreachable' }),
    latencyMs: t.exposeFloat('latencyMs', { nullable: true }),
  }),
});

builder.queryField('health', (t) =>
  t.field({
    type: Health,
    description: 'Asks Neo4j for real; never throws',
    resolve: (_root, _args, ctx) => checkHealth(ctx.db),
  }),
);
