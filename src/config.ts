// Typed configuration, read from the environment once at start-up. Nothing else reads process.env
// for settings: modules receive the frozen Config (or the part they need).
import { z } from 'zod';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/[^\s]+$/, 'must look like bolt://host:7687 or neo4j://host:7687')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j rejects shorter ones)').optional(),
  NEO4J_DATABASE: z.string().regex(/^[a-zA-Z][a-zA-Z0-9.-]{2,62}$/, 'must be a valid Neo4j database name').default('neo4j'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(15_000),
  PORT: z.coerce.number({ message: 'must be a port number' }).int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  INGEST_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(50).default(14),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).default(5000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  GRAPHQL_MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  GRAPHQL_MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(1024 * 1024),
  GRAPHQL_INTROSPECTION: bool.optional(),
  GRAPHIQL: bool.optional(),
  // On: the same answers (src/schema/jit.ts) for about half the API's CPU on large selections.
  GRAPHQL_JIT: bool.default(true),
  CORS_ORIGINS: z.string().default(''),
  SEED_ON_START: bool.default(true),
});

export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  neo4j: {
    /** Undefined: use (and start) the project's local Neo4j. */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    localPort: number;
    txTimeoutMs: number;
  };
  http: { port: number; host: string; corsOrigins: string[] };
  log: { level: LogLevel; format: 'json' | 'pretty' };
  env: 'development' | 'production' | 'test';
  ingestToken: string | undefined;
  /** npm start loads seed/ before listening. */
  seedOnStart: boolean;
  graphql: {
    maxDepth: number;
    maxComplexity: number;
    maxAliases: number;
    maxPageSize: number;
    /** Largest request body; a larger one is refused with 413 before it is parsed. */
    maxBodyBytes: number;
    introspection: boolean;
    graphiql: boolean;
    /** Run small queries as code compiled by graphql-jit (src/schema/jit.ts) instead of graphql-js's executor. */
    jit: boolean;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nFix the variables above (see .env.example) and start again.`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const clean = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(clean);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        const name = String(i.path[0] ?? 'environment');
        const value = clean[name];
        const shown = name.includes('PASSWORD') || name.includes('TOKEN') ? '(hidden)' : JSON.stringify(value);
        return `${name}=${shown}: ${i.message}`;
      }),
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) {
    throw new ConfigError(['NEO4J_PASSWORD: required when NEO4J_URI is set']);
  }
  return Object.freeze({
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      localPort: e.NEO4J_LOCAL_PORT,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    },
    http: {
      port: e.PORT,
      host: e.HOST,
      corsOrigins: e.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
    },
    log: { level: e.LOG_LEVEL, format: e.LOG_FORMAT ?? (production || !process.stdout.isTTY ? 'json' : 'pretty') },
    env: e.NODE_ENV,
    ingestToken: e.INGEST_TOKEN,
    seedOnStart: e.SEED_ON_START,
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxPageSize: e.GRAPHQL_MAX_PAGE_SIZE,
      maxBodyBytes: e.GRAPHQL_MAX_BODY_BYTES,
      introspection: e.GRAPHQL_INTROSPECTION ?? !production,
      graphiql: e.GRAPHIQL ?? !production,
      jit: e.GRAPHQL_JIT,
    },
  });
}
