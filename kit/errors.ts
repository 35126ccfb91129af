import { GraphQLError } from 'graphql';

/**
 * Errors clients may see. Every error meant for a client is a `PublicError` made by a factory declared
 * beside the code it uses (here for the codes every service shares; a subgraph's or the gateway's own in
 * its `errors.ts`). Masking trusts the class, not a list of codes: anything else thrown (a database error,
 * a bug) is an internal error, logged with the request id and shown only as INTERNAL_SERVER_ERROR.
 */
export class PublicError extends GraphQLError {
  constructor(
    readonly code: string,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = 'PublicError';
  }
}

/** The codes of the kit's own errors. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The database stopped a statement of this request at its time limit (`STATEMENT_TIMEOUT_MS`); `timeoutMs` says it. */
  STATEMENT_TIMEOUT: 'STATEMENT_TIMEOUT',
} as const;

/** True when `error`, or an error it wraps, is a PublicError. */
export function isPublicError(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 5; depth++) {
    if (e instanceof PublicError) return true;
    e = (e as { originalError?: unknown }).originalError;
  }
  return false;
}

/** Longest rendering of a received value in a message: an error never echoes a whole oversized input. */
const MAX_ECHO = 100;

function shown(received: unknown): string {
  const text = typeof received === 'string' ? JSON.stringify(received) : (JSON.stringify(received) ?? String(received));
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}… (${text.length} characters)` : text;
}

/** Longest message sent or logged: GraphQL's own messages quote whole values (a 900 KB string twice). */
export const MAX_MESSAGE = 600;
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/**
 * A message as it may be sent and logged: every quoted value cut to its first MAX_ECHO characters
 * (`"xxxx…" (900000 characters)`), the whole to MAX_MESSAGE. Our own errors are short already
 * (`shown`); this is for GraphQL's and the libraries', which quote what they were given.
 */
export function briefMessage(message: string): string {
  if (message.length <= MAX_ECHO) return message;
  const brief = message.replace(QUOTED, (whole, inner: string) =>
    inner.length > MAX_ECHO ? `"${inner.slice(0, MAX_ECHO)}…" (${inner.length} characters)` : whole,
  );
  return brief.length > MAX_MESSAGE ? `${brief.slice(0, MAX_MESSAGE)}… (${brief.length} characters)` : brief;
}

/** A bad argument: says which one, what was expected and what was received. */
export function badInput(argument: string, expected: string, received: unknown): PublicError {
  return new PublicError(ErrorCode.BAD_USER_INPUT, `Invalid argument "${argument}": expected ${expected}, received ${shown(received)}.`, {
    argument,
  });
}

export function notFound(what: string, key: string): PublicError {
  return new PublicError(ErrorCode.NOT_FOUND, `${what} "${key.slice(0, MAX_ECHO)}" does not exist.`);
}

/** The caller may not do or see this; the message says who may. */
export function forbidden(message: string): PublicError {
  return new PublicError(ErrorCode.FORBIDDEN, message);
}

/** A read of this request ran past the database's time limit and was stopped (kit/db-clients.ts). */
export function statementTimeout(timeoutMs: number): PublicError {
  return new PublicError(
    ErrorCode.STATEMENT_TIMEOUT,
    `The database stopped a statement of this request after ${timeoutMs} ms: ask for a smaller region, a shorter window or a smaller page.`,
    { timeoutMs },
  );
}
