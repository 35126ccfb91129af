import { SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, PUBLIC_IDENTITY, secretKey, verifyInternalIdentity } from '../../kit/identity.js';
import type { RunningServer } from '../../kit/server.js';
import { bearer, TEST_SECRETS } from '../helpers/auth.js';
import { everyField, type FakeSubgraph, fakeSubgraph, gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * Who is asking, as the gateway sees it (features/identity.ts) and passes it on (subgraph-identity.ts,
 * request-id.ts): what a fake facilities subgraph receives for each kind of caller, and the 401s.
 */

const QUERY = '{ region(code: "33") { name } }';
const STAFF = { sub: 'u-7', name: '张三', role: 'staff', dept: 'culture', region: '330106' };
const signWith = (claims: Record<string, unknown>, build: (t: SignJWT) => SignJWT = (t) => t.setExpirationTime('5m')) =>
  build(new SignJWT(claims).setProtectedHeader({ alg: 'HS256' })).sign(secretKey(TEST_SECRETS.jwt));

describe('the caller’s identity, verified at the gateway and signed for each subgraph', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;
  const internalKey = TEST_SECRETS.internal;

  beforeEach(async () => {
    facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url });
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  /** What the facilities subgraph was last sent, read as a subgraph reads it. */
  async function lastSent() {
    const { headers } = facilities.received.at(-1)!;
    return { identity: await verifyInternalIdentity(String(headers[IDENTITY_HEADER]), 'facilities', internalKey), headers };
  }

  it('no token: the public, signed for facilities only, with the gateway’s request id in the header and the token', async () => {
    const res = await post(gateway.url, QUERY);
    expect(res.data).toEqual({ region: { name: '浙江省' } });
    const { identity, headers } = await lastSent();
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(identity).toEqual({ ...PUBLIC_IDENTITY, requestId });
    expect(headers['x-request-id']).toBe(requestId);
    // Made for facilities: another subgraph refuses the same token.
    await expect(verifyInternalIdentity(String(headers[IDENTITY_HEADER]), 'culture', internalKey)).rejects.toThrow(/aud/);
  });

  it('a valid bearer token: its claims, as the subgraph reads them; a caller’s own request id is not taken', async () => {
    const res = await post(gateway.url, QUERY, undefined, { ...(await bearer(STAFF)), 'x-request-id': 'mine' });
    expect(res.errors).toBeUndefined();
    const { identity } = await lastSent();
    expect(identity).toEqual({ ...STAFF, requestId: res.headers.get('x-request-id') });
    expect(identity.requestId).not.toBe('mine');
  });

  it('the scheme in any case, with any blank around or after it, is read; the token alone is taken', async () => {
    const token = await signWith(STAFF);
    for (const header of [`bearer ${token}`, `BEARER  ${token}`, `  Bearer\t${token}  `]) {
      const res = await post(gateway.url, QUERY, undefined, { authorization: header });
      expect(res.errors, header).toBeUndefined();
      expect((await lastSent()).identity).toMatchObject({ sub: 'u-7', role: 'staff' });
    }
  });

  it('the signed identity expires within seconds', async () => {
    await post(gateway.url, QUERY);
    const token = String(facilities.received.at(-1)!.headers[IDENTITY_HEADER]);
    const claims = JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { exp: number; iat: number };
    expect(claims.exp - claims.iat).toBe(10);
  });

  it.each([
    ['a header that is not Bearer <JWT>', async () => 'Basic dXNlcjpwYXNz', /expected "Authorization: Bearer <JWT>"/],
    ['a Bearer JWT with more after it', async () => `Bearer ${await signWith(STAFF)} extra`, /expected "Authorization: Bearer <JWT>"/],
    ['a Bearer JWT after other text', async () => `xBearer ${await signWith(STAFF)}`, /expected "Authorization: Bearer <JWT>"/],
    ['no blank after Bearer', async () => `Bearer${await signWith(STAFF)}`, /expected "Authorization: Bearer <JWT>"/],
    [
      'an expired token',
      async () => `Bearer ${await signWith(STAFF, (t) => t.setExpirationTime(Math.floor(Date.now() / 1000) - 60))}`,
      /it has expired/,
    ],
    ['a token without exp', async () => `Bearer ${await signWith(STAFF, (t) => t)}`, /it has no expiry \(exp\)/],
    [
      'a token made to live 100 years',
      async () => (await bearer(STAFF, '100y')).authorization!,
      /it is made to live longer than 86400 s, the most this gateway accepts \(JWT_MAX_LIFETIME_S\)/,
    ],
    [
      'a token without iat expiring in 25 hours',
      async () => `Bearer ${await signWith(STAFF, (t) => t.setExpirationTime('25h'))}`,
      /longer than 86400 s/,
    ],
    [
      'a token signed with another secret',
      async () => (await bearer(STAFF, '5m', 'x'.repeat(40))).authorization!,
      /its signature or claims do not verify/,
    ],
    ['a token with an unknown role', async () => `Bearer ${await signWith({ ...STAFF, role: 'king' })}`, /^Invalid bearer token: role: /],
    ['a token with an unknown department', async () => `Bearer ${await signWith({ ...STAFF, dept: 'police' })}`, /dept: /],
  ])('%s: 401 UNAUTHENTICATED, nothing sent to a subgraph', async (_what, header, message) => {
    const before = facilities.received.length;
    const res = await post(gateway.url, QUERY, undefined, { authorization: await header() });
    expect(res.status).toBe(401);
    expect(res.errors).toEqual([{ message: expect.stringMatching(message), extensions: { code: 'UNAUTHENTICATED' } }]);
    expect(facilities.received.length).toBe(before);
  });
});

describe('the longest token lifetime', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;
  beforeEach(async () => {
    facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, JWT_MAX_LIFETIME_S: '3600' });
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  it('a token living exactly the most passes (24 h by default); a second more, or over JWT_MAX_LIFETIME_S, is a 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const lives = (seconds: number) => signWith(STAFF, (t) => t.setIssuedAt(now).setExpirationTime(now + seconds));
    expect((await post(gateway.url, QUERY, undefined, { authorization: `Bearer ${await lives(3600)}` })).status).toBe(200);
    const over = await post(gateway.url, QUERY, undefined, { authorization: `Bearer ${await lives(3601)}` });
    expect([over.status, over.errors?.[0]?.extensions?.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect(over.errors?.[0]?.message).toMatch(/longer than 3600 s/);
  });
});

describe('issuer and audience, when configured', () => {
  let gateway: RunningServer;
  let facilities: FakeSubgraph;

  beforeEach(async () => {
    facilities = await fakeSubgraph(everyField({ name: '浙江省' }));
    gateway = await gatewayInProcess({ FACILITIES_URL: facilities.url, JWT_ISSUER: 'https://idp.example', JWT_AUDIENCE: 'venue-graph' });
  });
  afterEach(async () => {
    await gateway?.close();
    await facilities?.close();
  });

  it('a token from that issuer for that audience passes; either one wrong is refused', async () => {
    const token = (iss: string, aud: string) => signWith(STAFF, (t) => t.setIssuer(iss).setAudience(aud).setExpirationTime('5m'));
    const ok = await post(gateway.url, QUERY, undefined, { authorization: `Bearer ${await token('https://idp.example', 'venue-graph')}` });
    expect(ok.status).toBe(200);
    for (const [iss, aud] of [
      ['https://other.example', 'venue-graph'],
      ['https://idp.example', 'other'],
    ] as const) {
      const res = await post(gateway.url, QUERY, undefined, { authorization: `Bearer ${await token(iss, aud)}` });
      expect(res.status).toBe(401);
    }
  });
});
