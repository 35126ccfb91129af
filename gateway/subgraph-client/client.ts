import { AsyncLocalStorage } from 'node:async_hooks';
import { type IncomingHttpHeaders, STATUS_CODES } from 'node:http';
import { Agent, request as undiciRequest } from 'undici';
import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { requestSignal } from '../../kit/request-scope.js';
import type { GatewayContext } from '../context.js';
import { checkAnswer } from './answer-shape.js';
import { deduplicate, fanOut } from './representations.js';
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

/**
 * A subgraph's answer as the steps and @apollo/gateway see it: a Fetch API `Response` has all of it
 * (tests and steps may answer with one); the end of the chain makes a lighter one (`BufferedAnswer`).
 */
export interface SubgraphResponse {
  readonly status: number;
  readonly statusText: string;
  readonly ok: boolean;
  readonly url: string;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

/** The rest of the chain. The response's body has been read in full, so a step sees the whole of it. */
export type SubgraphFetch = (request: SubgraphRequest) => Promise<SubgraphResponse>;

/** One step: change the request, call `next` (or not), look at the response or the error. */
export type SubgraphStep = (request: SubgraphRequest, next: SubgraphFetch) => Promise<SubgraphResponse>;

/** An answer read in full: its text, and the JSON the shape check parsed (what @apollo/gateway's json() gets). */
class BufferedAnswer implements SubgraphResponse {
  constructor(
    readonly status: number,
    private readonly raw: IncomingHttpHeaders,
    private readonly body: string,
    readonly url: string,
    private readonly parsed: { body: unknown } | null,
  ) {}
  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  get statusText() {
    return STATUS_CODES[this.status] ?? '';
  }
  readonly headers = {
    get: (name: string): string | null => {
      const v = this.raw[name.toLowerCase()];
      return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
    },
  };
  async text() {
    return this.body;
  }
  async json() {
    return this.parsed ? this.parsed.body : JSON.parse(this.body);
  }
}

/**
 * The connections to the subgraphs: undici's own client (the one inside Node's fetch), called directly.
 * Node's global fetch wraps every request and answer in web streams, clones the request body and builds
 * a Request and a Response object each time: in a profile of the gateway that was more of its CPU than
 * the planner's. Connections are kept alive 4 s when idle (Node's fetch's default: under the 5 s
 * after which Node's own HTTP servers close an idle one), as many as the requests at once need; no time
 * limits of its own (the time-limit step sets each request's).
 */
const subgraphConnections = new Agent({ keepAliveTimeout: 4_000, headersTimeout: 0, bodyTimeout: 0 });

/**
 * The end of every chain: send, and read the whole body (so a time limit or a reset while reading it
 * is an error within the chain, where the steps see it). A failure is what fetch would have thrown (a
 * TypeError with the cause, or the signal's reason), which is what the steps look for.
 */
const send: SubgraphFetch = async (request) => {
  let status: number;
  let headers: IncomingHttpHeaders;
  let text: string;
  try {
    const res = await undiciRequest(request.url, {
      method: 'POST',
      headers: Object.fromEntries(request.headers),
      body: request.body,
      signal: request.signal,
      dispatcher: subgraphConnections,
    });
    status = res.statusCode;
    headers = res.headers;
    text = await res.body.text();
  } catch (err) {
    if (request.signal?.aborted) throw request.signal.reason;
    throw new TypeError('fetch failed', { cause: err });
  }
  // Below 500, anything but a GraphQL response (a proxy's HTML page, JSON cut off or of the wrong shape)
  // is the subgraph's failure too: its fields fail at their paths, and the circuit counts it.
  const checked = status < 500 ? checkAnswer(request.body, text) : null;
  const wrong = checked?.wrong;
  if (wrong) throw new MalformedAnswer(request.serviceName, status, wrong);
  return new BufferedAnswer(status, headers, text, request.url, checked && 'body' in checked ? { body: checked.body } : null);
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

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const context = options.context && 'requestId' in options.context ? (options.context as GatewayContext) : null;
    const variables = options.request.variables;
    // An entity fetch sends each distinct representation once (representations.ts).
    const distinct = deduplicate(variables?.representations);
    if (!distinct) return current.run(context, () => super.process(options));
    const sent = { ...options, request: { ...options.request, variables: { ...variables, representations: distinct.unique } } };
    return fanOut(await current.run(context, () => super.process(sent)), distinct);
  }
}

export function createSubgraphClient(options: SubgraphClientOptions): SubgraphDataSource {
  return new SubgraphDataSource(options);
}
