import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What the code serving one HTTP request can know without being handed it: the signal that fires when
 * the caller goes away before the answer is sent (the gateway gave up on a subgraph, a client closed
 * its connection). kit/server.ts opens the scope for each GraphQL request; the database clients
 * (kit/db-clients.ts) read it, so that work nobody waits for any more is stopped, not finished.
 */
export interface RequestScope {
  signal: AbortSignal;
  /** Set once the request has its id (kit/server.ts), for every log line written while serving it. */
  requestId?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` (and everything it starts) within a request's scope. */
export function runInRequestScope<T>(value: RequestScope, fn: () => T): T {
  return scope.run(value, fn);
}

/** The abandonment signal of the request being served here, if any (none in scripts and migrations). */
export function requestSignal(): AbortSignal | undefined {
  return scope.getStore()?.signal;
}

/** The id of the request being served here, once it has one. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/** Names the request being served here (its scope must be open). */
export function setRequestId(requestId: string): void {
  const store = scope.getStore();
  if (store) store.requestId = requestId;
}

/** The error a statement fails with when its request was abandoned: nobody reads it, but the logs do. */
export class RequestAbandoned extends Error {
  constructor() {
    super('the request was abandoned by its caller: its remaining work was stopped');
    this.name = 'RequestAbandoned';
  }
}
