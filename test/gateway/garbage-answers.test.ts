import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { type FakeAnswer, type FakeSubgraph, fakeSubgraph, gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * A subgraph answering garbage (a proxy's HTML page, JSON cut off, JSON of the wrong shape, a 5xx):
 * the gateway answers 200 with the other subgraph's data, and that subgraph's fields null with a coded
 * error at their path that names it and quotes none of the garbage.
 */
const GARBAGE: Record<string, FakeAnswer> = {
  'an HTML page': { body: null, raw: '<html><body>502 Bad Gateway (nginx)</body></html>' },
  'JSON cut off': { body: null, raw: '{"data": {"cultureStations": {"totalCo' },
  'an empty body': { body: null, raw: '' },
  'a JSON list': { body: [] },
  'errors that are not a list': { body: { data: null, errors: 'SQLITE_BUSY: database is locked' } },
  'a field of the wrong type': { body: { data: { cultureStations: 'SELECT * FROM culture_stations' } } },
  'a list item of the wrong type, deep down': { body: { data: { cultureStations: { totalCount: 1, edges: [{ node: 'DROP TABLE' }] } } } },
  'a 502 with an HTML page': { status: 502, body: null, raw: '<html>upstream connect error</html>' },
};

describe('a subgraph answering garbage', () => {
  let facilities: FakeSubgraph;
  let culture: FakeSubgraph;
  let gateway: RunningServer;
  beforeAll(async () => {
    facilities = await fakeSubgraph(() => ({ body: { data: { region: { name: '浙江省' } } } }));
    culture = await fakeSubgraph(() => GARBAGE['an HTML page']!);
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, CULTURE_URL: culture.url, SUBGRAPH_CIRCUIT_FAILURES: '1000' });
  });
  afterAll(async () => {
    await gateway?.close();
    await facilities?.close();
    await culture?.close();
  });

  for (const [what, answer] of Object.entries(GARBAGE)) {
    it(`${what}: the rest of the answer arrives, its field null with a coded error naming culture`, async () => {
      culture.answer = () => answer;
      const res = await post(gateway.url, '{ region(code: "33") { name } cultureStations(first: 1) { totalCount edges { node { id } } } }');
      expect(res.status).toBe(200);
      expect(res.data).toEqual({ region: { name: '浙江省' }, cultureStations: null });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0]).toMatchObject({
        path: ['cultureStations'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'culture' },
      });
      expect(JSON.stringify(res.errors)).not.toMatch(/html|nginx|SQLITE|SELECT|DROP|totalCo|Unexpected|JSON/i);
    });
  }
});
