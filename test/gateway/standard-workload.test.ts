import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { type StandardWorld, startStandardSubgraphs, TEST_QUERY, testQueryCheck } from '../../bench/standard/workload.js';
import { gatewayInProcess, originOf } from '../helpers/gateway.js';

/**
 * The gateway over another supergraph than venue-graph's: the public graphql-gateways-benchmark's four
 * subgraphs (bench/standard/), which `npm run bench` runs it on. Its TestQuery's answer is the expected
 * 87.6 KB one, each entity is sent to its subgraph once per fetch, and `/ready` lists the subgraphs of
 * the supergraph it serves.
 */
describe('the gateway on the standard benchmark workload', () => {
  let world: StandardWorld;
  let gateway: RunningServer;
  beforeAll(async () => {
    world = await startStandardSubgraphs({ NODE_ENV: 'production' });
    gateway = await gatewayInProcess({ SUPERGRAPH_PATH: world.supergraphPath });
  }, 60_000);
  afterAll(async () => {
    await gateway?.close();
    await world?.stop();
  });

  it('answers TestQuery with the expected answer, sending 27 distinct representations where the plan has 465', async () => {
    const before = await world.stats();
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: TEST_QUERY }),
    });
    const text = await res.text();
    expect(testQueryCheck()(res.status, text)).toBeNull();
    expect(text.length).toBeGreaterThan(87_000);
    const after = await world.stats();
    // 16 fetches in @apollo/gateway's plan; stock Apollo Gateway sends 465 representations in them.
    expect(after.requests - before.requests).toBe(16);
    expect(after.representations - before.representations).toBe(27);
  });

  it('judges a wrong answer wrong', () => {
    const check = testQueryCheck();
    expect(check(200, '{"data":{"users":[],"topProducts":[]}}')).toBe('differs from the expected answer');
    expect(check(500, '')).toBe('HTTP 500');
  });

  it('reports in /ready the subgraphs of the supergraph it serves', async () => {
    const res = await fetch(`${originOf(gateway)}/ready`);
    const body = (await res.json()) as { subgraphs: Record<string, string> };
    expect(res.status).toBe(200);
    expect(body.subgraphs).toEqual({ accounts: 'reachable', inventory: 'reachable', products: 'reachable', reviews: 'reachable' });
  });

  // patches/@apollo+gateway+2.14.4.patch: result shaping skips the @skip/@include lookup for a
  // selection with no directives. With them, shaping still follows them, by a literal or a variable.
  it('leaves out what @skip skips or @include does not include, and keeps the rest', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($no: Boolean!) {
          topProducts(first: 2) { upc name @skip(if: true) price @include(if: $no) inStock @include(if: true) reviews @skip(if: $no) { id } }
          me { id username @include(if: false) }
        }`,
        variables: { no: false },
      }),
    });
    expect(await res.json()).toEqual({
      data: {
        topProducts: [
          { upc: '1', inStock: true, reviews: [{ id: '1' }, { id: '2' }, { id: '3' }, { id: '4' }] },
          { upc: '2', inStock: false, reviews: [{ id: '5' }, { id: '6' }, { id: '7' }, { id: '8' }] },
        ],
        me: { id: '1' },
      },
    });
  });
});
