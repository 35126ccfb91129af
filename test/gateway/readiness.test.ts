import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { SUBGRAPHS } from '../../kit/topology.js';
import { readyUrl } from '../../gateway/readiness.js';
import { type FakeSubgraph, fakeSubgraph, gatewayInProcess, originOf } from '../helpers/gateway.js';

/**
 * `/health` says the gateway process lives; `/ready` asks each subgraph's own `/ready` and lists its
 * state: ready while any subgraph is reachable (`degraded` when not all are), 503 when none is.
 */
describe('the gateway’s /health and /ready', () => {
  let facilities: FakeSubgraph;
  let stalled: FakeSubgraph;
  let facilitiesUp = true;
  let alone: RunningServer;
  let some: RunningServer;
  beforeAll(async () => {
    facilities = await fakeSubgraph(() => ({ status: facilitiesUp ? 200 : 503, body: { status: facilitiesUp ? 'ready' : 'unavailable' } }));
    stalled = await fakeSubgraph(() => new Promise(() => {}));
    [alone, some] = await Promise.all([
      gatewayInProcess(),
      gatewayInProcess({ FACILITIES_URL: facilities.url, SOCIAL_WORK_URL: stalled.url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([alone?.close(), some?.close()]);
    await Promise.all([facilities?.close(), stalled?.close()]);
  });

  const get = async (server: RunningServer, path: string) => {
    const res = await fetch(`${originOf(server)}${path}`);
    return [res.status, await res.json()] as const;
  };

  it('with no subgraph reachable: alive, not ready, every subgraph unreachable', async () => {
    expect(await get(alone, '/health')).toEqual([200, { status: 'ok', service: 'gateway' }]);
    const [status, body] = await get(alone, '/ready');
    expect(status).toBe(503);
    expect(body).toEqual({
      status: 'unavailable',
      service: 'gateway',
      subgraphs: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 'unreachable'])),
      circuits: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 'closed'])),
      sharedState: { store: 'process' }, // no REDIS_URL
    });
  });

  it('with one subgraph answering: ready but degraded, a stalled one unreachable within the probe timeout', async () => {
    facilitiesUp = true;
    const started = Date.now();
    const [status, body] = await get(some, '/ready');
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.degraded).toBe(true);
    expect(body.subgraphs.facilities).toBe('reachable');
    expect(body.subgraphs['social-work']).toBe('unreachable');
    expect(Object.values(body.subgraphs).filter((s) => s === 'reachable')).toHaveLength(1);
    // Only the probe calls it: the gateway runs from its supergraph file and asks no subgraph at start.
    expect(facilities.received.length).toBeGreaterThan(0);
  });

  it('a subgraph that answers /ready with 503 (its database is down) is unreachable', async () => {
    facilitiesUp = false;
    const [status, body] = await get(some, '/ready');
    expect(status).toBe(503);
    expect(body.subgraphs.facilities).toBe('unreachable');
    facilitiesUp = true;
  });

  it('readyUrl: the subgraph’s origin and path prefix, /ready for /graphql', () => {
    expect(readyUrl('http://127.0.0.1:4002/graphql')).toBe('http://127.0.0.1:4002/ready');
    expect(readyUrl('http://sw.internal/api/graphql?x=1')).toBe('http://sw.internal/api/ready');
  });
});
