import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { IDENTITY_HEADER, secretKey, signInternalIdentity } from '../../kit/identity.js';
import { ADMIN, bearer, TEST_SECRETS } from '../helpers/auth.js';
import { sharedFederation, type SharedFederation } from '../helpers/shared.js';
import { post } from '../helpers/graphql.js';

const run = promisify(execFile);

/** A token with no `exp`: validly signed, but it would never expire. */
const unexpiring = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(secretKey(TEST_SECRETS.jwt));

/** Identity at the gateway, and subgraphs that answer nobody but the gateway. (Database-independent: SQLite only.) */
describe('identity', () => {
  let fed: SharedFederation;
  beforeAll(async () => {
    fed = sharedFederation('sqlite');
  });

  const rawPost = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('every subgraph refuses a direct call with 401, _service and _entities included', async () => {
    for (const [name, url] of Object.entries(fed.subgraphUrls)) {
      for (const query of [
        '{ _service { sdl } }',
        '{ _entities(representations: [{ __typename: "Region", code: "33" }]) { __typename } }',
        '{ __typename }',
      ]) {
        const res = await rawPost(url, { query });
        expect(res.status, `${name} ${query}`).toBe(401);
        const body = (await res.json()) as any;
        expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        expect(JSON.stringify(body)).not.toMatch(/sdl|Region|type /);
      }
    }
  });

  it('a subgraph refuses an identity signed with another secret, or an expired one', async () => {
    const url = fed.subgraphUrls.facilities;
    const forged = await signInternalIdentity(ADMIN, 'x', 'facilities', 'not-the-deployment-secret-but-32-chars-long');
    expect((await rawPost(url, { query: '{ __typename }' }, { [IDENTITY_HEADER]: forged })).status).toBe(401);
    expect((await rawPost(url, { query: '{ __typename }' }, { [IDENTITY_HEADER]: 'garbage' })).status).toBe(401);
    const good = await signInternalIdentity(ADMIN, 'x', 'facilities', TEST_SECRETS.internal);
    expect((await rawPost(url, { query: '{ __typename }' }, { [IDENTITY_HEADER]: good })).status).toBe(200);
    // A token made for facilities is refused by every other subgraph: no replay across services.
    expect((await rawPost(fed.subgraphUrls.party, { query: '{ __typename }' }, { [IDENTITY_HEADER]: good })).status).toBe(401);
  });

  it('the gateway serves the public without a token, and refuses a bad one with 401 and a reason', async () => {
    const q = '{ region(code: "33") { name } }';
    expect((await post(fed.gatewayUrl, q)).data).toEqual({ region: { name: '浙江省' } });
    const cases: [Record<string, string>, RegExp][] = [
      [{ authorization: 'Bearer not.a.jwt' }, /do not verify/],
      [{ authorization: 'Basic dXNlcjpwYXNz' }, /expected "Authorization: Bearer <JWT>"/],
      [await bearer({ sub: 'u1', role: 'admin' }, '10m', 'another-secret-of-at-least-32-characters'), /do not verify/],
      [await bearer({ sub: 'u1', role: 'admin' }, '-1m'), /expired/],
      [await bearer({ sub: 'u1', role: 'staff', dept: 'culture' }), /staff token needs dept and region/],
      [await bearer({ sub: 'u1', role: 'root' }), /role/],
      [await bearer({ sub: 'u1', role: 'staff', dept: 'culture', region: '330' }), /region: a division code of 2, 4, 6, 9 or 12 digits/],
      [{ authorization: `Bearer ${await unexpiring({ sub: 'u1', role: 'admin' })}` }, /no expiry/],
    ];
    for (const [headers, reason] of cases) {
      const res = await rawPost(fed.gatewayUrl, { query: q }, headers);
      expect(res.status, JSON.stringify(headers)).toBe(401);
      const body = (await res.json()) as any;
      expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(body.errors[0].message).toMatch(reason);
    }
    const lower = { authorization: (await bearer({ sub: 'u1', role: 'analyst' })).authorization!.replace('Bearer ', 'bearer  ') };
    expect((await post(fed.gatewayUrl, q, undefined, lower)).status).toBe(200); // the scheme is case-insensitive
    const ok = await post(fed.gatewayUrl, q, undefined, await bearer({ sub: 'u1', role: 'staff', dept: 'culture', region: '330106' }));
    expect(ok.status).toBe(200);
    expect(ok.data).toEqual({ region: { name: '浙江省' } });
  });

  it('npm run token prints a token the gateway accepts, and refuses a staff token without a region', async () => {
    const env = { ...process.env, JWT_SECRET: TEST_SECRETS.jwt, INTERNAL_SECRET: TEST_SECRETS.internal, NODE_ENV: 'test' };
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/token.ts', '--role', 'staff', '--dept', 'culture', '--region', '330106'],
      { env },
    );
    const token = stdout.trim();
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const res = await post(fed.gatewayUrl, '{ region(code: "330106") { name } }', undefined, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    const bad = await run(process.execPath, ['--import', 'tsx', 'scripts/token.ts', '--role', 'staff', '--dept', 'culture'], { env }).catch(
      (e) => e,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/staff token needs dept and region/);
  });
});
