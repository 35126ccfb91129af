import { beforeAll, expect, it } from 'vitest';
import { describeBackends } from '../helpers/backends.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';
import { op } from '../helpers/operations.js';
import { post, query, sqlStatementCount } from '../helpers/graphql.js';
import { siteOf, world } from '../helpers/world.js';

describeBackends('the federation over HTTP on %s', (backend) => {
  let fed: SharedFederation;
  beforeAll(async () => {
    fed = sharedFederation(backend);
  });

  it('answers schema/operations/region-overview.graphql with data from all five subgraphs', async () => {
    const { query: q, variables } = op('region-overview');
    const res = await post(fed.gatewayUrl, q, variables);
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    const region = res.data!.region;
    // facilities: the region tree
    expect(region).toMatchObject({ code: '330106', name: '西湖区', level: 'COUNTY', vintage: 2023 });
    expect(region.ancestors.map((a: any) => a.name)).toEqual(['浙江省', '杭州市']);
    expect(region.children).toHaveLength(12);
    const beishan = region.children.find((t: any) => t.name === '北山街道');
    expect(beishan).toMatchObject({ code: '330106002', kind: 'SUBDISTRICT' });
    // facilities: the shared building, its rooms and the plaques in it
    const main = beishan.sites.edges.map((e: any) => e.node).find((s: any) => s.id === 'site-330106002');
    expect(main.spaces.length).toBe(5);
    const venues = Object.fromEntries(main.venues.map((v: any) => [v.__typename, v]));
    expect(main.venues.map((v: any) => v.id).sort()).toEqual(
      world.plaques
        .filter((p) => p.siteId === 'site-330106002')
        .map((p) => p.venueId)
        .sort(),
    );
    // each department: names and its own fields, fetched from its subgraph by key
    expect(venues.PartyServiceCentre).toMatchObject({ name: '北山街道党群服务中心', level: 'TOWNSHIP' });
    expect(venues.PracticeUnit).toMatchObject({ name: '北山街道新时代文明实践所', tier: 'INSTITUTE' });
    expect(venues.CultureStation.name).toBe('北山街道综合文化站');
    expect(['SPECIAL', 'FIRST', 'SECOND', 'THIRD', 'UNRATED']).toContain(venues.CultureStation.grade);
    // social work: every station of the county's townships, on its site (public fields: this is the public's view)
    const stations = world.socialWorkStations.filter((st) => st.regionCode.startsWith('330106'));
    expect(stations.length).toBeGreaterThan(0);
    for (const st of stations) {
      const township = region.children.find((t: any) => t.code === st.regionCode);
      expect(township.socialWorkStations.edges.map((e: any) => e.node.name)).toEqual([st.name]);
      const site = township.sites.edges.map((e: any) => e.node).find((x: any) => x.id === siteOf(st.id));
      expect(site.venues.find((v: any) => v.__typename === 'SocialWorkStation')).toMatchObject({
        id: st.id,
        name: st.name,
        status: st.status,
        establishedYear: st.establishedYear,
      });
    }
    // each department's own list on Region
    expect(beishan.partyServiceCentres.totalCount).toBeGreaterThan(1);
    expect(beishan.practiceUnits.totalCount).toBe(beishan.partyServiceCentres.totalCount);
    expect(beishan.cultureStations.edges.map((e: any) => e.node.name)).toEqual(['北山街道综合文化站']);
    // every site's plaques carry a name: each one was resolved by its department
    for (const t of region.children) for (const e of t.sites.edges) for (const v of e.node.venues) expect(v.name, v.id).toBeTruthy();
  });

  it('runs as many SQL statements in all subgraphs for 10 sites as for 100 (with their venues, regions, rooms)', async () => {
    const q = `query($n: Int) { region(code: "3301") { sites(first: $n) { edges { node {
      id address region { name ancestors { name } } spaces { kind equipment { kind } }
      venues { __typename id name site { id }
        ... on PartyServiceCentre { level region { code name } }
        ... on PracticeUnit { tier parent { id name } }
        ... on CultureStation { grade }
        ... on SocialWorkStation { status }
      }
    } } } } }`;
    const urls = Object.values(fed.subgraphUrls);
    const total = async () => (await Promise.all(urls.map(sqlStatementCount))).reduce((a, b) => a + b, 0);
    const counts: number[] = [];
    const venueCounts: number[] = [];
    for (const n of [10, 100]) {
      const before = await total();
      const data = await query(fed.gatewayUrl, q, { n });
      counts.push((await total()) - before);
      const nodes = data.region.sites.edges.map((e: any) => e.node);
      expect(nodes).toHaveLength(n);
      venueCounts.push(nodes.reduce((a: number, s: any) => a + s.venues.length, 0));
      expect(new Set(nodes.flatMap((s: any) => s.venues.map((v: any) => v.__typename))).size).toBe(4);
    }
    expect(venueCounts[1]).toBeGreaterThanOrEqual(venueCounts[0]! * 8);
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });

  it('serves the explorer at / from its own files, with the example operation filled in', async () => {
    const res = await fetch(fed.gatewayUrl.replace(/graphql$/, ''));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    // Boolean checks: a failing toContain would print the whole 9 MB page.
    const has = (text: string | RegExp) => (typeof text === 'string' ? html.includes(text) : text.test(html));
    expect(has('query RegionOverview'), 'the example operation').toBe(true);
    // …and its variables as GraphiQL's initial variables (JSON-encoded in the page), so it runs as it is
    expect(has('}],"variables":"{ \\"code\\": \\"330106\\"'), 'the example variables').toBe(true);
    expect(html.length).toBeGreaterThan(1_000_000); // GraphiQL itself is inlined
    expect(has(/<script[^>]+src=["']https?:/i), 'an external script').toBe(false);
    expect(has(/<link[^>]+href=["']https?:/i), 'an external stylesheet or icon').toBe(false);
  });

  it('answers bad requests with a 4xx and a code, never a 5xx', async () => {
    const bad = await fetch(fed.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');

    const invalid = await post(fed.gatewayUrl, '{ region(code: "330106") { nope } }');
    expect(invalid.status).toBe(400);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const badArg = await post(fed.gatewayUrl, '{ region(code: "x") { name } }');
    expect(badArg.status).toBe(400); // nothing served: the request as a whole was bad
    expect(badArg.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'code' });
    expect(JSON.stringify(badArg.errors)).not.toMatch(/stack|\.ts:|node_modules/);
    // SQL-looking filter values are just bad input.
    for (const prefix of ["33' OR '1'='1", '33%', '33_1', '1; DROP TABLE regions']) {
      const res = await post(fed.gatewayUrl, 'query($p: ID!) { cultureStations(regionPrefix: $p) { totalCount } }', { p: prefix });
      expect(res.status, prefix).toBe(400);
      expect(res.errors?.[0]?.extensions, prefix).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'regionPrefix' });
    }
    // One bad part of a request does not spoil the rest: partial data keeps 200.
    const partial = await post(fed.gatewayUrl, '{ good: region(code: "33") { name } bad: region(code: "x") { name } }');
    expect(partial.status).toBe(200);
    expect(partial.data).toEqual({ good: { name: '浙江省' }, bad: null });
  });

  it('gives every response a request id of its own, never the caller’s (it goes into audit logs)', async () => {
    const res = await fetch(fed.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-test-42' },
      body: JSON.stringify({ query: '{ region(code: "33") { name } }' }),
    });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(((await res.json()) as any).data.region.name).toBe('浙江省');
  });
});
