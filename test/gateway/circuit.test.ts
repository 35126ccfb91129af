import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { everyField, type FakeSubgraph, fakeSubgraph, gatewayInProcess, originOf } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * Each subgraph's circuit (gateway/features/subgraph-circuit.ts), through the real gateway: a stalled
 * subgraph costs its timeout three times, then its fields fail at once (≤ 50 ms) while the circuit is
 * open, /ready says so, and once it answers again the circuit closes within 5 s. The other subgraphs'
 * fields are served throughout.
 */
describe('a stalled subgraph’s circuit', () => {
  let culture: FakeSubgraph;
  let facilities: FakeSubgraph;
  let gateway: RunningServer;
  let stalled = true;
  beforeAll(async () => {
    culture = await fakeSubgraph((req) => (stalled && req.body.query ? new Promise(() => {}) : everyField({ totalCount: 7 })(req)));
    facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
    gateway = await gatewayInProcess({
      CULTURE_URL: culture.url,
      FACILITIES_URL: facilities.url,
      SUBGRAPH_TIMEOUT_MS: '300',
      SUBGRAPH_CIRCUIT_FAILURES: '3',
      SUBGRAPH_CIRCUIT_HALF_OPEN_MS: '2000',
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await Promise.all([culture?.close(), facilities?.close()]);
  });

  const QUERY = '{ region(code: "33") { name } cultureStations(first: 0) { totalCount } }';
  const circuits = async () =>
    ((await (await fetch(`${originOf(gateway)}/ready`)).json()) as { circuits: Record<string, string> }).circuits;
  const timed = async () => {
    const started = performance.now();
    const res = await post(gateway.url, QUERY);
    return { ms: performance.now() - started, res };
  };

  it('opens after three timeouts, answers at once while open, and closes within 5 s of recovery', async () => {
    for (let i = 0; i < 3; i++) {
      const { ms, res } = await timed();
      expect(ms).toBeGreaterThanOrEqual(290);
      expect(res.data).toEqual({ region: { name: '浙江省' }, cultureStations: null });
      expect(res.errors?.[0]).toMatchObject({
        message: 'The culture service did not answer within 300 ms.',
        path: ['cultureStations'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
      });
    }
    expect((await circuits()).culture).toBe('open');
    const asked = culture.received.length;
    const open = await timed();
    // At once: well under the 300 ms timeout it would otherwise wait (its figure, ≤ 50 ms, is measured in bench/).
    expect(open.ms).toBeLessThan(200);
    expect(open.res.data).toEqual({ region: { name: '浙江省' }, cultureStations: null });
    expect(open.res.errors?.[0]).toMatchObject({
      message: 'The culture service is unavailable (failing repeatedly: not asked again for a moment).',
      path: ['cultureStations'],
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
    });
    expect(culture.received.length).toBe(asked); // not asked while open

    stalled = false;
    const recovered = Date.now();
    let answer = await timed();
    while (answer.res.errors && Date.now() - recovered < 6_000) {
      await new Promise((r) => setTimeout(r, 100));
      answer = await timed();
    }
    expect(Date.now() - recovered).toBeLessThan(5_000);
    expect(answer.res.errors).toBeUndefined();
    expect(answer.res.data).toEqual({ region: { name: '浙江省' }, cultureStations: { totalCount: 7 } });
    expect((await circuits()).culture).toBe('closed');
    expect((await circuits()).facilities).toBe('closed');
  });
});
