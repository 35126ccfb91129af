import { beforeAll, expect, it } from 'vitest';
import { loadRegions } from '../../seed/regions.js';
import { CERTIFIED_STAFF_TARGET } from '../../seed/world/index.js';
import { describeBackends } from '../helpers/backends.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';
import { op } from '../helpers/operations.js';
import { bearer } from '../helpers/auth.js';
import { query, sqlStatementCount } from '../helpers/graphql.js';
import { siteOf, world } from '../helpers/world.js';

/**
 * The analysts' questions, each one request through the gateway, run from the files front-end teams
 * get (schema/operations/*.graphql with their variables) and checked against the seeded world, which
 * the test computes on its own, in JavaScript.
 */

const regions = loadRegions();
const certifiedOf = (stationId: string) => world.staff.filter((s) => s.stationId === stationId && s.certifiedLevel !== 'NONE').length;

function figures(prefix: string, year: number) {
  const stations = world.socialWorkStations.filter((s) => s.regionCode.startsWith(prefix));
  const ids = new Set(stations.map((s) => s.id));
  const staff = world.staff.filter((s) => ids.has(s.stationId));
  return {
    stations: stations.length,
    stationsEstablishedInYear: stations.filter((s) => s.establishedYear === year).length,
    staff: staff.length,
    certifiedStaff: staff.filter((s) => s.certifiedLevel !== 'NONE').length,
    stationsBelowStaffTarget: stations.filter((s) => certifiedOf(s.id) < CERTIFIED_STAFF_TARGET).length,
    fundingYuan: world.funding.filter((f) => ids.has(f.stationId)).reduce((a, f) => a + f.amountFen, 0) / 100,
  };
}

describeBackends('analysts’ questions through the gateway on %s', (backend) => {
  let fed: SharedFederation;
  let asAnalyst: Record<string, string>;
  // Analysts' questions are asked with an analyst's token: figures and department data are not public.
  const ask = (q: string, variables?: Record<string, unknown>) => query(fed.gatewayUrl, q, variables, asAnalyst);
  beforeAll(async () => {
    fed = sharedFederation(backend);
    asAnalyst = await bearer({ sub: 'analyst-1', role: 'analyst' });
  });

  const statements = async (run: () => Promise<unknown>) => {
    const urls = Object.values(fed.subgraphUrls);
    const total = async () => (await Promise.all(urls.map(sqlStatementCount))).reduce((a, b) => a + b, 0);
    const before = await total();
    await run();
    return (await total()) - before;
  };

  it('q4: per city townships, stations, staff and funding, and the province totals', async () => {
    const { query: q, variables } = op('q4-province-social-work');
    const data = await ask(q, variables);
    // The test world holds Hangzhou's share of the province's 466 stations.
    expect(data.province.socialWorkFigures).toEqual(figures('33', 2021));
    expect(data.province.townshipCount).toBe(1364);
    expect(data.cities.totalCount).toBe(11);
    for (const { node } of data.cities.edges) {
      expect(node.socialWorkFigures, node.name).toEqual(figures(node.code, 2021));
      expect(node.townshipCount, node.name).toBe(
        regions.filter((r) => r.level === 'TOWNSHIP' && r.kind !== 'OTHER' && r.code.startsWith(node.code)).length,
      );
    }
    expect(data.cities.edges.find((e: any) => e.node.code === '3301').node.socialWorkFigures.stations).toBeGreaterThan(10);
  });

  it('q4’s statement count does not grow with the number of regions', async () => {
    const q = `query($n: Int) { regions(regionPrefix: "3301", level: COUNTY, first: $n) { edges { node { name townshipCount socialWorkFigures { stations staff fundingYuan } } } } }`;
    const few = await statements(() => ask(q, { n: 2 }));
    const many = await statements(() => ask(q, { n: 13 }));
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });

  it('q2: a station’s page: indicators, staff, funding by year and source, its site and the plaques there', async () => {
    const { query: q, variables } = op('q2-station-page');
    const st = world.socialWorkStations.find((s) => s.id === variables.id)!;
    expect(st, 'the example station exists in the test world').toBeDefined();
    const { socialWorkStation: page } = await ask(q, variables);
    expect(page).toMatchObject({ id: st.id, name: st.name, establishedYear: st.establishedYear, completedOn: st.completedOn });
    expect(page.region.code).toBe(st.regionCode);
    expect(page.indicators.map((i: any) => i.kind)).toEqual(['VENUE', 'FUNDING', 'STAFF', 'RULES', 'SERVICES']);
    for (const i of page.indicators) {
      expect(i.completionPercent).toBe(Math.min(100, Math.round((i.value / i.target) * 1000) / 10));
      expect(i.state).toBe(i.value >= i.target ? 'COMPLETED' : i.value > 0 ? 'IN_PROGRESS' : 'NOT_STARTED');
    }
    const staff = world.staff.filter((s) => s.stationId === st.id);
    expect(page.staffSummary).toEqual({
      total: staff.length,
      certified: certifiedOf(st.id),
      target: 3,
      belowTarget: certifiedOf(st.id) < 3,
    });
    const funding = world.funding.filter((f) => f.stationId === st.id);
    expect(page.funding.totalYuan).toBe(funding.reduce((a, f) => a + f.amountFen, 0) / 100);
    const cells = new Map<string, number>();
    for (const f of funding) cells.set(`${f.year}:${f.source}`, (cells.get(`${f.year}:${f.source}`) ?? 0) + f.amountFen);
    expect(page.funding.byYearAndSource.map((c: any) => [`${c.year}:${c.source}`, Math.round(c.amountYuan * 100)])).toEqual(
      [...cells.entries()].sort(([a], [b]) => a.localeCompare(b)),
    );
    expect(page.operator.uscc).toMatch(/^[0-9A-HJ-NP-RTUW-Y]{18}$/);
    expect(page.site.id).toBe(siteOf(st.id));
    expect(page.site.venues.map((v: any) => v.id).sort()).toEqual(
      world.plaques
        .filter((p) => p.siteId === page.site.id)
        .map((p) => p.venueId)
        .sort(),
    );
    expect(page.site.venues.every((v: any) => v.name)).toBe(true);
  });

  it('q5: townships of a city without a social-work station but with a shareable hall at the culture station', async () => {
    const { query: q, variables } = op('q5-coverage-gaps');
    const data = await ask(q, variables);
    const withStation = new Set(
      world.plaques
        .filter((p) => p.venueType === 'SocialWorkStation')
        .map((p) => world.sites.find((s) => s.id === p.siteId)!.regionCode.slice(0, 9)),
    );
    const sharedHall = new Set(world.spaces.filter((sp) => sp.kind === 'MULTI_FUNCTION_HALL' && sp.shareable).map((sp) => sp.siteId));
    const cultureSites = world.plaques.filter((p) => p.venueType === 'CultureStation' && sharedHall.has(p.siteId));
    const expected = [...new Set(cultureSites.map((p) => world.sites.find((s) => s.id === p.siteId)!.regionCode.slice(0, 9)))]
      .filter((code) => code.startsWith(variables.city) && !withStation.has(code))
      .sort();
    expect(expected.length).toBeGreaterThan(5);
    expect(data.regions.totalCount).toBe(expected.length);
    expect(data.regions.edges.map((e: any) => e.node.code)).toEqual(expected.slice(0, variables.first));
    for (const { node } of data.regions.edges) {
      expect(node.socialWorkStations.totalCount, node.name).toBe(0); // cross-checked by Civil Affairs' own database
      const hall = node.cultureStations.edges[0].node.site.spaces.find((s: any) => s.kind === 'MULTI_FUNCTION_HALL');
      expect(hall.shareable, node.name).toBe(true);
    }
  });

  it('stations below the staffing target', async () => {
    const { query: q, variables } = op('stations-below-staff-target');
    const data = await ask(q, variables);
    const expected = world.socialWorkStations
      .filter((s) => s.regionCode.startsWith(variables.regionPrefix) && certifiedOf(s.id) < 3)
      .map((s) => s.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(data.socialWorkStations.totalCount).toBe(expected.length);
    expect(data.socialWorkStations.edges.map((e: any) => e.node.id)).toEqual(expected.slice(0, variables.first));
    for (const { node } of data.socialWorkStations.edges) {
      expect(node.staffSummary.certified).toBeLessThan(3);
      expect(node.region.name).toBeTruthy();
    }
  });

  it('culture stations by grade per county', async () => {
    const { query: q, variables } = op('culture-grades-by-county');
    const data = await ask(q, variables);
    const byGrade = (prefix: string) => {
      const counts: Record<string, number> = {};
      for (const s of world.cultureStations) if (s.regionCode.startsWith(prefix)) counts[s.grade] = (counts[s.grade] ?? 0) + 1;
      return counts;
    };
    const asObject = (rows: { grade: string; stations: number }[]) => Object.fromEntries(rows.map((r) => [r.grade, r.stations]));
    expect(asObject(data.city.cultureStationsByGrade)).toEqual(byGrade(variables.city));
    expect(data.counties.edges).toHaveLength(regions.filter((r) => r.level === 'COUNTY' && r.code.startsWith(variables.city)).length);
    for (const { node } of data.counties.edges) expect(asObject(node.cultureStationsByGrade), node.name).toEqual(byGrade(node.code));
    const few = await statements(() =>
      ask(`{ regions(regionPrefix: "3301", level: COUNTY, first: 2) { edges { node { cultureStationsByGrade { grade stations } } } } }`),
    );
    const many = await statements(() =>
      ask(`{ regions(regionPrefix: "3301", level: COUNTY, first: 13) { edges { node { cultureStationsByGrade { grade stations } } } } }`),
    );
    expect(many).toBe(few);
  });

  it('practice units by tier per city', async () => {
    const { query: q, variables } = op('practice-tiers-by-city');
    const data = await ask(q, variables);
    const byTier = (prefix: string) => {
      const counts: Record<string, number> = {};
      for (const u of world.practiceUnits) if (u.regionCode.startsWith(prefix)) counts[u.tier] = (counts[u.tier] ?? 0) + 1;
      return counts;
    };
    const asObject = (rows: { tier: string; units: number }[]) => Object.fromEntries(rows.map((r) => [r.tier, r.units]));
    expect(asObject(data.province.practiceUnitsByTier)).toEqual(byTier('33'));
    expect(data.cities.edges).toHaveLength(11);
    for (const { node } of data.cities.edges) expect(asObject(node.practiceUnitsByTier), node.name).toEqual(byTier(node.code));
  });
});
