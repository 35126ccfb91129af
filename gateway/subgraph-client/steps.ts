import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, circuitBreaker, handleWhen } from 'cockatiel';
import { Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { IDENTITY_HEADER, PUBLIC_IDENTITY, signInternalIdentity } from '../../kit/identity.js';
import { REQUEST_ID_HEADER } from '../../kit/server.js';
import { subgraphUnavailable } from '../errors.js';
import { parsedQuery } from './answer-shape.js';
import type { SubgraphRequest, SubgraphStep } from './client.js';

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

/**
 * Aborts a request (connection, headers and body) that takes longer than `timeoutMs` (a number, or each
 * subgraph's by its name): @apollo/gateway has no limit of its own.
 */
export function timeoutStep(timeoutMs: number | ((serviceName: string) => number)): SubgraphStep {
  const limitOf = typeof timeoutMs === 'number' ? () => timeoutMs : timeoutMs;
  return async (request, next) => {
    const limit = limitOf(request.serviceName);
    const timer = AbortSignal.timeout(limit);
    const signal = request.signal ? AbortSignal.any([request.signal, timer]) : timer;
    try {
      return await next({ ...request, signal });
    } catch (err) {
      if (timer.aborted) throw new SubgraphTimeout(limit, { cause: err });
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

/**
 * How long the gateway reuses one request's signed identity for further fetches to the same subgraph:
 * half of its 10 s lifetime, so that a token sent is always valid for 5 s more.
 */
export const IDENTITY_REUSE_MS = 5_000;

/**
 * Signs the caller's verified identity (and the request id) for this one subgraph: a subgraph trusts
 * nothing else. A request's plan often calls one subgraph several times (an entity fetch per level):
 * the token made for its first fetch to a subgraph is sent again on the later ones, for
 * IDENTITY_REUSE_MS, instead of signing the same claims each time.
 */
export function signIdentityStep(internalSecret: string): SubgraphStep {
  const signedFor = new WeakMap<object, Map<string, { token: Promise<string>; at: number }>>();
  const sign = (request: SubgraphRequest) =>
    signInternalIdentity(
      request.context?.identity ?? PUBLIC_IDENTITY,
      request.context?.requestId ?? '',
      request.serviceName,
      internalSecret,
    );
  return async (request, next) => {
    const { context } = request;
    let token: Promise<string>;
    if (!context) token = sign(request);
    else {
      let mine = signedFor.get(context);
      if (!mine) {
        mine = new Map();
        signedFor.set(context, mine);
      }
      const made = mine.get(request.serviceName);
      if (made && Date.now() - made.at < IDENTITY_REUSE_MS) token = made.token;
      else {
        token = sign(request);
        mine.set(request.serviceName, { token, at: Date.now() });
      }
    }
    request.headers.set(IDENTITY_HEADER, await token);
    return next(request);
  };
}

/** A subgraph that cannot serve the request: refused, reset, timed out, a 5xx, or its circuit open. */
export class SubgraphUnavailable extends Error {
  constructor(
    readonly serviceName: string,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = 'SubgraphUnavailable';
  }
}

/** A subgraph that answered, below 500, something that is not a GraphQL response (client.ts checks each answer). */
export class MalformedAnswer extends SubgraphUnavailable {
  constructor(serviceName: string, status: number, wrong: string) {
    super(serviceName, `The ${serviceName} service answered something that is not a GraphQL response.`, {
      cause: new Error(`HTTP ${status}: ${wrong}`),
    });
    this.name = 'MalformedAnswer';
  }
}

/** What a failed fetch of a subgraph request is, for the breaker and the error: null when it is not the subgraph's failure. */
function unavailability(serviceName: string, err: unknown): SubgraphUnavailable | null {
  if (err instanceof SubgraphUnavailable) return err;
  if (err instanceof SubgraphTimeout) {
    return new SubgraphUnavailable(serviceName, `The ${serviceName} service did not answer within ${err.timeoutMs} ms.`, { cause: err });
  }
  if (err instanceof BrokenCircuitError) {
    return new SubgraphUnavailable(
      serviceName,
      `The ${serviceName} service is unavailable (failing repeatedly: not asked again for a moment).`,
      {
        cause: err,
      },
    );
  }
  // fetch fails with a TypeError (refused, reset, DNS) or the signal's reason; anything else is a bug of ours.
  if (err instanceof TypeError || (err instanceof Error && ['AbortError', 'TimeoutError'].includes(err.name))) {
    return new SubgraphUnavailable(serviceName, `The ${serviceName} service is unavailable.`, { cause: err });
  }
  return null;
}

/** The extension an entity's SUBGRAPH_UNAVAILABLE error carries its representation in, until the gateway places it (never sent). */
export const REPRESENTATION = 'venueGraphRepresentation';

/**
 * At most this many errors for one failed fetch (each null field has its own up to here; past it one
 * more error, without a path, says how many more fields are null): the cost limit bounds the rest.
 */
export const MAX_ERRORS_PER_FETCH = 1_000;

/** A field a failed request asked for: its path as the subgraph names it, and for an entity its representation. */
export interface FailedField {
  path: (string | number)[];
  representation?: Record<string, unknown>;
}

/**
 * What a failed subgraph request would have answered, as the subgraph would name it: its root fields
 * (`["socialWorkStations"]`), or for an entity fetch each entity's fields (`["_entities", 3, "name"]`,
 * which @apollo/gateway turns into the path in the answer).
 */
export function failedFields(body: string): FailedField[] {
  let request: { query?: unknown; variables?: { representations?: unknown[] } };
  try {
    request = JSON.parse(body);
  } catch {
    return [];
  }
  const operation = parsedQuery(request.query)?.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return [];
  const out: FailedField[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value !== '_entities') {
      out.push({ path: [key] });
      continue;
    }
    const fields = entityFields(selection.selectionSet);
    const representations = Array.isArray(request.variables?.representations) ? request.variables.representations : [];
    representations.forEach((representation, i) => {
      for (const f of fields) out.push({ path: [key, i, f], representation: representation as Record<string, unknown> });
    });
  }
  return out;
}

/** The fields asked of the entities, in the order first asked, across the type conditions; not `__typename`. */
function entityFields(set: SelectionSetNode | undefined): string[] {
  const out = new Set<string>();
  for (const s of set?.selections ?? []) {
    if (s.kind === Kind.FIELD && s.name.value !== '__typename') out.add(s.alias?.value ?? s.name.value);
    if (s.kind === Kind.INLINE_FRAGMENT) for (const f of entityFields(s.selectionSet)) out.add(f);
  }
  return [...out];
}

/**
 * A subgraph that cannot be reached (refused, reset, timed out, its circuit open) or answers with a 5xx
 * costs only its own fields: the step answers for it, as a subgraph would, with no data and one
 * SUBGRAPH_UNAVAILABLE error naming the service at the path of each field it was asked for, so
 * @apollo/gateway puts each null at its place in the answer with its error, and the rest of the
 * answer arrives. Other answers (a 401, a GraphQL error) pass as they are, and so does an error of an
 * inner step that is not the subgraph's failure (a bug, which stays internal).
 */
export function mapErrorsStep(): SubgraphStep {
  return async (request, next) => {
    const { serviceName } = request;
    let failure: SubgraphUnavailable | null;
    try {
      const res = await next(request);
      if (res.status < 500) return res;
      failure = new SubgraphUnavailable(serviceName, `The ${serviceName} service failed (HTTP ${res.status}).`);
    } catch (err) {
      failure = unavailability(serviceName, err);
      if (!failure) throw err;
    }
    // For the operator: why, with the cause (the client sees only the message, at each field).
    request.context?.logger?.warn({ requestId: request.context.requestId, serviceName, err: failure.cause ?? failure }, failure.reason);
    const error = subgraphUnavailable(serviceName, failure.reason);
    const fields = failedFields(request.body);
    const extensions = { code: error.extensions.code, serviceName };
    // An entity's error carries its representation: @apollo/gateway places `_entities` errors by their
    // index among all the objects at that path, not among the ones of this fetch's type, so
    // features/subgraph-errors.ts moves each to the object with the representation's key.
    const errors: { message: string; path?: (string | number)[]; extensions: Record<string, unknown> }[] = fields
      .slice(0, MAX_ERRORS_PER_FETCH)
      .map(({ path, representation }) => ({
        message: error.message,
        path,
        extensions: representation ? { ...extensions, [REPRESENTATION]: representation } : extensions,
      }));
    if (fields.length === 0) errors.push({ message: error.message, extensions });
    if (fields.length > MAX_ERRORS_PER_FETCH) {
      errors.push({
        message: `${error.message} ${fields.length - MAX_ERRORS_PER_FETCH} more fields it was asked for are null too.`,
        extensions,
      });
    }
    return new Response(JSON.stringify({ data: null, errors }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

export interface CircuitOptions {
  /** Consecutive failures that open a subgraph's circuit. */
  failures: number;
  /** How long it stays open before one request may try again (half-open). */
  halfOpenAfterMs: number;
}

export type CircuitStateName = 'closed' | 'open' | 'half-open';

const STATE_NAMES: Record<CircuitState, CircuitStateName> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  [CircuitState.Isolated]: 'open',
};

/**
 * A circuit breaker per subgraph (cockatiel's, consecutive failures): after `failures` requests in a row
 * that the subgraph failed (unreachable, timed out, a 5xx), its requests fail at once, without waiting
 * for a timeout, until `halfOpenAfterMs` has passed; then one request tries it (half-open), and its
 * success closes the circuit. `states()` says where each one stands, for `/ready`.
 */
export function circuitBreakerStep(
  options: CircuitOptions & { onStateChange?: (serviceName: string, state: CircuitStateName) => void },
): SubgraphStep & { states(): Record<string, CircuitStateName> } {
  const breakers = new Map<string, ReturnType<typeof circuitBreaker>>();
  const breakerOf = (serviceName: string) => {
    let b = breakers.get(serviceName);
    if (!b) {
      b = circuitBreaker(
        handleWhen((err) => unavailability(serviceName, err) !== null),
        { halfOpenAfter: options.halfOpenAfterMs, breaker: new ConsecutiveBreaker(options.failures) },
      );
      b.onStateChange((state) => options.onStateChange?.(serviceName, STATE_NAMES[state]));
      breakers.set(serviceName, b);
    }
    return b;
  };
  const step: SubgraphStep = (request, next) =>
    breakerOf(request.serviceName).execute(async () => {
      const res = await next(request);
      if (res.status >= 500)
        throw new SubgraphUnavailable(request.serviceName, `The ${request.serviceName} service failed (HTTP ${res.status}).`);
      return res;
    });
  return Object.assign(step, {
    states: () => Object.fromEntries([...breakers].map(([name, b]) => [name, STATE_NAMES[b.state]])),
  });
}
