import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Federation, Gateway } from '../../scripts/launch.js';
import { sha256 } from '../../gateway/trusted-documents.js';
import { bearer } from '../helpers/auth.js';
import { aWeekAhead, liveBookings, requestHall, sharedTownshipHall } from '../helpers/booking.js';
import { PG_URL, REDIS_URL, type TestDatabases } from '../helpers/databases.js';
import { startTestFederation, startTestGateway, startTestSubgraph } from '../helpers/federation.js';
import { counterSum, post } from '../helpers/graphql.js';
import { sharedFederation, templatesOf } from '../helpers/shared.js';

/**
 * The replicated topology, as processes: gateway a over the federation's five subgraphs, gateway b over
 * the same but for a second facilities process on the same PostgreSQL database, both with Redis as
 * their shared state (REDIS_URL, a key prefix of this run's). Requests spread over both gateways
 * behave as if one gateway and one facilities served them.
 */
describe.skipIf(!PG_URL || !REDIS_URL)('two gateways and two facilities processes on PostgreSQL, with Redis', () => {
  const prefix = `venue-graph-test:${process.pid}-${randomBytes(3).toString('hex')}:`;
  const PER_MINUTE = 200;
  let fed: Federation & { dbs: TestDatabases };
  let facilities2: Gateway;
  let gatewayB: Gateway;
  let gateways: string[];
  const { hall, county } = sharedTownshipHall(1);
  const { at } = aWeekAhead();

  beforeAll(async () => {
    const env = { REDIS_URL: REDIS_URL!, REDIS_KEY_PREFIX: prefix, RATE_LIMIT_PER_MINUTE: String(PER_MINUTE) };
    fed = await startTestFederation('postgres', env, templatesOf('postgres'), { restart: false });
    facilities2 = await startTestSubgraph('facilities', fed.dbs.urls.facilities);
    gatewayB = await startTestGateway({ ...fed.subgraphUrls, facilities: facilities2.url }, env);
    gateways = [fed.gatewayUrl, gatewayB.url];
  }, 300_000);
  afterAll(async () => {
    await gatewayB?.stop();
    await facilities2?.stop();
    await fed?.stop();
    const redis = new Redis(REDIS_URL!);
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  /** GraphQL requests a subgraph process has answered, from its /metrics. */
  const answered = (graphqlUrl: string) => counterSum(graphqlUrl, 'venue_graph_graphql_requests_total');

  it('REDIS_URL in the environment reaches only the processes given it: the shared federation keeps its state in process', async () => {
    const ready = (await (await fetch(sharedFederation('sqlite').gatewayUrl.replace(/\/graphql$/, '/ready'))).json()) as Record<
      string,
      unknown
    >;
    expect(ready.sharedState).toEqual({ store: 'process' });
    const ours = (await (await fetch(gatewayB.url.replace(/\/graphql$/, '/ready'))).json()) as Record<string, unknown>;
    expect(ours.sharedState).toEqual({ store: 'redis', connected: true });
  });

  it('500 concurrent conflicting booking requests over both gateways: exactly one booking per slot, no 5xx', async () => {
    const slots = [
      ['10:00', '11:00'],
      ['11:00', '12:00'],
      ['14:00', '15:00'],
      ['15:00', '16:00'],
      ['16:00', '17:00'],
    ] as const;
    // Ten officers of the county, 50 requests each (their rate limit is 200 a minute, counted across both).
    const officers = await Promise.all(
      Array.from({ length: 10 }, (_, i) => bearer({ sub: `replica-officer-${i}`, role: 'staff', dept: 'culture', region: county })),
    );
    const before = [await answered(fed.subgraphUrls.facilities), await answered(facilities2.url)];
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => {
        const [from, to] = slots[i % slots.length]!;
        return requestHall(gateways[i % 2]!, hall.id, at(from), at(to), `replica-rush-${i}`, officers[i % officers.length]!);
      }),
    );
    expect(results.filter((r) => r.status >= 500)).toEqual([]);
    const ok = results.filter((r) => !r.errors);
    const codes = results.flatMap((r) => (r.errors ? [r.errors[0]?.extensions?.code] : []));
    expect(ok).toHaveLength(slots.length);
    expect(codes).toEqual(Array(500 - slots.length).fill('BOOKING_CONFLICT'));
    // One booking in each slot, through either gateway.
    expect(ok.map((r) => r.data!.requestBooking.startsAt).sort()).toEqual(slots.map(([from]) => new Date(at(from)).toISOString()).sort());
    // Both facilities processes took part (each gateway calls its own).
    const after = [await answered(fed.subgraphUrls.facilities), await answered(facilities2.url)];
    expect(after[0]! - before[0]!).toBeGreaterThanOrEqual(250);
    expect(after[1]! - before[1]!).toBeGreaterThanOrEqual(250);

    expect(await liveBookings(fed.dbs.urls.facilities, hall.id, at('10:00'), at('17:00'))).toBe(slots.length);
  });

  it('a persisted query registered through one gateway runs by its hash through the other', async () => {
    const query = 'query ReplicaRegion { region(code: "3301") { name } }';
    const byHash = (url: string, withText: boolean) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...(withText ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } }),
      }).then((r) => r.json() as Promise<{ data?: { region: { name: string } }; errors?: { extensions?: { code?: string } }[] }>);
    expect((await byHash(gatewayB.url, false)).errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await byHash(fed.gatewayUrl, true)).data).toEqual({ region: { name: '杭州市' } });
    expect((await byHash(gatewayB.url, false)).data).toEqual({ region: { name: '杭州市' } });
  });

  it("a caller's rate limit holds across both gateways", async () => {
    const caller = await bearer({ sub: 'replica-rate-caller', role: 'analyst' });
    const statuses: number[] = [];
    // 200 a minute: 100 through each, 10 at a time.
    for (let i = 0; i < PER_MINUTE; i += 10) {
      const batch = await Promise.all(
        Array.from({ length: 10 }, (_, j) => post(gateways[(i + j) % 2]!, '{ region(code: "33") { name } }', undefined, caller)),
      );
      statuses.push(...batch.map((r) => r.status));
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    for (const url of gateways) {
      const refused = await post(url, '{ region(code: "33") { name } }', undefined, caller);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'rate' });
    }
  });
});
