import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { bearer } from '../helpers/auth.js';
import { everyField, type FakeSubgraph, fakeSubgraph, gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * Per-caller limits (gateway/features/caller-limits.ts): a caller's requests a minute and at once; one
 * more is a 429 RATE_LIMITED with Retry-After, while another caller is still served.
 */
describe('per-caller rate and concurrency', () => {
  let facilities: FakeSubgraph;
  let rated: RunningServer;
  let concurrent: RunningServer;
  let proxied: RunningServer;
  const held: (() => void)[] = [];
  const release = () => {
    for (const r of held.splice(0)) r();
  };
  let holding = false;
  beforeAll(async () => {
    facilities = await fakeSubgraph(async (req) => {
      if (holding && req.body.query?.includes('hold')) await new Promise<void>((r) => held.push(r));
      return everyField({ name: '浙江省' })(req);
    });
    [rated, concurrent, proxied] = await Promise.all([
      gatewayInProcess({ FACILITIES_URL: facilities.url, RATE_LIMIT_PER_MINUTE: '5' }),
      gatewayInProcess({ FACILITIES_URL: facilities.url, MAX_CONCURRENT_PER_CALLER: '2' }),
      gatewayInProcess({ FACILITIES_URL: facilities.url, RATE_LIMIT_PER_MINUTE: '2', GATEWAY_TRUST_PROXY: 'loopback' }),
    ]);
  });
  afterAll(async () => {
    release();
    await Promise.all([rated?.close(), concurrent?.close(), proxied?.close()]);
    await facilities?.close();
  });

  it('a caller past its requests a minute is refused with 429 and Retry-After; another caller is not', async () => {
    for (let i = 0; i < 5; i++) expect((await post(rated.url, '{ region(code: "33") { name } }')).status).toBe(200);
    const res = await fetch(rated.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ region(code: "33") { name } }' }),
    });
    expect(res.status).toBe(429);
    const seconds = Number(res.headers.get('retry-after'));
    expect(seconds).toBeGreaterThanOrEqual(1);
    expect(seconds).toBeLessThanOrEqual(60);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: `Too many requests: at most 5 a minute per caller; try again in ${seconds} s.`,
          extensions: { code: 'RATE_LIMITED', limit: 'rate', retryAfterSeconds: seconds },
        },
      ],
    });
    // A signed-in caller has a budget of its own; a forged token is a 401, not someone's budget spent.
    const staff = await bearer({ sub: 'officer-1', role: 'staff', dept: 'culture', region: '330106' });
    expect((await post(rated.url, '{ region(code: "33") { name } }', undefined, staff)).status).toBe(200);
    expect((await post(rated.url, '{ region(code: "33") { name } }', undefined, { authorization: 'Bearer a.b.c' })).status).toBe(401);
    // Without a trusted proxy, X-Forwarded-For is not believed: a caller cannot take another address.
    expect((await post(rated.url, '{ region(code: "33") { name } }', undefined, { 'x-forwarded-for': '198.51.100.7' })).status).toBe(429);
  });

  it('behind a trusted proxy, each forwarded address has its own budget', async () => {
    const from = (addr: string) => post(proxied.url, '{ region(code: "33") { name } }', undefined, { 'x-forwarded-for': addr });
    expect([(await from('203.0.113.1')).status, (await from('203.0.113.1')).status, (await from('203.0.113.1')).status]).toEqual([
      200, 200, 429,
    ]);
    expect((await from('203.0.113.2')).status).toBe(200);
  });

  it('a caller with its requests at once in flight is refused one more, and served again once one ends', async () => {
    holding = true;
    const first = post(concurrent.url, '{ hold: region(code: "33") { name } }');
    const second = post(concurrent.url, '{ hold: region(code: "3301") { name } }');
    await new Promise((r) => setTimeout(r, 200));
    const third = await post(concurrent.url, '{ region(code: "33") { name } }');
    expect(third.status).toBe(429);
    expect(third.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'concurrency' });
    const other = await post(concurrent.url, '{ region(code: "33") { name } }', undefined, await bearer({ sub: 'a-1', role: 'analyst' }));
    expect(other.status).toBe(200);
    holding = false;
    release();
    const answers = await Promise.all([first, second]);
    expect(answers.map((a) => [a.status, a.errors])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
    expect((await post(concurrent.url, '{ region(code: "33") { name } }')).status).toBe(200);
  });
});
