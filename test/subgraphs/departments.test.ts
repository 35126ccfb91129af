import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphDefinition } from '../../kit/subgraph.js';
import { culture } from '../../subgraphs/culture/subgraph.js';
import { party } from '../../subgraphs/party/subgraph.js';
import { practice } from '../../subgraphs/practice/subgraph.js';
import { socialWork } from '../../subgraphs/social-work/subgraph.js';
import type { World } from '../../seed/world/index.js';
import { describeBackends } from '../helpers/backends.js';
import { post, query, sqlStatementCount } from '../helpers/graphql.js';
import { entitiesQuery, startTestSubgraph } from '../helpers/subgraph.js';
import { world } from '../helpers/world.js';

/** The four department subgraphs share one shape; these cases hold for each, with its own names and figures. */
interface Case {
  def: SubgraphDefinition<unknown>;
  typeName: string;
  one: string;
  list: string;
  fields: string;
  /** A venue of the seed and what it must hold. */
  sample: { id: string; expect: Record<string, unknown> };
  /** This department's venues in the seeded world. */
  venues: (w: World) => { id: string; regionCode: string }[];
}

const countIn = (c: Case, prefix: string) => c.venues(world).filter((v) => v.regionCode.startsWith(prefix)).length;
/** Townships (9-digit codes) with at least one of this department's venues, in code order: 330106's first. */
const townshipsWith = (c: Case) =>
  [...new Set(c.venues(world).flatMap((v) => (v.regionCode.length >= 9 ? [v.regionCode.slice(0, 9)] : [])))].sort(
    (a, b) => Number(!a.startsWith('330106')) - Number(!b.startsWith('330106')) || a.localeCompare(b),
  );

const CASES: Case[] = [
  {
    def: party as SubgraphDefinition<unknown>,
    typeName: 'PartyServiceCentre',
    one: 'partyServiceCentre',
    list: 'partyServiceCentres',
    fields: 'id name level openingHours region { code }',
    sample: { id: 'party-330106002', expect: { name: '北山街道党群服务中心', level: 'TOWNSHIP', region: { code: '330106002' } } },
    venues: (w) => w.partyCentres,
  },
  {
    def: practice as SubgraphDefinition<unknown>,
    typeName: 'PracticeUnit',
    one: 'practiceUnit',
    list: 'practiceUnits',
    fields: 'id name tier region { code } parent { id tier }',
    sample: {
      id: 'practice-330106002',
      expect: { name: '北山街道新时代文明实践所', tier: 'INSTITUTE', parent: { id: 'practice-330106', tier: 'CENTRE' } },
    },
    venues: (w) => w.practiceUnits,
  },
  {
    def: culture as SubgraphDefinition<unknown>,
    typeName: 'CultureStation',
    one: 'cultureStation',
    list: 'cultureStations',
    fields: 'id name grade buildingAreaM2 weeklyOpenHours region { code }',
    sample: { id: 'culture-330106002', expect: { name: '北山街道综合文化站', region: { code: '330106002' } } },
    venues: (w) => w.cultureStations,
  },
  {
    def: socialWork as SubgraphDefinition<unknown>,
    typeName: 'SocialWorkStation',
    one: 'socialWorkStation',
    list: 'socialWorkStations',
    fields: 'id name status establishedYear completedOn operator { name uscc } region { code }',
    sample: {
      id: world.socialWorkStations[0]!.id,
      expect: { name: world.socialWorkStations[0]!.name, region: { code: world.socialWorkStations[0]!.regionCode } },
    },
    venues: (w) => w.socialWorkStations,
  },
];

describeBackends('department subgraphs on %s', (backend) => {
  describe.each(CASES)('$def.name', (c) => {
    let server: Awaited<ReturnType<typeof startTestSubgraph>>;
    beforeAll(async () => {
      server = await startTestSubgraph(c.def, backend);
    });
    afterAll(async () => server?.close());

    it('finds a venue by id, and null for an unknown id', async () => {
      const data = await query(server.url, `{ v: ${c.one}(id: "${c.sample.id}") { ${c.fields} } none: ${c.one}(id: "nope") { id } }`);
      expect(data.v).toMatchObject({ id: c.sample.id, ...c.sample.expect });
      expect(data.none).toBeNull();
    });

    it('lists venues by region prefix with totals', async () => {
      // A township that has some of this department's venues (social work has none in 北山街道 330106002),
      // and another county of the city: every expected count below is more than 0.
      const township = townshipsWith(c)[0]!;
      expect(countIn(c, township)).toBeGreaterThan(0);
      expect(countIn(c, '330108')).toBeGreaterThan(0);
      const data = await query(
        server.url,
        `{
        county: ${c.list}(regionPrefix: "330106", first: 5) { totalCount edges { node { id } } pageInfo { hasNextPage } }
        township: ${c.list}(regionPrefix: "${township}", first: 100) { totalCount edges { node { id region { code } } } }
        other: ${c.list}(regionPrefix: "330108", first: 100) { totalCount edges { node { id region { code } } } }
        elsewhere: ${c.list}(regionPrefix: "3302", first: 5) { totalCount }
      }`,
      );
      expect(data.county.totalCount).toBe(countIn(c, '330106'));
      expect(data.county.totalCount).toBeGreaterThanOrEqual(1);
      expect(data.county.edges).toHaveLength(Math.min(5, data.county.totalCount));
      expect(data.county.pageInfo.hasNextPage).toBe(data.county.totalCount > 5);
      expect(data.township.totalCount).toBe(countIn(c, township));
      expect(data.township.edges).toHaveLength(countIn(c, township));
      expect(data.township.edges.every((e: any) => e.node.region.code.startsWith(township))).toBe(true);
      expect(data.other.totalCount).toBe(countIn(c, '330108'));
      expect(data.other.edges.every((e: any) => e.node.region.code.startsWith('330108'))).toBe(true);
      expect(data.elsewhere.totalCount).toBe(0); // the test world is Hangzhou only
    });

    it('refuses a bad region prefix with BAD_USER_INPUT', async () => {
      const res = await post(server.url, `{ ${c.list}(regionPrefix: "33 OR 1=1") { totalCount } }`);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'regionPrefix' });
    });

    it(`_entities: ${c.typeName} by id`, async () => {
      const data = await query(server.url, entitiesQuery(c.typeName, 'id name'), {
        reps: [
          { __typename: c.typeName, id: c.sample.id },
          { __typename: c.typeName, id: 'nope' },
        ],
      });
      expect(data._entities).toEqual([{ __typename: c.typeName, id: c.sample.id, name: c.sample.expect.name }, null]);
    });

    it('_entities: Region by code gets this department’s venues, in one SQL statement for all regions', async () => {
      // Five townships each with some of this department's venues, and one with none (where there is one).
      const withVenues = townshipsWith(c).slice(0, 5);
      expect(withVenues).toHaveLength(5);
      const empty = ['330106002', '330106004', '330106005'].find((t) => countIn(c, t) === 0);
      const codes = empty ? [...withVenues, empty] : withVenues;
      const before = await sqlStatementCount(server.url);
      const data = await query(server.url, entitiesQuery('Region', `code ${c.list}(first: 3) { totalCount edges { node { id } } }`), {
        reps: codes.map((code) => ({ __typename: 'Region', code })),
      });
      const statements = (await sqlStatementCount(server.url)) - before;
      expect(data._entities.map((r: any) => r.code)).toEqual(codes);
      for (const r of data._entities) expect(r[c.list].totalCount, r.code).toBe(countIn(c, r.code));
      for (const code of withVenues) expect(countIn(c, code), code).toBeGreaterThan(0);
      for (const r of data._entities) expect(r[c.list].edges, r.code).toHaveLength(Math.min(3, countIn(c, r.code)));
      for (const r of data._entities) for (const e of r[c.list].edges) expect(e.node.id).toContain(r.code);
      expect(statements).toBe(1);
    });
  });
});
