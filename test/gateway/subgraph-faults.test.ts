import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadGatewayConfig } from '../../gateway/config.js';
import type { RunningServer } from '../../kit/server.js';
import { startGateway } from '../../gateway/server.js';
import { TEST_SECRETS } from '../helpers/auth.js';
import { gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/** The gateway alone, facing a subgraph port that refuses connections and one that never answers. */
describe('gateway when a subgraph fails', () => {
  let gateway: RunningServer;
  let silent: net.Server;
  const sockets = new Set<net.Socket>();
  let refusedPort: number;
  let leaky: http.Server;

  beforeEach(async () => {
    // A port nobody listens on: bind, note it, close.
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
    refusedPort = (probe.address() as AddressInfo).port;
    await new Promise<void>((r) => probe.close(() => r()));
    // A server that accepts connections and never replies.
    silent = net.createServer((s) => {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    });
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const silentPort = (silent.address() as AddressInfo).port;
    // A subgraph that answers with its internals in its errors (as one that does not mask would).
    leaky = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          data: { practiceUnits: null },
          errors: [
            {
              message: 'SQLITE_ERROR: no such table: practice_units (/srv/subgraphs/practice/data/repository.ts:17)',
              path: ['practiceUnits'],
              extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at repository.ts:17'] },
            },
            { message: 'TypeError: cannot read properties of undefined (reading "knex")', path: ['practiceUnits'] },
          ],
        }),
      );
    });
    await new Promise<void>((r) => leaky.listen(0, '127.0.0.1', () => r()));
    const leakyPort = (leaky.address() as AddressInfo).port;
    gateway = await startGateway(
      loadGatewayConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        GATEWAY_HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        SUBGRAPH_TIMEOUT_MS: '300',
        GATEWAY_METRICS_PORT: '0', // a free port: another gateway (a test, a mutation run) may hold 9464
        JWT_SECRET: TEST_SECRETS.jwt,
        INTERNAL_SECRET: TEST_SECRETS.internal,
        CULTURE_URL: `http://127.0.0.1:${refusedPort}/graphql`,
        SOCIAL_WORK_URL: `http://127.0.0.1:${silentPort}/graphql`,
        PRACTICE_URL: `http://127.0.0.1:${leakyPort}/graphql`,
      }),
    );
  });
  afterEach(async () => {
    await gateway?.close();
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => silent.close(() => r()));
    await new Promise<void>((r) => leaky.close(() => r()));
  });

  it("masks a subgraph's internal and uncoded errors: nothing of their text reaches the client", async () => {
    const res = await post(gateway.url, '{ practiceUnits { totalCount } }');
    expect(res.errors?.length).toBe(2);
    for (const e of res.errors!) {
      expect(e.message).toBe('Internal server error');
      expect(e.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: expect.any(String) });
    }
    expect(JSON.stringify(res.errors)).not.toMatch(/SQLITE|repository|stacktrace|TypeError|knex/);
  });

  it('answers SUBGRAPH_UNAVAILABLE naming the service when it refuses connections', async () => {
    const res = await post(gateway.url, '{ cultureStations { totalCount } }');
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      message: 'The culture service is unavailable.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
    });
    expect(JSON.stringify(res.errors)).not.toContain(String(refusedPort));
  });

  it('gives up on a subgraph that does not answer within SUBGRAPH_TIMEOUT_MS', async () => {
    const started = Date.now();
    const res = await post(gateway.url, '{ socialWorkStations { totalCount } }');
    const elapsed = Date.now() - started;
    expect(res.errors![0]).toMatchObject({
      message: 'The social-work service did not answer within 300 ms.',
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'social-work' },
    });
    expect(elapsed).toBeGreaterThanOrEqual(290);
    expect(elapsed).toBeLessThan(5_000);
  });
});

describe('gateway when its caller goes away', () => {
  it('aborts the subgraph call made for it: the subgraph sees its request closed, long before any timeout', async () => {
    // A subgraph that holds each request and notes when the gateway hangs up on it.
    const closed: number[] = [];
    let received = 0;
    const slow = http.createServer((req) => {
      received++;
      req.resume();
      req.socket.once('close', () => closed.push(Date.now()));
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', () => r()));
    const gateway = await gatewayInProcess({
      SUBGRAPH_TIMEOUT_MS: '30000',
      SOCIAL_WORK_URL: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/graphql`,
    });
    try {
      const caller = new AbortController();
      const asked = fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ socialWorkStations { totalCount } }' }),
        signal: caller.signal,
      }).catch((e: Error) => e.name);
      await vi.waitFor(() => expect(received).toBe(1), { timeout: 5_000 });
      const gone = Date.now();
      caller.abort();
      expect(await asked).toBe('AbortError');
      await vi.waitFor(() => expect(closed).toHaveLength(1), { timeout: 5_000 });
      expect(closed[0]! - gone).toBeLessThan(1_000); // not the 30 s timeout
    } finally {
      await gateway.close();
      slow.closeAllConnections();
      await new Promise<void>((r) => slow.close(() => r()));
    }
  });
});
