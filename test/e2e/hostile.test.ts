import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGateway } from '../../gateway/server.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import type { RunningServer } from '../../kit/server.js';
import { SUBGRAPHS } from '../../kit/topology.js';
import { TEST_SECRETS } from '../helpers/auth.js';
import type { Gateway } from '../../scripts/launch.js';
import { startTestGateway } from '../helpers/federation.js';
import { sharedFederation } from '../helpers/shared.js';
import { post } from '../helpers/graphql.js';

/** The federation in production mode, and what it must refuse. (Database-independent: SQLite only.) */
describe('hostile and malformed requests, production mode', () => {
  let fed: { gatewayUrl: string; subgraphUrls: Record<string, string> };
  let production: Gateway;
  let safelisted: RunningServer;
  beforeAll(async () => {
    // A production gateway process of its own over the run's shared subgraphs (the gateway is what faces the world).
    const shared = sharedFederation('sqlite');
    production = await startTestGateway(shared.subgraphUrls, { NODE_ENV: 'production' });
    fed = { gatewayUrl: production.url, subgraphUrls: shared.subgraphUrls };
    const env: Record<string, string> = {
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      GATEWAY_HOST: '127.0.0.1',
      GATEWAY_PORT: '0',
      SAFELIST: 'true',
      JWT_SECRET: TEST_SECRETS.jwt,
      INTERNAL_SECRET: TEST_SECRETS.internal,
    };
    for (const s of SUBGRAPHS) env[`${s.envPrefix}_URL`] = shared.subgraphUrls[s.name];
    safelisted = await startGateway(loadGatewayConfig(env));
  });
  afterAll(async () => {
    await safelisted?.close();
    await production?.stop();
  });

  const send = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }, method = 'POST', url?: string) =>
    fetch(url ?? fed.gatewayUrl, { method, headers, body: method === 'GET' ? undefined : body });
  const codeOf = async (res: Response) => ((await res.json()) as any).errors?.[0]?.extensions?.code;

  it('answers no introspection and gives no field suggestions', async () => {
    const intro = await post(fed.gatewayUrl, '{ __schema { types { name } } }');
    expect(intro.status).toBe(400);
    expect(intro.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post(fed.gatewayUrl, '{ regoin(code: "33") { name } }');
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.errors)).not.toMatch(/Did you mean|region/);
  });

  it('serves no explorer page', async () => {
    expect((await fetch(fed.gatewayUrl.replace(/graphql$/, ''))).status).toBe(404);
  });

  it('refuses alias and directive overloading, depth bombs and cost bombs with 400', async () => {
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: region(code: "33") { name }`).join(' ')} }`;
    const directives = `{ region(code: "33") { name ${'@include(if: true) '.repeat(40)} } }`;
    let deep = 'name';
    for (let i = 0; i < 20; i++) deep = `children { ${deep} }`;
    const depth = `{ region(code: "33") { ${deep} } }`;
    const cost = '{ regions(first: 100) { edges { node { sites(first: 100) { edges { node { spaces { equipment { id } } } } } } } } }';
    for (const [what, q, pattern, code] of [
      ['aliases', aliases, /aliases/i, 'GRAPHQL_VALIDATION_FAILED'],
      ['directives', directives, /directives/i, 'GRAPHQL_VALIDATION_FAILED'],
      ['depth', depth, /depth/i, 'GRAPHQL_VALIDATION_FAILED'],
      ['cost', cost, /cost/i, 'COST_LIMIT_EXCEEDED'],
    ] as const) {
      const res = await post(fed.gatewayUrl, q);
      expect(res.status, what).toBe(400);
      expect(res.errors?.[0]?.extensions?.code, what).toBe(code);
      expect(res.errors?.[0]?.message, what).toMatch(pattern);
    }
    // The cost counts the page sizes actually sent, clamps negative ones, and counts a region's children as long lists.
    const byVariable = await post(
      fed.gatewayUrl,
      'query($n: Int = 1) { regions(first: $n) { edges { node { sites(first: $n) { edges { node { spaces { equipment { id } } } } } } } } }',
      { n: 100 },
    );
    expect(byVariable.status).toBe(400);
    expect(byVariable.errors?.[0]?.message).toMatch(/cost/i);
    const negative = await post(fed.gatewayUrl, `{ neg: regions(first: -1000000) { edges { node { code } } } ${cost.slice(1, -1)} }`);
    // Refused by the cost limit itself: without the clamp the negative page would pay for the rest, the
    // operation would run, and the subgraph's BAD_USER_INPUT for first = -1000000 would be a 400 as well.
    expect(negative.status).toBe(400);
    expect(negative.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(negative.errors?.[0]?.message).toMatch(/cost/i);
    const family = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: region(code: "33") { children { children { children { children { code name } } } } }`).join(' ')} }`;
    expect((await post(fed.gatewayUrl, family)).status).toBe(400);
    const tokens = `{ ${'region(code: "33") { name } '.repeat(2000)} }`;
    const res = await post(fed.gatewayUrl, tokens);
    expect(res.status).toBe(400);
  });

  it('refuses batches, GET mutations, form-encoded and text POSTs, and a request without a content type', async () => {
    const batch = await send(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
    expect(batch.status).toBe(400);
    const getMutation = await send(
      '',
      { 'apollo-require-preflight': 'true' },
      'GET',
      `${fed.gatewayUrl}?query=${encodeURIComponent('mutation { cancelBooking(id: "x") { id } }')}`,
    );
    expect(getMutation.status).toBe(405);
    const form = await send('query=%7B__typename%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(400);
    const text = await send('{ __typename }', { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    const none = await send('{"query":"{ __typename }"}', {});
    expect(none.status).toBe(400);
  });

  it('answers a wrong operationName, or several anonymous operations, with 400', async () => {
    for (const body of [{ query: 'query A { __typename }', operationName: 'B' }, { query: '{ __typename } { __typename }' }]) {
      const res = await send(JSON.stringify(body));
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(await codeOf(res)).toMatch(/OPERATION_RESOLUTION_FAILURE|GRAPHQL_VALIDATION_FAILED/);
    }
  });

  // Internal errors themselves: test/e2e/gateway-faults.test.ts (a subgraph's) and test/subgraphs/claims.test.ts (a subgraph's own).
  it('a refused request carries its code and the request id, with no stack trace (production mode)', async () => {
    const res = await post(fed.gatewayUrl, '{ region(code: "x") { name } }');
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: expect.any(String) });
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|\.ts:\d|node_modules/);
  });

  it('a subgraph reached directly gives nothing away', async () => {
    for (const url of Object.values(fed.subgraphUrls)) {
      const res = await send(JSON.stringify({ query: '{ _service { sdl } }' }), { 'content-type': 'application/json' }, 'POST', url);
      expect(res.status).toBe(401);
      expect(await res.text()).not.toMatch(/type |sdl"/);
    }
  });

  it('automatic persisted queries: a hash alone works once the query has been registered', async () => {
    const query = '{ region(code: "3301") { name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const miss = await send(JSON.stringify({ extensions: ext }));
    expect(await codeOf(miss)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(((await (await send(JSON.stringify({ query, extensions: ext }))).json()) as any).data.region.name).toBe('杭州市');
    expect(((await (await send(JSON.stringify({ extensions: ext }))).json()) as any).data.region.name).toBe('杭州市');
  });

  it('safelist mode runs the committed operations and refuses anything else', async () => {
    const text = fs.readFileSync(new URL('../../schema/operations/practice-tiers-by-city.graphql', import.meta.url), 'utf8');
    const ok = await post(safelisted.url, text, { province: '33' });
    expect(ok.status).toBe(200);
    expect(ok.data?.province).toBeTruthy();
    const other = await post(safelisted.url, '{ region(code: "33") { name } }');
    expect(other.status).toBe(400);
    expect(other.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_IN_SAFELIST');
  });

  it('property: generated bad requests get a 4xx with a code (or a 200 with what could be served), never a 5xx', async () => {
    const sqlish = fc.constantFrom("' OR '1'='1", '1; DROP TABLE regions; --', '%', '_', '\u0000', '33%25', '\\', '"', '../../etc/passwd');
    const oddString = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 50 }),
      sqlish,
      fc.constant('9'.repeat(10_000)),
    );
    const variables = fc.dictionary(
      fc.constantFrom('code', 'id', 'first', 'after', 'city', 'regionPrefix', 'province'),
      fc.oneof(oddString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
    );
    const operationName = fc.oneof(fc.constant(undefined), fc.constantFrom('A', 'Q', ''), fc.string({ maxLength: 20 }));
    const known = fc.constantFrom(
      'query($code: ID!) { region(code: $code) { name } }',
      'query($id: ID!) { socialWorkStation(id: $id) { name staffSummary { total } } }',
      'query($first: Int, $after: String) { regions(first: $first, after: $after) { totalCount } }',
      'query($regionPrefix: ID!) { cultureStations(regionPrefix: $regionPrefix) { totalCount } }',
      // What answered a 500 once (a subscription) and what repeated its refusal (a directive ten times).
      'subscription { region(code: "33") { name } }',
      `{ region(code: "33") { name ${'@skip(if: false) '.repeat(10)}} }`,
    );
    const body = fc.oneof(
      fc
        .record({ query: fc.oneof(known, oddString), variables: fc.oneof(variables, oddString, fc.constant(null)), operationName })
        .map((b) => JSON.stringify(b)),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      oddString,
    );
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/graphql',
      'multipart/form-data',
      'application/x-www-form-urlencoded',
    );
    await fc.assert(
      fc.asyncProperty(body, contentType, async (b, ct) => {
        const res = await send(b, { 'content-type': ct });
        const text = await res.text();
        if (res.status >= 500) throw new Error(`HTTP ${res.status} for ${ct} ${b.slice(0, 200)}: ${text.slice(0, 300)}`);
        const json = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, unknown> | null };
        if (res.status !== 200 || json.errors) expect(json.errors?.[0]?.extensions?.code, b.slice(0, 100)).toEqual(expect.any(String));
        // Refused outright (errors, nothing served): a 4xx, not a 200.
        const served = json.data && Object.values(json.data).some((v) => v !== null);
        if (json.errors?.length && !served) expect(res.status, b.slice(0, 100)).toBeGreaterThanOrEqual(400);
        expect(text).not.toMatch(/at \S+ \(|node_modules|\.ts:\d/);
      }),
      { numRuns: 300, interruptAfterTimeLimit: 60_000 },
    );
  });
});
