import { GraphQLError } from 'graphql';

/**
 * Error codes clients can rely on (in `extensions.code`). Anything thrown without one of these is
 * an internal error: its message is logged, and the client sees only the code and the request id.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The gateway could not reach a subgraph, or it did not answer in time; `serviceName` says which. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
} as const;

/** Codes whose messages were written for the client and may be shown as they are. */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.NOT_FOUND,
  ErrorCode.SUBGRAPH_UNAVAILABLE,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'OPERATION_NOT_IN_SAFELIST',
  'INVALID_GRAPHQL',
  'PERSISTED_QUERY_HASH_MISMATCH',
  'BOOKING_CONFLICT',
  'BOOKING_NOT_ALLOWED',
  'BOOKING_STATE_CONFLICT',
  'IDEMPOTENCY_KEY_REUSED',
]);

/** A bad argument: says which one, what was expected and what was received. */
export function badInput(argument: string, expected: string, received: unknown): GraphQLError {
  return new GraphQLError(`Invalid argument "${argument}": expected ${expected}, received ${JSON.stringify(received)}.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, argument },
  });
}

export function notFound(what: string, key: string): GraphQLError {
  return new GraphQLError(`${what} "${key}" does not exist.`, {
    extensions: { code: ErrorCode.NOT_FOUND },
  });
}

/** Region codes are digits only (NBS division codes): 2, 4, 6, 9 or 12 of them. */
const REGION_CODE = /^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/;
/** A prefix may stop anywhere within a code. */
const REGION_PREFIX = /^\d{1,12}$/;

export function checkRegionCode(argument: string, value: string): string {
  if (!REGION_CODE.test(value)) {
    throw badInput(argument, 'a division code of 2, 4, 6, 9 or 12 digits', value);
  }
  return value;
}

export function checkRegionPrefix(argument: string, value: string): string {
  if (!REGION_PREFIX.test(value)) throw badInput(argument, 'a division code prefix of 1 to 12 digits', value);
  return value;
}

/** Ids of this graph: letters, digits and '_', '.', ':', '-' (e.g. site-330106002-r1). */
const ID = /^[\w.:-]{1,100}$/;

export function isValidId(value: string): boolean {
  return typeof value === 'string' && ID.test(value);
}

/** An id argument: anything else (a NUL byte, a 10 kB string) is BAD_USER_INPUT, not a database error. */
export function checkId(argument: string, value: string): string {
  if (!isValidId(value))
    throw badInput(
      argument,
      'an id of letters, digits, "_", ".", ":" or "-" (at most 100)',
      value.length > 120 ? `${value.slice(0, 100)}…` : value,
    );
  return value;
}

/** The years instants and dates may fall in: far enough for any booking, near enough for every database. */
const EARLIEST = Date.parse('2000-01-01T00:00:00Z');
const LATEST = Date.parse('2100-01-01T00:00:00Z');

/** A DateTime argument within 2000–2099 (year 0 or 10000 would reach SQL and fail there). */
export function checkInstant(argument: string, value: Date): Date {
  const t = value.getTime();
  if (!(t >= EARLIEST && t < LATEST))
    throw badInput(argument, 'a time from 2000 to 2099', Number.isNaN(t) ? String(value) : value.toISOString());
  return value;
}

/** A LocalDate argument (YYYY-MM-DD) within 2000–2099. */
export function checkLocalDate(argument: string, value: string): string {
  if (!/^20\d\d-\d\d-\d\d$/.test(value)) throw badInput(argument, 'a date from 2000-01-01 to 2099-12-31', value);
  return value;
}

/** A window [from, to) of at most `maxDays` days, both ends within 2000–2099. */
export function checkWindow(from: Date, to: Date, maxDays: number): void {
  checkInstant('from', from);
  checkInstant('to', to);
  if (!(to > from) || to.getTime() - from.getTime() > maxDays * 86_400_000) {
    throw badInput('to', `after from, at most ${maxDays} days later`, to.toISOString());
  }
}
