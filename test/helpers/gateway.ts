import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { Kind, parse } from 'graphql';
import { loadGatewayConfig } from '../../gateway/config.js';
import { type StartGatewayOptions, startGateway } from '../../gateway/server.js';
import type { RunningServer } from '../../kit/server.js';
import { SUBGRAPHS } from '../../kit/topology.js';
import { TEST_SECRETS } from './auth.js';

/** What a fake subgraph was sent: its headers and its JSON body. */
export interface ReceivedRequest {
  headers: http.IncomingHttpHeaders;
  body: { query?: string; variables?: Record<string, unknown>; operationName?: string };
}

/** What a fake subgraph answers: an HTTP status (200 unless given) and a JSON body, or `raw` text sent as it is (a proxy's HTML page). */
export interface FakeAnswer {
  status?: number;
  body: unknown;
  raw?: string;
}

export interface FakeSubgraph {
  url: string;
  /** Every request, oldest first. */
  received: ReceivedRequest[];
  /** Replaces the answer (e.g. for one test). */
  answer: (request: ReceivedRequest) => FakeAnswer | Promise<FakeAnswer>;
  close(): Promise<void>;
}

/**
 * A subgraph stand-in on a free port of 127.0.0.1: a real HTTP server that records what the gateway
 * sends and answers with whatever `answer` returns, so a gateway feature can be tested in process with
 * no database and no subgraph process.
 */
export async function fakeSubgraph(answer: FakeSubgraph['answer']): Promise<FakeSubgraph> {
  const fake: FakeSubgraph = { url: '', received: [], answer, close: async () => {} };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request: ReceivedRequest = {
        headers: req.headers,
        body: chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {},
      };
      fake.received.push(request);
      void Promise.resolve(fake.answer(request)).then(({ status = 200, body, raw }) => {
        res.statusCode = status;
        res.setHeader('content-type', raw === undefined ? 'application/json' : 'text/html');
        res.end(raw ?? JSON.stringify(body));
      });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  fake.close = () => new Promise<void>((r) => server.close(() => r()));
  return fake;
}

/** An answer giving `value` to every top-level field of the query sent (under its alias, if any). */
export function everyField(value: unknown): (request: ReceivedRequest) => FakeAnswer {
  return (request) => {
    const op = parse(request.body.query ?? '{ __typename }').definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    const fields = op?.kind === Kind.OPERATION_DEFINITION ? op.selectionSet.selections : [];
    const data = Object.fromEntries(fields.flatMap((f) => (f.kind === Kind.FIELD ? [[(f.alias ?? f.name).value, value]] : [])));
    return { body: { data } };
  };
}

/** The environment of an in-process test gateway, before a test's own variables. */
export const GATEWAY_TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  GATEWAY_HOST: '127.0.0.1',
  GATEWAY_PORT: '0',
  JWT_SECRET: TEST_SECRETS.jwt,
  INTERNAL_SECRET: TEST_SECRETS.internal,
  GATEWAY_METRICS_PORT: '0',
  // The tests send many requests from one address; test/gateway/caller-limits.test.ts sets its own limits.
  RATE_LIMIT_PER_MINUTE: '1000000',
  MAX_CONCURRENT_PER_CALLER: '10000',
};

/** A port of 127.0.0.1 that refuses connections: bound, noted, closed. */
export async function refusedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((r) => probe.close(() => r()));
  return port;
}

/**
 * The real gateway (gateway/server.ts, every configured feature) in this process on a free port, from
 * the environment a deployment would give it. Subgraphs not named in `env` point at a port that
 * refuses connections (never at their default ports, where a developer's own federation may be running).
 */
export async function gatewayInProcess(env: Record<string, string> = {}, options?: StartGatewayOptions): Promise<RunningServer> {
  const nowhere = `http://127.0.0.1:${await refusedPort()}/graphql`;
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [`${s.envPrefix}_URL`, nowhere]));
  return startGateway(loadGatewayConfig({ ...GATEWAY_TEST_ENV, ...urls, ...env }), options);
}

/** The gateway's origin (its URL without /graphql), for its other routes. */
export function originOf(server: RunningServer): string {
  return server.url.replace(/\/graphql$/, '');
}
