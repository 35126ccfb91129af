import { afterAll, beforeAll, expect, it } from 'vitest';
import { bookingHistoryOf, buildWorld, worldOptions } from '../../seed/world/index.js';
import { bearer } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { BACKENDS, type Backend } from '../helpers/databases.js';
import { expectedFindSpaces, expectedUtilisationByRegion, nextLocalWeekday } from '../helpers/expected.js';
import { startTestFederation } from '../helpers/federation.js';
import { op } from '../helpers/operations.js';
import { query, sqlStatementCount } from '../helpers/graphql.js';

/** The province-scale world, computed once for both backends, and only when a suite runs. */
let computed: { province: ReturnType<typeof buildWorld>; bookings: ReturnType<typeof bookingHistoryOf>['bookings'] } | undefined;
const provinceWorld = () =>
  (computed ??= {
    province: buildWorld(worldOptions('province', 2021)),
    bookings: bookingHistoryOf(worldOptions('province', 2021)).bookings,
  });

/**
 * Each backend's own federation: the only suites on the province seed (seeded once per run, by the
 * subgraphs as they start). The first suite to run starts every backend's, so that PostgreSQL's seeds
 * while SQLite's is tested; each suite stops its own.
 */
const federations = new Map<Backend, Promise<Awaited<ReturnType<typeof startTestFederation>>>>();
function startProvinceFederations() {
  for (const b of BACKENDS) {
    if (federations.has(b)) continue;
    const starting = startTestFederation(b, { SEED_SCALE: 'province' });
    starting.catch(() => {}); // reported by the suite that awaits it
    federations.set(b, starting);
  }
}

/** Questions 1 and 6 through the gateway on the province-scale seed, checked against the world computed here. */
describeBackends('q1 and q6 on the province seed, %s', (backend: Backend) => {
  let fed: Awaited<ReturnType<typeof startTestFederation>>;
  let province: ReturnType<typeof buildWorld>;
  let bookings: ReturnType<typeof bookingHistoryOf>['bookings'];

  beforeAll(async () => {
    startProvinceFederations();
    await new Promise((r) => setTimeout(r, 1_000)); // let the processes be spawned before computing the world
    ({ province, bookings } = provinceWorld());
    fed = await federations.get(backend)!;
  }, 600_000);
  afterAll(async () => fed?.stop());

  it('q1-find-space: every page, in order of distance, with the address and the venues of each building', async () => {
    const q1 = op('q1-find-space');
    const day = nextLocalWeekday('WED');
    const vars: Record<string, any> = {
      ...q1.variables,
      from: q1.variables.from.replace('2027-03-17', day),
      to: q1.variables.to.replace('2027-03-17', day),
      first: 50,
    };
    const expected = expectedFindSpaces(province, bookings, {
      region: vars.region,
      from: new Date(vars.from),
      to: new Date(vars.to),
      minCapacity: vars.minCapacity,
      equipment: vars.equipment,
      near: vars.near,
    });
    expect(expected.length).toBeGreaterThan(100);
    const seen: any[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const data: any = await query(fed.gatewayUrl, q1.query, { ...vars, after });
      expect(data.findSpaces.totalCount).toBe(expected.length);
      seen.push(...data.findSpaces.edges);
      if (!data.findSpaces.pageInfo.hasNextPage) break;
      after = data.findSpaces.pageInfo.endCursor;
    }
    expect(seen.map((e) => ({ id: e.node.id, distanceM: Math.round(e.distanceKm * 1000) }))).toEqual(expected);
    // Each building's address and all its plaques, from four departments' subgraphs.
    const sites = new Map(province.sites.map((s) => [s.id, s]));
    const spaces = new Map(province.spaces.map((s) => [s.id, s]));
    for (const e of seen) {
      const site = sites.get(spaces.get(e.node.id)!.siteId)!;
      expect(e.node.site).toMatchObject({ id: site.id, address: site.address });
      expect(e.node.site.venues.map((v: any) => v.id).sort()).toEqual(
        province.plaques
          .filter((p) => p.siteId === site.id)
          .map((p) => p.venueId)
          .sort(),
      );
      expect(e.node.site.venues.every((v: any) => typeof v.name === 'string' && v.name.length > 0)).toBe(true);
      expect(e.node.equipment.some((x: any) => x.kind === 'MICROPHONE' && x.available === x.quantity)).toBe(true);
    }
  });

  it('q6-utilisation: the province and all 90 counties, by managing department, for May 2021', async () => {
    const q6 = op('q6-utilisation');
    const statementsBefore = await sqlStatementCount(fed.subgraphUrls.facilities);
    const data: any = await query(fed.gatewayUrl, q6.query, q6.variables, await bearer({ sub: 'analyst-1', role: 'analyst' }));
    // One pass over the month's rows for the province and its counties together (subgraphs/facilities/
    // loaders.ts): its three aggregates, the month's holidays and the schedules' spans, the check that
    // the counties hold every site, and the region lookups. Two passes were 13.
    expect((await sqlStatementCount(fed.subgraphUrls.facilities)) - statementsBefore).toBeLessThanOrEqual(9);
    // The expected figures of the province and of every county the answer names, in one pass over the world.
    const expected = expectedUtilisationByRegion(
      province,
      bookings,
      ['33', ...data.regions.edges.map((e: any) => e.node.code)],
      q6.variables.month,
    );
    const expectRows = (prefix: string, rows: any[]) => {
      const want = expected.get(prefix)!;
      const got = new Map(rows.map((r) => [r.department.toLowerCase().replace('_', '-'), r]));
      expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
      for (const [dept, w] of want) {
        expect(got.get(dept)).toEqual({
          department: got.get(dept).department,
          sharedSpaces: w.sharedSpaces,
          openHours: Math.round((w.openMinutes / 60) * 100) / 100,
          bookedHours: Math.round((w.bookedMinutes / 60) * 100) / 100,
          bookedByOtherDepartmentsHours: Math.round((w.bookedByOthersMinutes / 60) * 100) / 100,
          rate: Math.round((w.bookedMinutes / w.openMinutes) * 10_000) / 10_000,
        });
      }
    };
    expectRows('33', data.province.spaceUtilisation);
    expect(data.regions.totalCount).toBe(90);
    expect(data.regions.edges).toHaveLength(90);
    for (const e of data.regions.edges) expectRows(e.node.code, e.node.spaceUtilisation);
    const party = data.province.spaceUtilisation.find((r: any) => r.department === 'PARTY');
    expect(party.rate).toBeGreaterThan(0);
    expect(party.rate).toBeLessThan(0.5);
  });
});
