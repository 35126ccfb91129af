import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGatewayConfig } from '../../gateway/config.js';
import { startGateway } from '../../gateway/server.js';
import { sha256 } from '../../gateway/trusted-documents.js';
import { ConfigError } from '../../kit/config.js';
import type { RunningServer } from '../../kit/server.js';
import { bearer } from '../helpers/auth.js';
import { REDIS_URL } from '../helpers/databases.js';
import {
  everyField,
  type FakeSubgraph,
  fakeSubgraph,
  GATEWAY_TEST_ENV,
  gatewayInProcess,
  originOf,
  refusedPort,
} from '../helpers/gateway.js';
import { metricLines, post } from '../helpers/graphql.js';
import { type TcpProxy, tcpProxy } from '../helpers/tcp-proxy.js';

/**
 * Two gateway replicas' shared state (gateway/features/shared-state.ts): with REDIS_URL, a persisted
 * query registered through one runs through the other, and a caller's requests a minute are counted
 * once across both; without it, each replica has its own (the control, which shows the difference is
 * Redis's). Redis going away after start costs no request; a configured Redis that cannot be reached
 * at start stops the gateway, naming REDIS_URL.
 */

/** A query no committed operation has: only a client's registration makes its hash known. */
const QUERY = 'query ReplicaProbe { region(code: "33") { name } }';
const HASH = sha256(QUERY);

/** Apollo's automatic persisted query: by hash alone, or registering the text with it. */
async function apq(url: string, withText: boolean, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ ...(withText ? { query: QUERY } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: HASH } } }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { data?: { region?: { name: string } }; errors?: { extensions?: { code?: string } }[] },
  };
}

const ask = (url: string, headers: Record<string, string>) => post(url, '{ region(code: "33") { name } }', undefined, headers);

const metric = (server: RunningServer, name: string) => metricLines(server.metricsUrl, name);

async function dropKeys(redis: Redis, prefix: string): Promise<void> {
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
}

let facilities: FakeSubgraph;
beforeAll(async () => {
  facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
});
afterAll(async () => facilities?.close());

describe('without REDIS_URL: each replica its own', () => {
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    const env = { FACILITIES_URL: facilities.url, RATE_LIMIT_PER_MINUTE: '4' };
    [a, b] = await Promise.all([gatewayInProcess(env), gatewayInProcess(env)]);
  });
  afterAll(async () => Promise.all([a?.close(), b?.close()]));

  it('a query registered through one is unknown to the other; each counts a caller on its own', async () => {
    expect((await apq(a.url, false)).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await apq(a.url, true)).body.data?.region?.name).toBe('浙江省');
    expect((await apq(a.url, false)).body.data?.region?.name).toBe('浙江省'); // known here now
    expect((await apq(b.url, false)).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const caller = await bearer({ sub: 'in-process-caller', role: 'analyst' });
    // 4 a minute on each: 3 through a and 3 through b all pass (6 in all).
    for (const url of [a.url, b.url, a.url, b.url, a.url, b.url]) expect((await ask(url, caller)).status).toBe(200);
    const ready = (await (await fetch(`${originOf(a)}/ready`)).json()) as Record<string, unknown>;
    expect(ready.sharedState).toEqual({ store: 'process' });
  });
});

describe.skipIf(!REDIS_URL)('with REDIS_URL: two replicas as one', () => {
  const prefix = `venue-graph-test:${process.pid}-${randomBytes(3).toString('hex')}:`;
  let redis: Redis;
  let proxy: TcpProxy;
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL!);
    // Gateway a reaches Redis through a relay the last test cuts; b directly.
    proxy = await tcpProxy(Number(new URL(REDIS_URL!).port || 6379), new URL(REDIS_URL!).hostname);
    const viaProxy = new URL(REDIS_URL!);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    const env = { FACILITIES_URL: facilities.url, RATE_LIMIT_PER_MINUTE: '4', REDIS_KEY_PREFIX: prefix };
    [a, b] = await Promise.all([
      gatewayInProcess({ ...env, REDIS_URL: viaProxy.toString() }),
      gatewayInProcess({ ...env, REDIS_URL: REDIS_URL! }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await proxy?.close();
    if (redis) {
      await dropKeys(redis, prefix);
      redis.disconnect();
    }
  });

  it('a query registered through one runs by its hash through the other, kept with a time to live', async () => {
    expect((await apq(b.url, false)).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await apq(a.url, true)).body.data?.region?.name).toBe('浙江省');
    expect((await apq(b.url, false)).body.data?.region?.name).toBe('浙江省');
    const [key] = await redis.keys(`${prefix}apq:*`);
    expect(key).toBe(`${prefix}apq:apq:${HASH}`); // Apollo's own "apq:" under ours
    expect(await redis.get(key!)).toBe(QUERY);
    const ttl = await redis.ttl(key!);
    expect(ttl).toBeGreaterThan(86_000);
    expect(ttl).toBeLessThanOrEqual(86_400);
  });

  it("a caller's requests a minute are counted once across both: the fifth is refused on either", async () => {
    const caller = await bearer({ sub: 'shared-caller', role: 'analyst' });
    for (const url of [a.url, b.url, a.url, b.url]) expect((await ask(url, caller)).status).toBe(200);
    for (const url of [a.url, b.url]) {
      const refused = await ask(url, caller);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'rate' });
    }
    // Another caller has a budget of its own.
    expect((await ask(b.url, await bearer({ sub: 'other-caller', role: 'analyst' }))).status).toBe(200);
    expect(await redis.get(`${prefix}rate:caller:sub:shared-caller`)).toBe('6');
    const ready = (await (await fetch(`${originOf(b)}/ready`)).json()) as Record<string, unknown>;
    expect(ready.sharedState).toEqual({ store: 'redis', connected: true });
  });

  it('Redis gone after start: requests are still answered, counted in process, and it reconnects when Redis is back', async () => {
    const caller = await bearer({ sub: 'while-redis-is-away', role: 'analyst' });
    await proxy.cut();
    await expect
      .poll(async () => ((await (await fetch(`${originOf(a)}/ready`)).json()) as Record<string, unknown>).sharedState)
      .toEqual({
        store: 'redis',
        connected: false,
      });
    // The limit still holds, in this replica's own counters (the insurance limiter), and nothing fails.
    for (let i = 0; i < 4; i++) expect((await ask(a.url, caller)).status).toBe(200);
    expect((await ask(a.url, caller)).status).toBe(429);
    // A persisted query is a miss, not an error: the client sends the text, which runs.
    expect((await apq(a.url, false)).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await apq(a.url, true)).body.data?.region?.name).toBe('浙江省');
    expect(await metric(a, 'venue_graph_shared_state_connected ')).toEqual(['venue_graph_shared_state_connected 0']);
    const fallbacks = await metric(a, 'venue_graph_shared_state_errors_total{use="rate-limit"}');
    expect(Number(fallbacks[0]?.split(' ').pop())).toBeGreaterThanOrEqual(5);

    await proxy.restore();
    await expect
      .poll(async () => ((await (await fetch(`${originOf(a)}/ready`)).json()) as Record<string, unknown>).sharedState, {
        timeout: 10_000,
      })
      .toEqual({ store: 'redis', connected: true });
    expect((await apq(a.url, false)).body.data?.region?.name).toBe('浙江省');
  });
});

describe('a configured Redis that cannot be reached', () => {
  it('stops the gateway at start, naming REDIS_URL and never its password', async () => {
    const port = await refusedPort();
    const config = loadGatewayConfig({
      ...GATEWAY_TEST_ENV,
      FACILITIES_URL: 'http://127.0.0.1:1/graphql',
      REDIS_URL: `redis://:hunter2@127.0.0.1:${port}`,
    });
    const started = startGateway(config);
    await expect(started).rejects.toBeInstanceOf(ConfigError);
    const message = String(await started.catch((e: Error) => e.message));
    expect(message).toMatch(new RegExp(`REDIS_URL: cannot reach Redis at redis://.*127\\.0\\.0\\.1:${port}.*ECONNREFUSED`));
    expect(message).not.toContain('hunter2');
  });

  it('a URL that is not redis:// is refused when the configuration is read', () => {
    expect(() => loadGatewayConfig({ ...GATEWAY_TEST_ENV, REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(
      /REDIS_URL: a redis:\/\/ or rediss:\/\/ URL/,
    );
  });
});
