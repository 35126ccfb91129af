import { afterAll, beforeAll, expect, it } from 'vitest';
import { socialWork } from '../../subgraphs/social-work/subgraph.js';
import { describeBackends } from '../helpers/backends.js';
import { post, query, sqlStatementCount } from '../helpers/graphql.js';
import { asGateway } from '../helpers/auth.js';
import { startTestSubgraph } from '../helpers/subgraph.js';

/** Civil Affairs seeded at province scale: its figures are the seed document's, summed in SQL. */
describeBackends('social-work subgraph at province scale on %s', (backend) => {
  let server: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    server = await startTestSubgraph(socialWork, backend, 'province');
  });
  afterAll(async () => server?.close());

  const figures = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Region { code socialWorkFigures(establishedYear: 2021) {
    stations stationsEstablishedInYear staff certifiedStaff stationsBelowStaffTarget fundingFen fundingYuan } } } }`;

  it('reproduces the four published figures: 466 stations, 76 built in 2021, 1,393 staff, ¥185,000,000', async () => {
    const data = await query(server.url, figures, { reps: [{ __typename: 'Region', code: '33' }] });
    expect(data._entities[0].socialWorkFigures).toMatchObject({
      stations: 466,
      stationsEstablishedInYear: 76,
      staff: 1393,
      fundingFen: 18_500_000_000,
      fundingYuan: 185_000_000,
    });
  });

  it('splits them over the 11 cities so that they add up, in one SQL statement', async () => {
    const cities = ['3301', '3302', '3303', '3304', '3305', '3306', '3307', '3308', '3309', '3310', '3311'];
    const before = await sqlStatementCount(server.url);
    const data = await query(server.url, figures, { reps: cities.map((code) => ({ __typename: 'Region', code })) });
    expect((await sqlStatementCount(server.url)) - before).toBe(1);
    const sum = (k: string) => data._entities.reduce((a: number, r: any) => a + r.socialWorkFigures[k], 0);
    expect([sum('stations'), sum('stationsEstablishedInYear'), sum('staff'), sum('fundingFen')]).toEqual([466, 76, 1393, 18_500_000_000]);
    expect(data._entities.every((r: any) => r.socialWorkFigures.stations > 0)).toBe(true);
  });

  it('finds the stations below the staffing target, and their count agrees with the figures', async () => {
    const data = await query(
      server.url,
      `{
      below: socialWorkStations(regionPrefix: "33", certifiedStaffBelow: 3, first: 100) { totalCount edges { node { staffSummary { certified belowTarget } } } }
      built2021: socialWorkStations(regionPrefix: "33", establishedYear: 2021, first: 0) { totalCount }
    }`,
    );
    const f = await query(server.url, figures, { reps: [{ __typename: 'Region', code: '33' }] });
    expect(data.below.totalCount).toBe(f._entities[0].socialWorkFigures.stationsBelowStaffTarget);
    expect(data.below.totalCount).toBeGreaterThan(0);
    expect(data.below.edges.every((e: any) => e.node.staffSummary.certified < 3 && e.node.staffSummary.belowTarget)).toBe(true);
    expect(data.built2021.totalCount).toBe(76);
  });

  it('never exposes identity-card numbers; phones in full for admins only, masked for the department', async () => {
    for (const field of ['idCardDigest', 'idCard', 'idCardNumber']) {
      const res = await post(server.url, `{ socialWorkStations(first: 1) { edges { node { staff { ${field} } } } } }`);
      expect(res.status, field).toBe(400);
      expect(res.errors?.[0]?.extensions?.code, field).toBe('GRAPHQL_VALIDATION_FAILED');
    }
    const station = await query(
      server.url,
      '{ socialWorkStations(regionPrefix: "3301", first: 1) { edges { node { id regionCode: region { code } } } } }',
    );
    const { id, regionCode } = station.socialWorkStations.edges[0].node;
    const q = `{ socialWorkStation(id: "${id}") { staff { name phone } } }`;
    const admin = await query(server.url, q);
    expect(admin.socialWorkStation.staff[0].phone).toMatch(/^1\d{10}$/);
    const staff = await query(
      server.url,
      q,
      undefined,
      await asGateway({ sub: 's1', name: null, role: 'staff', dept: 'social-work', region: regionCode.code.slice(0, 6) }, 'social-work'),
    );
    expect(staff.socialWorkStation.staff[0].phone).toMatch(/^1\d{2}\*{4}\d{4}$/);
    expect(staff.socialWorkStation.staff[0].name).toBe(admin.socialWorkStation.staff[0].name);
  });

  it('refuses out-of-range filters with BAD_USER_INPUT', async () => {
    for (const [q, argument] of [
      ['{ socialWorkStations(establishedYear: 3000) { totalCount } }', 'establishedYear'],
      ['{ socialWorkStations(certifiedStaffBelow: -1) { totalCount } }', 'certifiedStaffBelow'],
    ] as const) {
      const res = await post(server.url, q);
      expect(res.errors?.[0]?.extensions, q).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
