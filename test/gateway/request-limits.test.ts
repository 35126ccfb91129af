import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { everyField, type FakeSubgraph, fakeSubgraph, gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * The limits a request meets before anything is planned (gateway/features/limits.ts, cost.ts,
 * operation-resolution.ts, bad-input-status.ts), each at its edge: the largest request a limit allows
 * passes, one more is refused with 400 and a message naming the limit. The facilities subgraph is a fake.
 */

const LIMITS = { MAX_DEPTH: '4', MAX_ALIASES: '2', MAX_DIRECTIVES: '2', MAX_TOKENS: '120' };
const operation = (name: string) => fs.readFileSync(new URL(`../../schema/operations/${name}`, import.meta.url), 'utf8');
const variables = (name: string) => JSON.parse(operation(`${name}.variables.json`)) as Record<string, unknown>;

/** A region `levels` deep: region { parent { … { name } } }. */
const nested = (levels: number) => `{ region(code: "33") { ${'parent { '.repeat(levels - 2)}name${' }'.repeat(levels - 2)} } }`;
const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: region(code: "33") { name }`).join(' ')} }`;
const directed = (n: number) =>
  `{ region(code: "33") { ${['name', 'code', 'level', 'vintage']
    .slice(0, n)
    .map((f) => `${f} @include(if: true)`)
    .join(' ')} } }`;
const REGION = { name: '浙江省', code: '33', level: 'PROVINCE', vintage: 2023, parent: null };

function refusal(res: Awaited<ReturnType<typeof post>>): { status: number; code: unknown; message: string } {
  return { status: res.status, code: res.errors?.[0]?.extensions?.code, message: res.errors?.[0]?.message ?? '' };
}

describe('query limits, at their edges', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;

  beforeEach(async () => {
    facilities = await fakeSubgraph(everyField(REGION));
    gateway = await gatewayInProcess({ ...LIMITS, FACILITIES_URL: facilities.url });
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  it('depth: MAX_DEPTH levels pass, one more is refused', async () => {
    const ok = await post(gateway.url, nested(4));
    expect(ok.status).toBe(200);
    expect(ok.errors).toBeUndefined();
    expect(refusal(await post(gateway.url, nested(5)))).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/depth limit of 4/i),
    });
  });

  it('aliases: MAX_ALIASES pass, one more is refused', async () => {
    const ok = await post(gateway.url, aliased(2));
    expect(ok.errors).toBeUndefined();
    expect(ok.data).toEqual({ r0: { name: '浙江省' }, r1: { name: '浙江省' } });
    expect(refusal(await post(gateway.url, aliased(3)))).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/aliases limit of 2/i),
    });
  });

  it('directives: MAX_DIRECTIVES pass, one more is refused', async () => {
    expect((await post(gateway.url, directed(2))).errors).toBeUndefined();
    expect(refusal(await post(gateway.url, directed(3)))).toEqual({
      status: 400,
      code: 'GRAPHQL_VALIDATION_FAILED',
      message: expect.stringMatching(/directives limit of 2/i),
    });
  });

  it('tokens: a document within MAX_TOKENS passes, a longer one is refused by the parser', async () => {
    // 5 tokens per alias in aliased(): within 120 with 2, far over with 40 (aliases are refused later, by validation).
    expect((await post(gateway.url, aliased(2))).status).toBe(200);
    expect(refusal(await post(gateway.url, aliased(40)))).toEqual({
      status: 400,
      code: 'GRAPHQL_PARSE_FAILED',
      message: expect.stringMatching(/more that 120 tokens/),
    });
  });

  it('aliases of __typename count like any other', async () => {
    const typenames = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ')} }`;
    expect((await post(gateway.url, typenames(2))).data).toEqual({ t0: 'Query', t1: 'Query' });
    expect(refusal(await post(gateway.url, typenames(3)))).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('a repeated directive is refused once, with every place it repeats', async () => {
    const res = await post(gateway.url, `{ region(code: "33") { name ${'@skip(if: false) '.repeat(6)}} }`);
    expect(res.status).toBe(400);
    const messages = res.errors!.map((e) => e.message);
    // One for the directives limit (6 > 2), one for the repetition (five repeats), not six.
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/directives limit of 2/i), expect.stringMatching(/"@skip" can only be used once/)]),
    );
    const repeated = res.errors!.find((e) => /can only be used once/.test(e.message)) as unknown as { locations: unknown[] };
    expect(repeated.locations.length).toBeGreaterThanOrEqual(5);
    expect(facilities.received).toHaveLength(0);
  });

  it('a subscription is a 400 with a code, never a 5xx', async () => {
    for (const query of ['subscription { region(code: "33") { name } }', 'subscription S { __typename }']) {
      const res = await post(gateway.url, query);
      expect(res.status, query).toBe(400);
      expect(['OPERATION_NOT_SUPPORTED', 'GRAPHQL_VALIDATION_FAILED'], query).toContain(res.errors?.[0]?.extensions?.code);
    }
  });

  it('an error quotes at most a short prefix of a huge value', async () => {
    const huge = 'x'.repeat(900_000);
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query($c: Int) { regions(first: $c) { totalCount } }', variables: { c: huge } }),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text.length).toBeLessThan(3_000);
    expect(JSON.parse(text).errors[0].message).toContain('xxxxxxxxxx…" (900000 characters)');
  });

  it('two anonymous operations, or an operationName the document does not have: 400 OPERATION_RESOLUTION_FAILURE', async () => {
    expect(
      refusal(await post(gateway.url, 'query A { region(code: "33") { name } } query C { region(code: "3301") { name } }')),
    ).toMatchObject({
      status: 400,
      code: 'OPERATION_RESOLUTION_FAILURE',
    });
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query A { region(code: "33") { name } }', operationName: 'B' }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(res.status).toBe(400);
    expect(body.errors[0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect((body.errors[0] as unknown as { message: string }).message).toBe(
      'No single operation to run: give operationName, naming one of the operations of the document.',
    );
    expect(facilities.received.some((r) => r.body.query?.includes('3301'))).toBe(false);
  });
});

describe('the cost limit over the real supergraph, with the committed operations', () => {
  let atQ2: RunningServer;
  let belowQ2: RunningServer;

  beforeEach(async () => {
    // q2 costs 187 and region-overview 252,851 (the figures config.ts's MAX_COST default is set against).
    [atQ2, belowQ2] = await Promise.all([gatewayInProcess({ MAX_COST: '187' }), gatewayInProcess({ MAX_COST: '186' })]);
  });
  afterEach(async () => {
    await Promise.all([atQ2?.close(), belowQ2?.close()]);
  });

  it('q2 costs 187: allowed at MAX_COST=187 (it runs, its subgraph is down), refused at 186 naming both figures', async () => {
    const allowed = await post(atQ2.url, operation('q2-station-page.graphql'), variables('q2-station-page'));
    expect(allowed.status).toBe(200);
    expect(allowed.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    const refused = await post(belowQ2.url, operation('q2-station-page.graphql'), variables('q2-station-page'));
    expect(refusal(refused)).toEqual({
      status: 400,
      code: 'COST_LIMIT_EXCEEDED',
      message: expect.stringContaining('Operation cost 187 exceeds the limit of 186'),
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ cost: 187, maxCost: 186 });
  });

  it('region-overview costs 252,851 with its variables, and less with smaller pages', async () => {
    const overview = operation('region-overview.graphql');
    expect(refusal(await post(atQ2.url, overview, variables('region-overview'))).message).toContain('Operation cost 252851 exceeds');
    const smaller = refusal(await post(atQ2.url, overview, { ...variables('region-overview'), sitesPerTownship: 1 }));
    const cost = Number(/Operation cost (\d+)/.exec(smaller.message)?.[1]);
    expect(cost).toBeGreaterThan(187);
    expect(cost).toBeLessThan(252_851);
  });
});

describe('a request refused only for bad input answers 400', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;
  const badInput = { message: 'Invalid code: expected digits.', path: ['region'], extensions: { code: 'BAD_USER_INPUT' } };

  beforeEach(async () => {
    facilities = await fakeSubgraph(() => ({ body: { data: { region: null }, errors: [badInput] } }));
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url });
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  it('every error BAD_USER_INPUT and nothing served: 400, the message as the subgraph wrote it', async () => {
    const res = await post(gateway.url, '{ region(code: "x") { name } }');
    expect(res.status).toBe(400);
    expect(res.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([['BAD_USER_INPUT', badInput.message]]);
  });

  it('with part of the answer served: 200', async () => {
    facilities.answer = (req) =>
      req.body.query?.includes('a:')
        ? { body: { data: { a: { name: '浙江省' }, b: null }, errors: [{ ...badInput, path: ['b'] }] } }
        : { body: { data: { region: null }, errors: [badInput] } };
    const res = await post(gateway.url, '{ a: region(code: "33") { name } b: region(code: "x") { name } }');
    expect(res.status).toBe(200);
    expect(res.data).toEqual({ a: { name: '浙江省' }, b: null });
  });

  it('another code beside it keeps 200 (not only bad input)', async () => {
    facilities.answer = () => ({
      body: { data: { region: null }, errors: [badInput, { message: 'No.', path: ['region'], extensions: { code: 'FORBIDDEN' } }] },
    });
    const res = await post(gateway.url, '{ region(code: "x") { name } }');
    expect(res.status).toBe(200);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'FORBIDDEN']);
  });
});
