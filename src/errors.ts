// Expected errors carry a code from a closed set; GraphQL exposes them with that code, everything
// else is masked. Neo4j driver errors are mapped by their code, never by message text.
import { Neo4jError, isRetryableError } from 'neo4j-driver';

export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'LIMIT_EXCEEDED',
  'DATABASE_UNAVAILABLE',
  'DATABASE_TIMEOUT',
  'CONFLICT',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly options: { cause?: unknown; argument?: string } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
  }
}

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/**
 * Neo4j could not be reached at all (down, restarting, network cut), as opposed to a query or data
 * problem: retrying the same work later, once it is back, can succeed.
 */
export function isUnreachable(err: unknown): boolean {
  const cause = err instanceof AppError ? err.options.cause : err;
  return cause instanceof Neo4jError && UNAVAILABLE.has(cause.code);
}

/** Maps a driver error to an AppError; anything unknown is INTERNAL (masked to clients). */
export function fromNeo4jError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof Neo4jError) {
    if (UNAVAILABLE.has(err.code)) {
      return new AppError('DATABASE_UNAVAILABLE', 'Neo4j is unreachable; check that it is running (npm run db:status) and NEO4J_URI.', { cause: err });
    }
    if (err.code === 'Neo.ClientError.Transaction.TransactionTimedOut' || err.code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
      return new AppError('DATABASE_TIMEOUT', 'The query took too long and was stopped; narrow the filter or lower the depth.', { cause: err });
    }
    if (err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new AppError('CONFLICT', 'A concurrent write created the same node; retry the request.', { cause: err });
    }
    if (err.code === 'Neo.ClientError.Security.Unauthorized') {
      return new AppError('DATABASE_UNAVAILABLE', 'Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD.', { cause: err });
    }
    if (isRetryableError(err)) {
      return new AppError('DATABASE_UNAVAILABLE', 'Neo4j is busy or restarting; retry shortly.', { cause: err });
    }
  }
  return new AppError('INTERNAL', 'Unexpected database error', { cause: err });
}
