import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { facilities } from '../../subgraphs/facilities/subgraph.js';
import { describeBackends } from '../helpers/backends.js';
import { post, query, sqlStatementCount } from '../helpers/graphql.js';
import { entitiesQuery, startTestSubgraph } from '../helpers/subgraph.js';
import { closedDays } from '../helpers/expected.js';
import { loadRegions } from '../../seed/regions.js';
import { plaquesByType, siteOf, world } from '../helpers/world.js';

const station = world.socialWorkStations[0]!;

describeBackends('facilities subgraph on %s', (backend) => {
  let server: Awaited<ReturnType<typeof startTestSubgraph>>;
  beforeAll(async () => {
    server = await startTestSubgraph(facilities, backend);
  });
  afterAll(async () => server?.close());

  it('holds the real Zhejiang divisions: 11 cities, 90 counties, 1,387 townships by kind', async () => {
    const data = await query(
      server.url,
      `{
      cities: regions(regionPrefix: "33", level: CITY, first: 0) { totalCount }
      counties: regions(regionPrefix: "33", level: COUNTY, first: 0) { totalCount }
      townships: regions(regionPrefix: "33", level: TOWNSHIP, first: 0) { totalCount }
      villages: regions(regionPrefix: "33", level: VILLAGE, first: 0) { totalCount }
      xihu: regions(regionPrefix: "330106", level: TOWNSHIP, first: 100) { totalCount edges { node { code name kind } } }
    }`,
    );
    expect(data.cities.totalCount).toBe(11);
    expect(data.counties.totalCount).toBe(90);
    expect(data.townships.totalCount).toBe(1387);
    expect(data.villages.totalCount).toBe(25547);
    expect(data.xihu.totalCount).toBe(12);
    expect(data.xihu.edges.map((e: any) => e.node.name)).toContain('北山街道');
    expect(data.xihu.edges.find((e: any) => e.node.code === '330106109').node).toEqual({ code: '330106109', name: '三墩镇', kind: 'TOWN' });
  });

  it('answers a region with its parent, ancestors and children', async () => {
    const data = await query(
      server.url,
      `{ region(code: "330106002") {
      code name level kind vintage parent { code name } ancestors { code name level } children { code kind }
    } }`,
    );
    expect(data.region).toMatchObject({ code: '330106002', name: '北山街道', level: 'TOWNSHIP', kind: 'SUBDISTRICT', vintage: 2023 });
    expect(data.region.parent).toEqual({ code: '330106', name: '西湖区' });
    expect(data.region.ancestors.map((a: any) => a.name)).toEqual(['浙江省', '杭州市', '西湖区']);
    expect(data.region.children.length).toBeGreaterThan(0);
    expect(data.region.children.every((c: any) => c.code.startsWith('330106002') && ['COMMUNITY', 'VILLAGE'].includes(c.kind))).toBe(true);
  });

  it('pages through a list with cursors: no item twice, none missed, stable order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const data: any = await query(
        server.url,
        `query($after: String) { regions(regionPrefix: "330106", level: TOWNSHIP, first: 5, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { code } } } }`,
        { after },
      );
      total = data.regions.totalCount;
      seen.push(...data.regions.edges.map((e: any) => e.node.code));
      expect(data.regions.pageInfo.hasPreviousPage).toBe(after !== null);
      if (!data.regions.pageInfo.hasNextPage) break;
      after = data.regions.pageInfo.endCursor;
    }
    expect(total).toBe(12);
    expect(seen).toHaveLength(12);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(12);
  });

  it('refuses bad arguments with BAD_USER_INPUT naming the argument', async () => {
    for (const [q, argument] of [
      ['{ region(code: "33010") { name } }', 'code'],
      ["{ region(code: \"1' OR '1'='1\") { name } }", 'code'],
      ['{ regions(regionPrefix: "33%") { totalCount } }', 'regionPrefix'],
      ['{ regions(first: 101) { totalCount } }', 'first'],
      ['{ regions(first: -1) { totalCount } }', 'first'],
      ['{ regions(after: "not-a-cursor") { totalCount } }', 'after'],
    ] as const) {
      const res = await post(server.url, q);
      expect(res.status, q).toBe(200);
      expect(res.errors?.[0]?.extensions, q).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });

  it('gives a site its region, rooms with equipment, and the plaques hanging there', async () => {
    const data = await query(
      server.url,
      `{ site(id: "site-330106002") {
      name address location { lng lat crs } region { name }
      spaces { name kind capacity shareable equipment { kind quantity } }
      venues { __typename id }
    } }`,
    );
    expect(data.site.region.name).toBe('北山街道');
    expect(data.site.location.crs).toBe('GCJ02');
    expect(data.site.spaces.find((s: any) => s.kind === 'COUNSELLING_ROOM').shareable).toBe(false);
    expect(data.site.spaces.find((s: any) => s.kind === 'MULTI_FUNCTION_HALL').equipment.map((e: any) => e.kind)).toContain('LED_SCREEN');
    const expected = world.plaques
      .filter((p) => p.siteId === 'site-330106002')
      .map((p) => p.venueId)
      .sort();
    expect(expected.length).toBeGreaterThanOrEqual(3); // 「一址多牌」: party, practice and culture at least
    expect(data.site.venues.map((v: any) => v.id).sort()).toEqual(expected);
  });

  it('lists the venues of a region subtree across departments, and finds any venue by id', async () => {
    const data = await query(
      server.url,
      `{
      region(code: "330106") { venues(first: 100) { totalCount edges { node { __typename id site { id } } } } }
      venue(id: "${station.id}") { __typename id site { id } }
      missing: venue(id: "culture-999") { id }
    }`,
    );
    const expected = plaquesByType('330106');
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(data.region.venues.totalCount).toBe(total);
    expect(data.region.venues.edges).toHaveLength(Math.min(100, total));
    // Walk every page: the counts by department match the seeded world.
    const byType: Record<string, number> = {};
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const p: any = await query(
        server.url,
        `query($after: String) { region(code: "330106") { venues(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } edges { node { __typename } } } } }`,
        { after },
      );
      for (const e of p.region.venues.edges) byType[e.node.__typename] = (byType[e.node.__typename] ?? 0) + 1;
      if (!p.region.venues.pageInfo.hasNextPage) break;
      after = p.region.venues.pageInfo.endCursor;
    }
    expect(byType).toEqual(expected);
    expect(data.venue).toEqual({ __typename: 'SocialWorkStation', id: station.id, site: { id: siteOf(station.id) } });
    expect(data.missing).toBeNull();
  });

  it('filters regions by what they hold (a venue type, none of one, a shareable room of a kind, at a venue type), as the world has them', async () => {
    const levels = { COUNTY: 6, TOWNSHIP: 9 } as const;
    const all = (prefix: string, level: keyof typeof levels) =>
      loadRegions()
        .filter((r) => r.level === level && r.code.startsWith(prefix))
        .map((r) => r.code)
        .sort();
    const regionOfSite = new Map(world.sites.map((s) => [s.id, s.regionCode]));
    const withVenue = (type: string, length: number) =>
      new Set(world.plaques.filter((p) => p.venueType === type).map((p) => regionOfSite.get(p.siteId)!.slice(0, length)));
    const withRoom = (kind: string, length: number, atVenue?: string) =>
      new Set(
        world.spaces
          .filter((s) => s.kind === kind && s.shareable)
          .filter((s) => !atVenue || world.plaques.some((p) => p.siteId === s.siteId && p.venueType === atVenue))
          .map((s) => regionOfSite.get(s.siteId)!.slice(0, length)),
      );
    const answer = async (prefix: string, level: keyof typeof levels, filter: object) => {
      const data = await query(
        server.url,
        `query($p: ID!, $l: RegionLevel!, $f: RegionFilter) {
          regions(regionPrefix: $p, level: $l, filter: $f, first: 100) { totalCount edges { node { code } } } }`,
        { p: prefix, l: level, f: filter },
      );
      expect(data.regions.totalCount).toBe(data.regions.edges.length);
      return data.regions.edges.map((e: any) => e.node.code);
    };
    const cases: [string, keyof typeof levels, object, (code: string) => boolean][] = [
      ['330106', 'TOWNSHIP', { withVenue: 'SOCIAL_WORK_STATION' }, (c) => withVenue('SocialWorkStation', 9).has(c)],
      ['330106', 'TOWNSHIP', { withoutVenue: 'SOCIAL_WORK_STATION' }, (c) => !withVenue('SocialWorkStation', 9).has(c)],
      ['330106', 'TOWNSHIP', { withSharedSpace: { kind: 'MULTI_FUNCTION_HALL' } }, (c) => withRoom('MULTI_FUNCTION_HALL', 9).has(c)],
      [
        '330106',
        'TOWNSHIP',
        { withSharedSpace: { kind: 'ACTIVITY_ROOM', atVenue: 'SOCIAL_WORK_STATION' } },
        (c) => withRoom('ACTIVITY_ROOM', 9, 'SocialWorkStation').has(c),
      ],
      [
        '330106',
        'TOWNSHIP',
        { withoutVenue: 'SOCIAL_WORK_STATION', withSharedSpace: { kind: 'MULTI_FUNCTION_HALL' } },
        (c) => !withVenue('SocialWorkStation', 9).has(c) && withRoom('MULTI_FUNCTION_HALL', 9).has(c),
      ],
      // Counties: the codes are cut to six digits.
      [
        '3301',
        'COUNTY',
        { withVenue: 'PARTY_SERVICE_CENTRE', withSharedSpace: { kind: 'ACTIVITY_ROOM', atVenue: 'SOCIAL_WORK_STATION' } },
        (c) => withVenue('PartyServiceCentre', 6).has(c) && withRoom('ACTIVITY_ROOM', 6, 'SocialWorkStation').has(c),
      ],
    ];
    for (const [prefix, level, filter, holds] of cases) {
      const regions = all(prefix, level);
      const expected = regions.filter(holds);
      // Each filter sorts the regions into two piles, or the case would pass however the filter were read.
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      expect(expected.length, JSON.stringify(filter)).toBeLessThan(regions.length);
      expect(await answer(prefix, level, filter), JSON.stringify(filter)).toEqual(expected);
    }
    expect(await answer('330106', 'TOWNSHIP', {})).toEqual(all('330106', 'TOWNSHIP'));
  });

  it('runs the same number of SQL statements for 10 sites as for 100', async () => {
    const q = `query($n: Int) { region(code: "3301") { sites(first: $n) { edges { node {
      id region { name parent { name } } spaces { id equipment { id kind } } venues { __typename id site { id } }
    } } } } }`;
    const counts: number[] = [];
    for (const n of [10, 100]) {
      const before = await sqlStatementCount(server.url);
      const data = await query(server.url, q, { n });
      counts.push((await sqlStatementCount(server.url)) - before);
      expect(data.region.sites.edges).toHaveLength(n);
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  it('gives each space its sharing rule, set by the department managing the building', async () => {
    const data = await query(
      server.url,
      `{ site(id: "site-330106002") { spaces { id kind shareable sharingRule {
      managingDepartment shared openingHours { weekday from to } closedDates closedOnPublicHolidays minNoticeHours maxDurationHours whoMayBook allowedDepartments needsApproval
    } } } }`,
    );
    for (const space of data.site.spaces) {
      const rule = world.sharingRules.find((r) => r.spaceId === space.id)!;
      expect(space.sharingRule.shared, space.id).toBe(space.shareable);
      expect(space.sharingRule).toMatchObject({
        managingDepartment: 'PARTY',
        minNoticeHours: rule.minNoticeHours,
        maxDurationHours: rule.maxDurationHours,
        whoMayBook: rule.whoMayBook,
        needsApproval: rule.needsApproval,
        closedDates: closedDays(rule),
        closedOnPublicHolidays: true,
      });
      expect(space.sharingRule.openingHours).toHaveLength(7); // township centres open every day
      expect(space.sharingRule.openingHours[0]).toEqual({ weekday: 'MON', from: '08:30', to: '20:30' });
    }
    expect(data.site.spaces.find((s: any) => s.kind === 'COUNSELLING_ROOM').sharingRule.shared).toBe(false);
    const hall = data.site.spaces.find((s: any) => s.kind === 'MULTI_FUNCTION_HALL').sharingRule;
    expect(hall).toMatchObject({ whoMayBook: 'ANY_DEPARTMENT', needsApproval: true, minNoticeHours: 72 });
  });

  it('answers an id with a NUL byte or of 10 kB with BAD_USER_INPUT, not a database error', async () => {
    for (const id of ['site-\u0000', 'x'.repeat(10_000), "site-1' OR '1'='1"]) {
      const res = await post(server.url, 'query($id: ID!) { site(id: $id) { id } }', { id });
      expect(res.errors?.[0]?.extensions, id.slice(0, 20)).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
    }
    const data = await query(server.url, entitiesQuery('Site', 'id'), { reps: [{ __typename: 'Site', id: 'a\u0000' }] });
    expect(data._entities).toEqual([null]);
  });

  describe('_entities, one per @key', () => {
    it('Region by code', async () => {
      const data = await query(server.url, entitiesQuery('Region', 'code name level'), {
        reps: [
          { __typename: 'Region', code: '330106' },
          { __typename: 'Region', code: '330106002' },
          { __typename: 'Region', code: '999999' },
        ],
      });
      expect(data._entities).toEqual([
        { __typename: 'Region', code: '330106', name: '西湖区', level: 'COUNTY' },
        { __typename: 'Region', code: '330106002', name: '北山街道', level: 'TOWNSHIP' },
        null,
      ]);
    });

    it('Site, Space and Equipment by id', async () => {
      const site = await query(server.url, entitiesQuery('Site', 'id name'), { reps: [{ __typename: 'Site', id: 'site-330106002' }] });
      expect(site._entities[0]).toEqual({ __typename: 'Site', id: 'site-330106002', name: '北山街道党群服务中心' });
      const space = await query(server.url, entitiesQuery('Space', 'id kind site { id }'), {
        reps: [{ __typename: 'Space', id: 'site-330106002-r1' }],
      });
      expect(space._entities[0]).toEqual({
        __typename: 'Space',
        id: 'site-330106002-r1',
        kind: 'MULTI_FUNCTION_HALL',
        site: { id: 'site-330106002' },
      });
      const eq = await query(server.url, entitiesQuery('Equipment', 'id kind space { id }'), {
        reps: [{ __typename: 'Equipment', id: 'site-330106002-r1-e1' }],
      });
      expect(eq._entities[0]).toEqual({
        __typename: 'Equipment',
        id: 'site-330106002-r1-e1',
        kind: 'LED_SCREEN',
        space: { id: 'site-330106002-r1' },
      });
    });

    it('Venue (the entity interface) by id resolves to its department type', async () => {
      const data = await query(
        server.url,
        `query($reps: [_Any!]!) { _entities(representations: $reps) { __typename ... on Venue { id site { id } } } }`,
        {
          reps: [
            { __typename: 'Venue', id: 'culture-330106002' },
            { __typename: 'Venue', id: 'party-330106' },
            { __typename: 'Venue', id: 'nope' },
          ],
        },
      );
      expect(data._entities).toEqual([
        { __typename: 'CultureStation', id: 'culture-330106002', site: { id: 'site-330106002' } },
        { __typename: 'PartyServiceCentre', id: 'party-330106', site: { id: 'site-330106' } },
        null,
      ]);
    });

    it.each([
      ['PartyServiceCentre', 'party-330106109'],
      ['PracticeUnit', 'practice-330106109'],
      ['CultureStation', 'culture-330106109'],
      ['SocialWorkStation', station.id],
    ])('%s stub: its site from the plaque registry', async (typeName, id) => {
      const data = await query(server.url, entitiesQuery(typeName, 'id site { id region { code } }'), {
        reps: [{ __typename: typeName, id }],
      });
      expect(data._entities[0]).toMatchObject({ __typename: typeName, id, site: { id: siteOf(id) } });
      expect(data._entities[0].site.region.code).toBe(world.sites.find((s) => s.id === siteOf(id))!.regionCode);
    });
  });

  // Last: it breaks the database on purpose.
  it('masks a database failure: a code and nothing of the SQL, the table or the stack', async () => {
    await server.db.knex.schema.dropTable('booking_equipment'); // it refers to equipment
    await server.db.knex.schema.dropTable('equipment');
    const res = await post(server.url, '{ space(id: "site-330106002-r1") { id equipment { id } } }');
    expect(res.status).toBe(200);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.message).toBe('Internal server error');
    expect(res.errors![0]!.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: res.headers.get('x-request-id') });
    expect(res.errors![0]!.path).toEqual(['space', 'equipment']); // the GraphQL path, not the table
    const { message, extensions, locations } = res.errors![0]!;
    expect(JSON.stringify({ message, extensions, locations })).not.toMatch(/equipment|select|sqlite|relation|\.ts|node_modules/i);
    expect(res.headers.get('x-request-id')).toMatch(/^[\w-]+$/);
  });
});
