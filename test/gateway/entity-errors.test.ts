import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { REPRESENTATION } from '../../gateway/subgraph-client/steps.js';
import { type FakeSubgraph, fakeSubgraph, gatewayInProcess, refusedPort } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * A failed entity fetch's errors land on the objects they belong to (features/subgraph-errors.ts): a
 * site whose plaques are culture stations and party centres, with party dead. @apollo/gateway alone
 * would put party's errors at the first two venues (its index among all of them), the culture stations.
 */
describe('errors of a failed entity fetch', () => {
  let facilities: FakeSubgraph;
  let culture: FakeSubgraph;
  let gateway: RunningServer;
  const venues = [
    { __typename: 'CultureStation', id: 'culture-1' },
    { __typename: 'PartyServiceCentre', id: 'party-1' },
    { __typename: 'CultureStation', id: 'culture-2' },
    { __typename: 'PartyServiceCentre', id: 'party-2' },
  ];
  beforeAll(async () => {
    facilities = await fakeSubgraph(() => ({ body: { data: { site: { venues } } } }));
    culture = await fakeSubgraph((req) => {
      const reps = (req.body.variables?.representations ?? []) as { id: string }[];
      return { body: { data: { _entities: reps.map((r) => ({ __typename: 'CultureStation', name: `站 ${r.id}` })) } } };
    });
    gateway = await gatewayInProcess({
      FACILITIES_URL: facilities.url,
      CULTURE_URL: culture.url,
      PARTY_URL: `http://127.0.0.1:${await refusedPort()}/graphql`,
      SUBGRAPH_CIRCUIT_FAILURES: '1000',
    });
  });
  afterAll(async () => {
    await gateway?.close();
    await facilities?.close();
    await culture?.close();
  });

  it('puts each at the venue whose key it names, and drops the representation from what is sent', async () => {
    const res = await post(gateway.url, '{ site(id: "s1") { venues { id name } } }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({
      site: {
        venues: [
          { id: 'culture-1', name: '站 culture-1' },
          { id: 'party-1', name: null },
          { id: 'culture-2', name: '站 culture-2' },
          { id: 'party-2', name: null },
        ],
      },
    });
    expect(res.errors?.map((e) => e.path)).toEqual([
      ['site', 'venues', 1, 'name'],
      ['site', 'venues', 3, 'name'],
    ]);
    for (const e of res.errors!) {
      expect(e.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'party' });
      expect(e.extensions).not.toHaveProperty(REPRESENTATION);
    }
  });

  it('keeps no path, rather than a wrong one, when the answer does not show the key', async () => {
    const res = await post(gateway.url, '{ site(id: "s1") { venues { name } } }');
    expect(res.data).toEqual({ site: { venues: [{ name: '站 culture-1' }, { name: null }, { name: '站 culture-2' }, { name: null }] } });
    expect(res.errors).toHaveLength(2);
    for (const e of res.errors!) {
      expect(e).not.toHaveProperty('path');
      expect(e.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'party' });
      expect(e.extensions).not.toHaveProperty(REPRESENTATION);
    }
  });

  it('leaves errors of other fetches where they are', async () => {
    const res = await post(gateway.url, '{ site(id: "s1") { id } partyServiceCentres(first: 1) { totalCount } }');
    expect(res.errors).toEqual([
      expect.objectContaining({
        path: ['partyServiceCentres'],
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'party' }),
      }),
    ]);
  });
});
