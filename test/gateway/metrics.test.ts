import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { everyField, type FakeSubgraph, fakeSubgraph, gatewayInProcess, refusedPort } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * The gateway's metrics (features/metrics.ts, subgraph-circuit.ts) as Prometheus scrapes them from the
 * metrics port: requests by operation and outcome, in flight, subgraph fetches and their failures, the
 * query-plan cache, the circuits. The registry is the process's, so each check compares before and after.
 */
type Samples = Map<string, number>;

async function scrape(server: RunningServer): Promise<Samples> {
  const text = await (await fetch(server.metricsUrl)).text();
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}
const delta = (after: Samples, before: Samples, series: string) => (after.get(series) ?? 0) - (before.get(series) ?? 0);

describe('gateway metrics', () => {
  let facilities: FakeSubgraph;
  let gateway: RunningServer;
  beforeAll(async () => {
    facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
    gateway = await gatewayInProcess({
      FACILITIES_URL: facilities.url,
      CULTURE_URL: `http://127.0.0.1:${await refusedPort()}/graphql`,
      SUBGRAPH_CIRCUIT_FAILURES: '2',
      SUBGRAPH_CIRCUIT_HALF_OPEN_MS: '60000',
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  it('counts requests by operation (committed names only) and outcome, and none is left in flight', async () => {
    const before = await scrape(gateway);
    await post(gateway.url, 'query RegionOverview { region(code: "33") { name } }');
    await post(gateway.url, 'query MyOwnName { region(code: "33") { name } }');
    await post(gateway.url, '{ region(code: "33") { name } }');
    await post(gateway.url, '{ region(code: "33") { name } cultureStations(first: 0) { totalCount } }');
    await post(gateway.url, '{ cultureStations(first: 0) { totalCount } }');
    await post(gateway.url, '{ regions(first: 100) { edges { node { children { children { children { name } } } } } } }'); // over MAX_COST
    const after = await scrape(gateway);
    const count = (operation: string, outcome: string) =>
      delta(after, before, `venue_graph_gateway_request_duration_seconds_count{operation="${operation}",outcome="${outcome}"}`);
    expect(count('RegionOverview', 'ok')).toBe(1);
    expect(count('other', 'ok')).toBe(1); // a caller's own name is not a series of its own
    expect(count('MyOwnName', 'ok')).toBe(0);
    expect(count('anonymous', 'ok')).toBe(1);
    expect(count('anonymous', 'partial')).toBe(1);
    expect(count('anonymous', 'error')).toBe(1);
    expect(count('anonymous', 'refused')).toBe(1);
    expect(after.get('venue_graph_gateway_requests_in_flight')).toBe(0);
    const slowest = after.get('venue_graph_gateway_request_duration_seconds_bucket{le="+Inf",operation="RegionOverview",outcome="ok"}');
    expect(slowest).toBeGreaterThanOrEqual(1);
  });

  it('times subgraph fetches, counts their failures by reason, and shows the circuit opening', async () => {
    const before = await scrape(gateway);
    for (let i = 0; i < 4; i++) await post(gateway.url, '{ cultureStations(first: 0) { totalCount } }');
    await post(gateway.url, '{ region(code: "33") { name } }');
    const after = await scrape(gateway);
    expect(delta(after, before, 'venue_graph_subgraph_fetch_duration_seconds_count{subgraph="facilities",outcome="ok"}')).toBe(1);
    const culture = (reason: string) =>
      delta(after, before, `venue_graph_subgraph_fetch_errors_total{subgraph="culture",reason="${reason}"}`);
    // The circuit opened at the first test's two failures: every fetch since is refused at once.
    expect(culture('unreachable') + culture('circuit_open')).toBe(4);
    expect(culture('circuit_open')).toBeGreaterThanOrEqual(2);
    expect(after.get('venue_graph_subgraph_circuit_state{subgraph="culture"}')).toBe(2);
    expect(after.get('venue_graph_subgraph_circuit_state{subgraph="facilities"}')).toBe(0);
  });

  it("counts the query-plan cache's misses and hits", async () => {
    const before = await scrape(gateway);
    const query = '{ region(code: "3301") { name } }';
    await post(gateway.url, query);
    await post(gateway.url, query);
    await post(gateway.url, query);
    const after = await scrape(gateway);
    expect(delta(after, before, 'venue_graph_query_plan_cache_total{result="miss"}')).toBe(1);
    expect(delta(after, before, 'venue_graph_query_plan_cache_total{result="hit"}')).toBe(2);
  });
});
