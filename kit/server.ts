import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { briefMessage, ErrorCode, isPublicError } from './errors.js';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from './http-limits.js';
import type { Identity } from './identity.js';
import type { Logger } from './logger.js';
import { graphqlRequests, registry } from './metrics.js';
import { runInRequestScope, setRequestId } from './request-scope.js';
import { endFailed, isTracing, startServerSpan } from './tracing.js';
import { context as otelContext } from '@opentelemetry/api';

export const REQUEST_ID_HEADER = 'x-request-id';
/** Largest accepted request body. */
export const MAX_BODY_BYTES = 1_000_000;

export interface RequestContextBase extends BaseContext {
  requestId: string;
  logger: Logger;
  identity: Identity;
}

/** A refusal before GraphQL runs (no or bad credentials): answered with its HTTP status and code. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpRefusal';
  }
}

export interface RunningServer {
  url: string;
  port: number;
  /** Where `/metrics` is served: this server's own URL's origin, or its metrics listener's. */
  metricsUrl: string;
  close(): Promise<void>;
}

/** Codes Apollo Server itself gives to a refused request (parse, validation, variables, persisted queries). */
const REQUEST_ERROR_CODES: ReadonlySet<string> = new Set(
  Object.values(ApolloServerErrorCode).filter((c) => c !== ApolloServerErrorCode.INTERNAL_SERVER_ERROR),
);

/** Codes a subgraph's error carries when it was not meant for the client (already masked there, or never coded). */
const UNTRUSTED_DOWNSTREAM_CODES: ReadonlySet<string> = new Set([ErrorCode.INTERNAL_SERVER_ERROR, 'DOWNSTREAM_SERVICE_ERROR']);

/**
 * Whether an error was meant for the client: a PublicError (ours, made by a declared factory); one of
 * Apollo Server's own refusals of the request (no path: nothing ran); or, at the gateway, a subgraph's
 * coded error (it carries `serviceName`), which that subgraph already masked. Anything else is internal.
 */
export function isClientError(error: { extensions?: Record<string, unknown>; path?: unknown }, original?: unknown): boolean {
  if (isPublicError(original ?? error)) return true;
  const code = error.extensions?.code;
  if (typeof code !== 'string') return false;
  if (error.path === undefined && REQUEST_ERROR_CODES.has(code)) return true;
  return typeof error.extensions?.serviceName === 'string' && !UNTRUSTED_DOWNSTREAM_CODES.has(code);
}

/**
 * Client-safe errors (Apollo's `formatError`): what `isClientError` trusts passes, without stack traces;
 * anything else (a database error, a bug) becomes INTERNAL_SERVER_ERROR without its message. The original
 * is logged with the request id by `errorLogging`.
 */
export function maskError(formatted: GraphQLFormattedError, error?: unknown): GraphQLFormattedError {
  const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
  void _stack;
  void _exception;
  if (isClientError(formatted as { extensions?: Record<string, unknown>; path?: unknown }, error)) {
    return { ...formatted, message: briefMessage(formatted.message), extensions };
  }
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Logs each request's errors with its request id (the client sees only masked ones), and counts outcomes. */
export function errorLogging<C extends RequestContextBase>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            const publicError = isClientError(error, error);
            // A client's mistake is worth a line; an internal error needs its stack.
            const message = briefMessage(error.message);
            if (publicError) contextValue.logger.info({ requestId: contextValue.requestId, code, path: error.path }, message);
            else
              contextValue.logger.error(
                { requestId: contextValue.requestId, code, path: error.path, err: error.originalError ?? error },
                message,
              );
          }
        },
        async willSendResponse({ contextValue, response, errors }) {
          response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId);
          // Every error names the request, so a masked one can be found in the logs.
          if (response.body.kind === 'single') {
            for (const e of response.body.singleResult.errors ?? []) {
              (e as { extensions?: Record<string, unknown> }).extensions = { ...e.extensions, requestId: contextValue.requestId };
            }
          }
          graphqlRequests.inc({ service, outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };
}

export interface ServeOptions<C extends RequestContextBase> {
  service: string;
  /** Builds the Apollo Server; it must pass `stopOnTerminationSignals: false` (runMain owns signals). */
  apollo: (drain: ApolloServerPlugin<C>) => ApolloServer<C>;
  context: (req: Request, base: RequestContextBase) => Promise<C>;
  /** Who is asking: runs before GraphQL; throws HttpRefusal to refuse the request. */
  identify: (req: Request) => Promise<Identity>;
  logger: Logger;
  host: string;
  port: number;
  /**
   * Readiness, for `/ready`: what the process can serve (merged into the answer), or a NotReady when it
   * cannot (its database is unreachable; for the gateway, no subgraph is).
   */
  ready: () => Promise<Record<string, unknown> | void>;
  /**
   * Which proxies' `X-Forwarded-For` to believe for the caller's address (`req.ip`): Express's `trust
   * proxy` (a hop count, or addresses and subnets such as `loopback, 10.0.0.0/8`). None by default: a
   * caller cannot choose its address by sending the header.
   */
  trustProxy?: number | string;
  /** Connection limits (DEFAULT_HTTP_LIMITS otherwise). */
  http?: Partial<HttpLimits>;
  /**
   * Where `/metrics` is served: on this server (the subgraphs, which only the gateway calls), or on a
   * listener of its own (the gateway: off its public port; port 0 picks a free one).
   */
  metrics?: 'same-port' | { host: string; port: number };
  /** Extra routes mounted before the GraphQL endpoint (e.g. the explorer page), once `apollo` has started. */
  routes?: (app: Express, apollo: ApolloServer<C>) => void;
}

/** A readiness check's refusal: `/ready` answers 503 with its details (no error text or stack). */
export class NotReady extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * An HTTP server with the GraphQL endpoint at /graphql, /health (liveness: the process answers),
 * /ready (readiness: it can serve) and /metrics (Prometheus). Used by the gateway and every subgraph,
 * so they all behave alike at the HTTP level.
 */
export async function serveGraphQL<C extends RequestContextBase>(opts: ServeOptions<C>): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  // No ETag computed over every answer (Express hashes each body it sends): a GraphQL POST is never
  // revalidated, and the one page that is (the explorer) sets its own.
  app.set('etag', false);
  app.set('trust proxy', opts.trustProxy ?? false);
  const limits = { ...DEFAULT_HTTP_LIMITS, ...opts.http };
  // Checked every second, not Node's 30 s, so that a request head trickled in is cut off at its limit.
  const httpServer = http.createServer({ connectionsCheckingInterval: 1_000 }, app);
  // The gateway's HTTP client keeps idle sockets open longer than Node's 5 s default; a server
  // closing them first makes the next request on that socket fail with ECONNRESET.
  httpServer.keepAliveTimeout = limits.keepAliveTimeoutMs;
  httpServer.headersTimeout = limits.headersTimeoutMs;
  httpServer.requestTimeout = limits.requestTimeoutMs;
  httpServer.maxConnections = limits.maxConnections;

  const apollo = opts.apollo(ApolloServerPluginDrainHttpServer({ httpServer }) as ApolloServerPlugin<C>);
  await apollo.start();

  // Liveness: answered by the event loop alone, so a supervisor restarts only a process that is stuck or gone.
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: opts.service });
  });
  app.get('/ready', async (_req, res) => {
    try {
      const details = await opts.ready();
      res.json({ status: 'ready', service: opts.service, ...details });
    } catch (err) {
      opts.logger.error({ err }, 'readiness check failed');
      const details = err instanceof NotReady ? err.details : {};
      res.status(503).json({ status: 'unavailable', service: opts.service, ...details });
    }
  });
  const metricsApp = opts.metrics && opts.metrics !== 'same-port' ? express() : app;
  metricsApp.disable('x-powered-by');
  metricsApp.get('/metrics', async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  opts.routes?.(app, apollo);
  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY_BYTES }),
    // What serves this request runs in its scope (kit/request-scope.ts): the signal fires when the caller
    // goes away before the answer is sent, and the database clients and the gateway's subgraph calls stop.
    // And in its trace: a server span, child of the caller's (`traceparent`), when tracing is on (kit/tracing.ts).
    (req: Request, res: Response, next: NextFunction) => {
      const abandoned = new AbortController();
      const traced = isTracing() ? startServerSpan(opts.service, 'POST /graphql', req.headers) : null;
      res.once('close', () => {
        if (!res.writableFinished) abandoned.abort();
        if (!traced) return;
        traced.span.setAttribute('http.response.status_code', res.statusCode);
        if (res.writableFinished && res.statusCode < 500) traced.span.end();
        else endFailed(traced.span, new Error(res.writableFinished ? `HTTP ${res.statusCode}` : 'abandoned'));
      });
      const serve = () => runInRequestScope({ signal: abandoned.signal }, next);
      if (traced) otelContext.with(traced.ctx, serve);
      else serve();
    },
    (req: Request, _res: Response, next: NextFunction) => {
      // Apollo's middleware insists that a body parser ran; GET and non-JSON requests have no body.
      if (!('body' in req)) (req as { body?: unknown }).body = undefined;
      next();
    },
    (req: Request, res: Response, next: NextFunction) => {
      opts.identify(req).then(
        (identity) => {
          res.locals.identity = identity;
          next();
        },
        (err: unknown) => {
          if (err instanceof HttpRefusal) {
            res.status(err.status).json({ errors: [{ message: err.message, extensions: { code: err.code } }] });
          } else next(err);
        },
      );
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // The request id is ours, never the caller's (it lands in the audit log): a subgraph takes the
        // one the gateway signed with the identity; the gateway makes a new one and only logs the
        // caller's, for correlation.
        const identity = res.locals.identity as Identity & { requestId?: string };
        const requestId = identity.requestId || randomUUID();
        const incoming = req.header(REQUEST_ID_HEADER);
        if (incoming && incoming !== requestId)
          opts.logger.debug({ requestId, clientRequestId: incoming.slice(0, 100) }, 'client request id');
        res.setHeader(REQUEST_ID_HEADER, requestId);
        setRequestId(requestId);
        const { requestId: _signed, ...who } = identity;
        void _signed;
        return opts.context(req, { requestId, logger: opts.logger, identity: who });
      },
    }),
  );
  app.use((_req: Request, res: Response) => {
    res.status(404).json({ errors: [{ message: 'Not found: GraphQL is served at /graphql', extensions: { code: 'NOT_FOUND' } }] });
  });
  // Body-parser failures (malformed JSON, oversized bodies) are client errors, answered in GraphQL's shape.
  app.use((err: { status?: number; type?: string; message?: string }, _req: Request, res: Response, _next: NextFunction) => {
    void _next;
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const message =
      err.type === 'entity.too.large'
        ? `Request body larger than ${MAX_BODY_BYTES} bytes`
        : err.type === 'entity.parse.failed'
          ? 'Request body is not valid JSON'
          : status < 500
            ? (err.message ?? 'Bad request')
            : 'Internal server error';
    if (status >= 500) opts.logger.error({ err }, 'unhandled HTTP error');
    res
      .status(status)
      .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : ErrorCode.INTERNAL_SERVER_ERROR } }] });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(opts.port, opts.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `${origin(opts.host, port)}/graphql`;
  let metricsServer: http.Server | null = null;
  let metricsUrl = `${origin(opts.host, port)}/metrics`;
  if (metricsApp !== app && opts.metrics && opts.metrics !== 'same-port') {
    const own = opts.metrics;
    metricsServer = http.createServer(metricsApp);
    try {
      await new Promise<void>((resolve, reject) => {
        metricsServer!.once('error', reject);
        metricsServer!.listen(own.port, own.host, () => resolve());
      });
    } catch (err) {
      await apollo.stop();
      throw err;
    }
    metricsUrl = `${origin(own.host, (metricsServer.address() as AddressInfo).port)}/metrics`;
  }
  return {
    url,
    port,
    metricsUrl,
    close: async () => {
      await apollo.stop(); // drains: in-flight requests finish, then the HTTP server closes
      if (metricsServer) await new Promise<void>((r) => metricsServer!.close(() => r()));
    },
  };
}

function origin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}
