import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { IDENTITY_HEADER, secretKey, signInternalIdentity, type Identity } from '../../kit/identity.js';

/**
 * Secrets of this test run: never the development ones under data/keys/. Made by the first process that
 * needs them and passed down in the environment, so that the test files (vitest's workers) share them
 * with the federation a global setup started.
 */
export const TEST_SECRETS: { internal: string; jwt: string } = (() => {
  const VAR = 'VENUE_GRAPH_TEST_SECRETS';
  const inherited = process.env[VAR];
  if (inherited) return JSON.parse(inherited);
  const made = { internal: randomBytes(32).toString('base64url'), jwt: randomBytes(32).toString('base64url') };
  process.env[VAR] = JSON.stringify(made);
  return made;
})();

export const ADMIN: Identity = { sub: 'test-admin', name: null, role: 'admin', dept: null, region: null };

/** Headers the gateway would send a subgraph for this identity. */
export async function asGateway(identity: Identity, subgraph: string): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signInternalIdentity(identity, 'test', subgraph, TEST_SECRETS.internal) };
}

/** An Authorization header for the gateway, signed with the test JWT secret. */
export async function bearer(claims: Record<string, unknown>, ttl = '10m', secret = TEST_SECRETS.jwt): Promise<Record<string, string>> {
  const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(ttl).sign(secretKey(secret));
  return { authorization: `Bearer ${token}` };
}

/** A bearer token alone (for `VENUE_GRAPH_TOKEN` or `--token`), signed with the test JWT secret. */
export async function tokenFor(claims: Record<string, unknown>): Promise<string> {
  return (await bearer(claims)).authorization!.replace(/^Bearer /, '');
}
