import { type IncomingHttpHeaders, STATUS_CODES } from 'node:http';
import { Agent, request as undiciRequest } from 'undici';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { requestSignal } from '../../kit/request-scope.js';
import type { GatewayContext } from '../context.js';
import { checkAnswer } from './answer-shape.js';
import { deduplicate, fanOut, type GatewayGraphQLResponse } from './representations.js';
import { MalformedAnswer } from './steps.js';

/**
 * How the gateway calls a subgraph: a chain of small steps around Node's fetch. Each step sees the
 * request (and may set headers, or a signal), calls `next`, and sees the response or the error, like
 * Express middleware; the steps come from the gateway features (time limit, signed identity, request
 * id, error mapping, a circuit breaker, metrics). The SubgraphDataSource below adapts @apollo/gateway's
 * executor to the chain.
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
  /** Its query (what `body` holds as `query`), for whoever reads it without parsing the body again. */
  query: string;
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
  const checked = status < 500 ? checkAnswer(request.query, text) : null;
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

/** The Cache-Control hint of a subgraph's answer, as @apollo/gateway's own data source reads it. */
function cacheHint(header: string | null): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  for (const part of (header ?? '').split(',')) {
    const [name, value] = part.trim().split('=');
    if (name === 'max-age' && value && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    if (name === 'private') hint.scope = 'PRIVATE';
    if (name === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

/**
 * A subgraph as @apollo/gateway's executor calls it (its `GraphQLDataSource`): the request as JSON
 * through the chain of steps, the answer parsed once. It does what @apollo/gateway's
 * RemoteGraphQLDataSource does with its defaults (the same body, the same error for an answer that is
 * not 2xx, the subgraph's Cache-Control hint), without the parts of it this gateway never used: a
 * node-fetch Request and Headers built for every fetch, an async-local store to carry the context to the
 * fetcher, automatic persisted queries. And each distinct entity representation is sent once
 * (representations.ts).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly serviceName: string;
  private readonly url: string;
  private readonly run: SubgraphFetch;

  constructor(options: SubgraphClientOptions) {
    this.serviceName = options.serviceName;
    this.url = options.url;
    this.run = chain(options.steps, options.fetch);
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const context = options.context && 'requestId' in options.context ? (options.context as GatewayContext) : null;
    const distinct = deduplicate(request.variables?.representations);
    const variables = distinct ? { ...request.variables, representations: distinct.unique } : request.variables;
    const headers = new Headers();
    for (const [name, value] of request.http?.headers ?? []) headers.append(name, value);
    headers.set('content-type', 'application/json');
    const res = await this.run({
      serviceName: this.serviceName,
      url: this.url,
      headers,
      body: JSON.stringify({ query: request.query, variables, operationName: request.operationName, extensions: request.extensions }),
      query: request.query,
      context,
      // The caller going away aborts the subgraph calls made for it (and those stop their own work).
      signal: requestSignal(),
    });
    if (!res.ok) throw await errorFromResponse(res);
    const body = await bodyOf(res);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${body}`);
    // (The kind's enum is not exported by @apollo/gateway: an incoming operation is the one with a context.)
    const policy = 'incomingRequestContext' in options ? options.incomingRequestContext.overallCachePolicy : null;
    if (policy && 'restrict' in policy) policy.restrict(cacheHint(res.headers.get('cache-control')));
    const response = body as GatewayGraphQLResponse;
    return distinct ? fanOut(response, distinct) : response;
  }
}

/** An answer's body as @apollo/gateway's own data source reads it: JSON when it says so, else its text. */
async function bodyOf(res: SubgraphResponse): Promise<unknown> {
  const type = res.headers.get('content-type');
  return type && /^application\/(graphql-response\+)?json/.test(type) ? res.json() : res.text();
}

/** A subgraph's answer that is not 2xx, as the error @apollo/gateway's own data source makes of it. */
async function errorFromResponse(res: SubgraphResponse): Promise<GraphQLError> {
  const body = await bodyOf(res);
  const extensions: Record<string, unknown> = { response: { url: res.url, status: res.status, statusText: res.statusText, body } };
  if (res.status === 401) extensions.code = 'UNAUTHENTICATED';
  else if (res.status === 403) extensions.code = 'FORBIDDEN';
  return new GraphQLError(`${res.status}: ${res.statusText}`, { extensions });
}

export function createSubgraphClient(options: SubgraphClientOptions): SubgraphDataSource {
  return new SubgraphDataSource(options);
}
