import { badInput, PublicError } from '../kit/errors.js';

/**
 * The gateway's own errors, each a PublicError (so masking shows it as it is) made by one factory
 * here: the features never build a GraphQLError with a code of their own. `http.status` is the HTTP
 * status Apollo answers with (the extension itself is not sent to the client).
 */
export const GatewayErrorCode = {
  /** A subgraph cannot be reached, failed with a 5xx, or did not answer in time; `serviceName` says which. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The operation's estimated cost is over `MAX_COST` (features/cost.ts); `cost` and `maxCost` say by how much. */
  COST_LIMIT_EXCEEDED: 'COST_LIMIT_EXCEEDED',
  /** No single operation to run: a wrong `operationName`, or several anonymous operations. */
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  /** A caller over its rate or its requests at once (HTTP 429, before GraphQL; `limit`, `retryAfterSeconds`). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** A kind of operation the graph does not serve (a subscription: no subgraph has a Subscription type). */
  OPERATION_NOT_SUPPORTED: 'OPERATION_NOT_SUPPORTED',
  /** Safelist mode: the operation is not one of schema/operations/manifest.json. */
  OPERATION_NOT_IN_SAFELIST: 'OPERATION_NOT_IN_SAFELIST',
  /** A browser's preflight from an origin `CORS_ORIGINS` does not name (HTTP 403, before GraphQL). */
  CORS_ORIGIN_NOT_ALLOWED: 'CORS_ORIGIN_NOT_ALLOWED',
  /** A `documentId` (or a persisted-query hash) of no trusted document: Apollo's own code for an unknown hash. */
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
} as const;

const BAD_REQUEST = { http: { status: 400 } };

/** The subgraph `serviceName` could not serve its part of the request (the rest of the answer survives). */
export function subgraphUnavailable(serviceName: string, message: string, cause?: unknown): PublicError {
  const error = new PublicError(GatewayErrorCode.SUBGRAPH_UNAVAILABLE, message, { serviceName });
  if (cause !== undefined) (error as { cause?: unknown }).cause = cause; // for the logs; never sent
  return error;
}

/** An operation costing more than the limit, refused with 400 before anything is planned or fetched. */
export function costLimitExceeded(cost: number, maxCost: number): PublicError {
  return new PublicError(
    GatewayErrorCode.COST_LIMIT_EXCEEDED,
    `Operation cost ${cost} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`,
    { cost, maxCost, ...BAD_REQUEST },
  );
}

export function operationResolutionFailure(message: string): PublicError {
  return new PublicError(GatewayErrorCode.OPERATION_RESOLUTION_FAILURE, message, BAD_REQUEST);
}

export function operationNotSupported(kind: string): PublicError {
  return new PublicError(
    GatewayErrorCode.OPERATION_NOT_SUPPORTED,
    `This graph serves queries and mutations, not ${kind}s: poll with a query instead (e.g. Space.calendar).`,
    BAD_REQUEST,
  );
}

export function notInSafelist(): PublicError {
  return new PublicError(
    GatewayErrorCode.OPERATION_NOT_IN_SAFELIST,
    'This gateway accepts only the operations of its safelist.',
    BAD_REQUEST,
  );
}

/** A preflight from an origin that may not call (answered 403 by features/cors.ts, in GraphQL's error shape). */
export function corsOriginRefused(origin: string): PublicError {
  const shown = origin.length > 100 ? `${origin.slice(0, 100)}…` : origin;
  return new PublicError(
    GatewayErrorCode.CORS_ORIGIN_NOT_ALLOWED,
    `Pages on ${JSON.stringify(shown)} may not call this gateway: its allowed origins are set by CORS_ORIGINS.`,
    { http: { status: 403 } },
  );
}

/** A bad value of one of the graph's scalars, refused with 400 before planning: kit's BAD_USER_INPUT message and `argument`. */
export function badScalarValue(argument: string, expected: string, received: unknown): PublicError {
  const { code, message } = badInput(argument, expected, received);
  return new PublicError(code, message, { argument, ...BAD_REQUEST });
}

/** A `documentId` that names no trusted document (features/persisted-documents.ts). */
export function persistedDocumentNotFound(documentId: string): PublicError {
  return new PublicError(
    GatewayErrorCode.PERSISTED_QUERY_NOT_FOUND,
    `No trusted document has the id ${JSON.stringify(documentId)}: send "sha256:" and the SHA-256 of a committed operation (schema/operations/manifest.json), or send the query itself.`,
    BAD_REQUEST,
  );
}
