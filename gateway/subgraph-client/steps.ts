import { IDENTITY_HEADER, PUBLIC_IDENTITY, signInternalIdentity } from '../../kit/identity.js';
import { REQUEST_ID_HEADER } from '../../kit/server.js';
import { subgraphUnavailable } from '../errors.js';
import type { SubgraphStep } from './client.js';

/** The error of `timeoutStep`: the subgraph did not answer (headers and body) within `timeoutMs`. */
export class SubgraphTimeout extends Error {
  constructor(
    readonly timeoutMs: number,
    options?: { cause?: unknown },
  ) {
    super(`no answer within ${timeoutMs} ms`, options);
    this.name = 'SubgraphTimeout';
  }
}

/** Aborts a request (connection, headers and body) that takes longer than `timeoutMs`: @apollo/gateway has no limit of its own. */
export function timeoutStep(timeoutMs: number): SubgraphStep {
  return async (request, next) => {
    const timer = AbortSignal.timeout(timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timer]) : timer;
    try {
      return await next({ ...request, signal });
    } catch (err) {
      if (timer.aborted) throw new SubgraphTimeout(timeoutMs, { cause: err });
      throw err;
    }
  };
}

/** Forwards the gateway's request id, so one id follows a request through every log. */
export function requestIdStep(): SubgraphStep {
  return (request, next) => {
    if (request.context?.requestId) request.headers.set(REQUEST_ID_HEADER, request.context.requestId);
    return next(request);
  };
}

/** Signs the caller's verified identity (and the request id) for this one subgraph: a subgraph trusts nothing else. */
export function signIdentityStep(internalKey: Uint8Array): SubgraphStep {
  return async (request, next) => {
    const { context } = request;
    request.headers.set(
      IDENTITY_HEADER,
      await signInternalIdentity(context?.identity ?? PUBLIC_IDENTITY, context?.requestId ?? '', request.serviceName, internalKey),
    );
    return next(request);
  };
}

/**
 * A subgraph that cannot be reached (refused, reset, timed out) or answers with a 5xx is
 * SUBGRAPH_UNAVAILABLE naming the service, never an internal error with the URL in it. Other answers
 * (a 401, a GraphQL error) pass as they are, and so does an error of an inner step (a PublicError of a
 * circuit breaker, say, or a bug, which stays internal).
 */
export function mapErrorsStep(): SubgraphStep {
  return async (request, next) => {
    const { serviceName } = request;
    let res: Response;
    try {
      res = await next(request);
    } catch (err) {
      if (err instanceof SubgraphTimeout) {
        throw subgraphUnavailable(serviceName, `The ${serviceName} service did not answer within ${err.timeoutMs} ms.`, err);
      }
      // fetch fails with a TypeError (refused, reset, DNS) or the signal's reason; anything else is a bug of ours.
      if (err instanceof TypeError || (err instanceof Error && ['AbortError', 'TimeoutError'].includes(err.name))) {
        throw subgraphUnavailable(serviceName, `The ${serviceName} service is unavailable.`, err);
      }
      throw err;
    }
    if (res.status >= 500) throw subgraphUnavailable(serviceName, `The ${serviceName} service failed (HTTP ${res.status}).`);
    return res;
  };
}
