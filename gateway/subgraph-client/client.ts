import { AsyncLocalStorage } from 'node:async_hooks';
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { requestSignal } from '../../kit/request-scope.js';
import type { GatewayContext } from '../context.js';
import { checkAnswer } from './answer-shape.js';
import { MalformedAnswer } from './steps.js';

/**
 * How the gateway calls a subgraph: a chain of small steps around Node's fetch. Each step sees the
 * request (and may set headers, or a signal), calls `next`, and sees the response or the error, like
 * Express middleware; the steps come from the gateway features (time limit, signed identity, request
 * id, error mapping; next: a circuit breaker, tracing). The RemoteGraphQLDataSource below only adapts
 * @apollo/gateway to the chain.
 */

/** One HTTP request to one subgraph, as the steps see it. */
export interface SubgraphRequest {
  /** The subgraph's name in the supergraph (`culture`). */
  serviceName: string;
  url: string;
  /** Sent as they are when the chain reaches fetch; steps may set their own. */
  headers: Headers;
  /** The GraphQL request, as JSON. */
  body: string;
  /** The incoming request's context; null for calls of the gateway's own (health checks), which go as the public. */
  context: GatewayContext | null;
  /** Aborts the request (a time limit sets one). */
  signal?: AbortSignal;
}

/** The rest of the chain. The response's body has been read in full, so a step sees the whole of it. */
export type SubgraphFetch = (request: SubgraphRequest) => Promise<Response>;

/** One step: change the request, call `next` (or not), look at the response or the error. */
export type SubgraphStep = (request: SubgraphRequest, next: SubgraphFetch) => Promise<Response>;

/**
 * The end of every chain: fetch, and read the whole body (so a time limit or a reset while reading it
 * is an error within the chain, where the steps see it).
 */
const send: SubgraphFetch = async (request) => {
  const res = await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body, signal: request.signal });
  const body = await res.arrayBuffer();
  // Below 500, anything but a GraphQL response (a proxy's HTML page, JSON cut off or of the wrong shape)
  // is the subgraph's failure too: its fields fail at their paths, and the circuit counts it.
  const checked = res.status < 500 ? checkAnswer(request.body, Buffer.from(body).toString('utf8')) : null;
  const wrong = checked?.wrong;
  if (wrong) throw new MalformedAnswer(request.serviceName, res.status, wrong);
  const buffered = new Response(body.byteLength ? body : null, { status: res.status, statusText: res.statusText, headers: res.headers });
  Object.defineProperty(buffered, 'url', { value: res.url });
  // @apollo/gateway reads the answer with json(): it gets the one parsed for the check.
  if (checked && 'body' in checked) Object.defineProperty(buffered, 'json', { value: async () => checked.body });
  return buffered;
};

/** Composes steps (the first the outermost) into one fetch. */
export function chain(steps: readonly SubgraphStep[], last: SubgraphFetch = send): SubgraphFetch {
  return steps.reduceRight<SubgraphFetch>((next, step) => (request) => step(request, next), last);
}

export interface SubgraphClientOptions {
  serviceName: string;
  url: string;
  /** Outermost first. */
  steps: readonly SubgraphStep[];
  /** Where the chain ends (tests); Node's fetch by default. */
  fetch?: SubgraphFetch;
}

/** The context of the gateway request a subgraph call is made for, from `process` down to the fetcher. */
const current = new AsyncLocalStorage<GatewayContext | null>();

/** The adapter: @apollo/gateway builds the GraphQL request and reads the answer; the chain sends it. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly serviceName: string;

  constructor(options: SubgraphClientOptions) {
    const run = chain(options.steps, options.fetch);
    super({
      url: options.url,
      fetcher: (async (url: string, init: { headers?: Record<string, string>; body?: string }) =>
        run({
          serviceName: options.serviceName,
          url,
          headers: new Headers(init.headers),
          body: init.body ?? '',
          context: current.getStore() ?? null,
          // The caller going away aborts the subgraph calls made for it (and those stop their own work).
          signal: requestSignal(),
        })) as never,
    });
    this.serviceName = options.serviceName;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const context = options.context && 'requestId' in options.context ? (options.context as GatewayContext) : null;
    return current.run(context, () => super.process(options));
  }
}

export function createSubgraphClient(options: SubgraphClientOptions): SubgraphDataSource {
  return new SubgraphDataSource(options);
}
