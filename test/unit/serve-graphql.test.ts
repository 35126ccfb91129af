import net from 'node:net';
import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError } from '../../kit/config.js';
import { badInput } from '../../kit/errors.js';
import { PUBLIC_IDENTITY } from '../../kit/identity.js';
import type { Logger } from '../../kit/logger.js';
import { LISTENING_PREFIX, runMain } from '../../kit/main.js';
import {
  errorLogging,
  HttpRefusal,
  NotReady,
  MAX_BODY_BYTES,
  maskError,
  REQUEST_ID_HEADER,
  type RequestContextBase,
  type RunningServer,
  serveGraphQL,
} from '../../kit/server.js';

/**
 * kit's HTTP layer (kit/server.ts), which the gateway and every subgraph stand on, started inside each
 * test on a free port with a three-field schema: readiness, metrics, the refusals before GraphQL runs
 * (bad credentials, bad JSON, too large a body, an unknown path), request ids and error masking. And
 * kit/main.ts, the process wrapper, with process.exit and the signal handlers caught.
 */

type Line = [level: 'info' | 'error' | 'debug', fields: Record<string, unknown>, message: string];

function recordingLogger(): { logger: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const at = (level: Line[0]) => (fields: Record<string, unknown>, message: string) => void lines.push([level, fields, message]);
  return { logger: { info: at('info'), error: at('error'), debug: at('debug') } as unknown as Logger, lines };
}

const TYPE_DEFS = 'type Query { hello: String, boom: String, bad: String }';
const RESOLVERS = {
  Query: {
    hello: () => 'hi',
    boom: () => {
      throw new Error('connection to postgres://app:hunter2@db failed');
    },
    bad: () => {
      throw badInput('first', 'a whole number from 1 to 100', -1);
    },
  },
};

interface Options {
  host?: string;
  ready?: () => Promise<Record<string, unknown> | void>;
  identify?: () => Promise<typeof PUBLIC_IDENTITY>;
  routes?: Parameters<typeof serveGraphQL>[0]['routes'];
  http?: Parameters<typeof serveGraphQL>[0]['http'];
  metrics?: Parameters<typeof serveGraphQL>[0]['metrics'];
}

let running: RunningServer | undefined;
afterEach(async () => {
  await running?.close();
  running = undefined;
});

async function serve(o: Options = {}) {
  const { logger, lines } = recordingLogger();
  running = await serveGraphQL<RequestContextBase>({
    service: 'test-service',
    logger,
    host: o.host ?? '127.0.0.1',
    port: 0,
    ready: o.ready ?? (async () => {}),
    identify: o.identify ?? (async () => PUBLIC_IDENTITY),
    context: async (_req, base) => base,
    routes: o.routes,
    http: o.http,
    metrics: o.metrics,
    apollo: (drain) =>
      new ApolloServer<RequestContextBase>({
        typeDefs: TYPE_DEFS,
        resolvers: RESOLVERS,
        formatError: maskError,
        includeStacktraceInErrorResponses: false,
        stopOnTerminationSignals: false,
        plugins: [drain, errorLogging('test-service')],
      }),
  });
  const base = `http://127.0.0.1:${running.port}`;
  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { base, post, lines, server: running };
}

describe('serveGraphQL', () => {
  it('answers a query, with a request id of its own, no x-powered-by and no ETag computed over it', async () => {
    const { post } = await serve();
    const res = await post(JSON.stringify({ query: '{ hello }' }), { [REQUEST_ID_HEADER]: 'mine' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { hello: 'hi' } });
    const id = res.headers.get(REQUEST_ID_HEADER)!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get('x-powered-by')).toBeNull();
    expect(res.headers.get('etag')).toBeNull();
  });

  it("logs the caller's own request id beside ours, shortened, and not when it is ours", async () => {
    const { post, lines } = await serve();
    await post(JSON.stringify({ query: '{ hello }' }), { [REQUEST_ID_HEADER]: 'x'.repeat(150) });
    const debug = lines.filter(([level]) => level === 'debug');
    expect(debug).toHaveLength(1);
    expect(debug[0]![2]).toBe('client request id');
    expect(debug[0]![1].clientRequestId).toBe('x'.repeat(100));
    await post(JSON.stringify({ query: '{ hello }' }));
    expect(lines.filter(([level]) => level === 'debug')).toHaveLength(1);
  });

  it('masks an internal error, naming the request, and logs it with its cause', async () => {
    const { post, lines } = await serve();
    const res = await post(JSON.stringify({ query: '{ boom }' }));
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    const requestId = res.headers.get(REQUEST_ID_HEADER);
    expect(body.errors).toEqual([
      {
        message: 'Internal server error',
        locations: [{ line: 1, column: 3 }],
        path: ['boom'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('hunter2');
    const logged = lines.filter(([level]) => level === 'error');
    expect(logged).toHaveLength(1);
    expect(logged[0]![1]).toMatchObject({ requestId, path: ['boom'] }); // uncoded: the code is given as it is masked
    expect(String((logged[0]![1].err as Error).message)).toContain('connection to postgres');
  });

  it("passes a client's mistake as it is and logs it as information, not as an error", async () => {
    const { post, lines } = await serve();
    const body = (await (await post(JSON.stringify({ query: '{ bad }' }))).json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(body.errors[0]!.extensions).not.toHaveProperty('stacktrace');
    expect(lines.filter(([level]) => level === 'error')).toEqual([]);
    const info = lines.filter(([level]) => level === 'info');
    expect(info).toHaveLength(1);
    expect(info[0]![1]).toMatchObject({ code: 'BAD_USER_INPUT', path: ['bad'] });
  });

  it('counts requests by outcome on /metrics', async () => {
    const { post, base } = await serve();
    const count = async (outcome: string) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text
        .split('\n')
        .find((l) => l.startsWith(`venue_graph_graphql_requests_total{service="test-service",outcome="${outcome}"}`));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const [ok, error] = [await count('ok'), await count('error')];
    await post(JSON.stringify({ query: '{ hello }' }));
    await post(JSON.stringify({ query: '{ boom }' }));
    await post(JSON.stringify({ query: '{ bad }' }));
    expect([await count('ok'), await count('error')]).toEqual([ok + 1, error + 2]);
    const res = await fetch(`${base}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toContain('# HELP venue_graph_sql_statements_total SQL statements sent to the database');
  });

  it('says on /health that it lives and on /ready whether it can serve (with its details), and logs why not', async () => {
    let up = true;
    const { base, lines } = await serve({
      ready: async () => {
        if (!up) throw new NotReady('database unreachable', { database: 'unreachable' });
        return { database: 'reachable' };
      },
    });
    const ok = await fetch(`${base}/ready`);
    expect([ok.status, await ok.json()]).toEqual([200, { status: 'ready', service: 'test-service', database: 'reachable' }]);
    up = false;
    const down = await fetch(`${base}/ready`);
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable', service: 'test-service', database: 'unreachable' }]);
    // Liveness does not depend on what the process can reach.
    const alive = await fetch(`${base}/health`);
    expect([alive.status, await alive.json()]).toEqual([200, { status: 'ok', service: 'test-service' }]);
    expect(lines.filter(([l]) => l === 'error').map(([, f, m]) => [m, (f.err as Error).message])).toEqual([
      ['readiness check failed', 'database unreachable'],
    ]);
  });

  it('a readiness check failing otherwise is a bare 503, its message only in the log', async () => {
    const { base } = await serve({
      ready: async () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password=secret');
      },
    });
    const down = await fetch(`${base}/ready`);
    expect([down.status, await down.json()]).toEqual([503, { status: 'unavailable', service: 'test-service' }]);
  });

  it('refuses before GraphQL runs with the refusal’s own status and code', async () => {
    const { post } = await serve({
      identify: async () => {
        throw new HttpRefusal(401, 'UNAUTHENTICATED', 'This service answers the gateway only.');
      },
    });
    const res = await post(JSON.stringify({ query: '{ hello }' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      errors: [{ message: 'This service answers the gateway only.', extensions: { code: 'UNAUTHENTICATED' } }],
    });
    expect(new HttpRefusal(403, 'FORBIDDEN', 'no').name).toBe('HttpRefusal');
  });

  it('answers 500 without a cause when identifying the caller fails otherwise, and logs it', async () => {
    const { post, lines } = await serve({
      identify: async () => {
        throw new Error('key store at /etc/secret unreadable');
      },
    });
    const res = await post(JSON.stringify({ query: '{ hello }' }));
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(lines.filter(([l]) => l === 'error').map(([, , m]) => m)).toEqual(['unhandled HTTP error']);
  });

  it('answers bad JSON and too large a body as client errors in GraphQL’s shape, logging nothing', async () => {
    const { post, lines } = await serve();
    const bad = await post('{"query": ');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    const big = await post(JSON.stringify({ query: `{ hello } # ${'x'.repeat(MAX_BODY_BYTES)}` }));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({
      errors: [{ message: `Request body larger than ${MAX_BODY_BYTES} bytes`, extensions: { code: 'BAD_REQUEST' } }],
    });
    // Just under the limit is read.
    const under = await post(JSON.stringify({ query: `{ hello } # ${'x'.repeat(MAX_BODY_BYTES - 100)}` }));
    expect(under.status).toBe(200);
    expect(lines.filter(([l]) => l === 'error')).toEqual([]);
  });

  it('gives another client error its own status and message, and a default when it has none', async () => {
    const { base } = await serve({
      routes: (app) => {
        app.get('/teapot', (_req, _res, next) => next(Object.assign(new Error('short and stout'), { status: 418 })));
        app.get('/quiet', (_req, _res, next) => next({ status: 409 }));
        app.get('/odd', (_req, _res, next) => next({ status: 302, message: 'moved' }));
      },
    });
    const teapot = await fetch(`${base}/teapot`);
    expect([teapot.status, await teapot.json()]).toEqual([
      418,
      { errors: [{ message: 'short and stout', extensions: { code: 'BAD_REQUEST' } }] },
    ]);
    const quiet = await fetch(`${base}/quiet`);
    expect([quiet.status, await quiet.json()]).toEqual([
      409,
      { errors: [{ message: 'Bad request', extensions: { code: 'BAD_REQUEST' } }] },
    ]);
    // A status outside 4xx is not the client's: 500, its message kept back.
    const odd = await fetch(`${base}/odd`);
    expect([odd.status, await odd.json()]).toEqual([
      500,
      { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
    ]);
  });

  it('answers an unknown path with 404 in GraphQL’s shape, and serves extra routes before it', async () => {
    const { base } = await serve({ routes: (app) => app.get('/hello', (_req, res) => res.send('page')) });
    const res = await fetch(`${base}/nothing-here`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errors: [{ message: 'Not found: GraphQL is served at /graphql', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(await (await fetch(`${base}/hello`)).text()).toBe('page');
  });

  it('cuts off a client that trickles its request head, past headersTimeoutMs', async () => {
    const { server } = await serve({ http: { headersTimeoutMs: 400 } });
    const socket = net.connect(server.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    const started = Date.now();
    socket.write('GET /health HTTP/1.1\r\nHost: x\r\n');
    const trickle = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d) => (text += d.toString()));
      socket.once('close', () => resolve(text));
    });
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
  });

  it('closes connections past maxConnections at once, and serves again when one is freed', async () => {
    const { server, base } = await serve({ http: { maxConnections: 2 } });
    const open = async () => {
      const s = net.connect(server.port, '127.0.0.1');
      await new Promise((r) => s.once('connect', r));
      return s;
    };
    const [a, b] = [await open(), await open()];
    const third = await open();
    await new Promise((r) => third.once('close', r)); // refused by the server, not by a timeout
    a.destroy();
    b.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect((await fetch(`${base}/health`)).status).toBe(200);
  });

  it('serves /metrics on a listener of its own when told, and not on the main port', async () => {
    const { base, server } = await serve({ metrics: { host: '127.0.0.1', port: 0 } });
    expect(server.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(server.metricsUrl).not.toBe(`${base}/metrics`);
    expect(await (await fetch(server.metricsUrl)).text()).toContain('venue_graph_graphql_requests_total');
    expect((await fetch(`${base}/metrics`)).status).toBe(404);
  });

  it('keeps idle sockets open longer than the gateway’s client does', async () => {
    const { base } = await serve();
    const res = await fetch(`${base}/health`);
    expect(res.headers.get('keep-alive')).toBe('timeout=65');
  });

  it.each([
    ['127.0.0.1', 'http://127.0.0.1:PORT/graphql'],
    ['0.0.0.0', 'http://localhost:PORT/graphql'],
    ['::', 'http://localhost:PORT/graphql'],
    ['::1', 'http://[::1]:PORT/graphql'],
  ])('names its address for host %s as %s', async (host, url) => {
    const { server } = await serve({ host });
    expect(server.url).toBe(url.replace('PORT', String(server.port)));
  });

  it('stops listening on close', async () => {
    const { base, server } = await serve();
    await server.close();
    running = undefined;
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });
});

describe('runMain', () => {
  /** process.exit and the signal handlers, caught: the exit codes, and the handlers to call. */
  function caught(throwOnExit = false) {
    const exits: number[] = [];
    const handlers = new Map<string, () => void>();
    const exit = vi.spyOn(process, 'exit').mockImplementation(((code?: number) => {
      exits.push(code ?? 0);
      // After a failed start, runMain must go no further: a thrown exit stops it as process.exit would.
      if (throwOnExit) throw new Error(`exit ${code}`);
    }) as never);
    const on = vi.spyOn(process, 'on').mockImplementation(((event: string, fn: () => void) => {
      handlers.set(event, fn);
      return process;
    }) as never);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const restore = () => {
      for (const spy of [exit, on, log, error]) spy.mockRestore();
    };
    return { exits, handlers, log, error, restore };
  }

  it('prints the listening line once started, and on SIGTERM or SIGINT closes once and exits 0', async () => {
    const c = caught();
    try {
      let closes = 0;
      let finish: () => void = () => {};
      const closed = new Promise<void>((r) => (finish = r));
      await runMain('demo', async () => ({
        url: 'http://127.0.0.1:1/graphql',
        close: async () => {
          closes++;
          finish();
        },
      }));
      expect(c.log.mock.calls).toEqual([[`${LISTENING_PREFIX}demo http://127.0.0.1:1/graphql`]]);
      expect([...c.handlers.keys()].sort()).toEqual(['SIGINT', 'SIGTERM']);
      c.handlers.get('SIGTERM')!();
      c.handlers.get('SIGINT')!();
      await closed;
      await new Promise((r) => setImmediate(r));
      expect(closes).toBe(1);
      expect(c.exits).toEqual([0]);
    } finally {
      c.restore();
    }
  });

  it('exits 1 when closing fails, saying so', async () => {
    const c = caught();
    try {
      await runMain('demo', async () => ({
        url: 'u',
        close: async () => {
          throw new Error('drain timed out');
        },
      }));
      c.handlers.get('SIGINT')!();
      await vi.waitFor(() => expect(c.exits).toEqual([1]));
      expect(c.error.mock.calls).toEqual([['[demo] error while stopping: Error: drain timed out']]);
    } finally {
      c.restore();
    }
  });

  it('exits 2 with the message on a configuration error, 1 with the stack on any other failure', async () => {
    const c = caught(true);
    try {
      await expect(
        runMain('demo', async () => {
          throw new ConfigError(['PORT: expected a port']);
        }),
      ).rejects.toThrow('exit 2');
      expect(c.error.mock.calls[0]![0]).toMatch(/^\[demo\] Invalid configuration:.*PORT: expected a port/s);
      const failure = new Error('address in use');
      await expect(
        runMain('demo', async () => {
          throw failure;
        }),
      ).rejects.toThrow('exit 1');
      expect(c.error.mock.calls[1]![0]).toBe(`[demo] failed to start: ${failure.stack}`);
      await expect(
        runMain('demo', async () => {
          throw 'a string';
        }),
      ).rejects.toThrow('exit 1');
      expect(c.error.mock.calls[2]![0]).toBe('[demo] failed to start: a string');
      expect(c.exits).toEqual([2, 1, 1]);
      expect(c.log).not.toHaveBeenCalled();
    } finally {
      c.restore();
    }
  });
});
