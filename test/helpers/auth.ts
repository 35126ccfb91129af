import { randomBytes } from 'node:crypto';
import { SignJWT } from 'jose';
import { IDENTITY_HEADER, secretKey, signInternalIdentity, type Identity } from '../../kit/identity.js';

/** Secrets of this test process: never the development ones under data/keys/. */
export const TEST_SECRETS = {
  internal: randomBytes(32).toString('base64url'),
  jwt: randomBytes(32).toString('base64url'),
};

export const ADMIN: Identity = { sub: 'test-admin', name: null, role: 'admin', dept: null, region: null };

/** Headers the gateway would send a subgraph for this identity. */
export async function asGateway(identity: Identity, subgraph: string): Promise<Record<string, string>> {
  return { [IDENTITY_HEADER]: await signInternalIdentity(identity, 'test', subgraph, secretKey(TEST_SECRETS.internal)) };
}

/** An Authorization header for the gateway, signed with the test JWT secret. */
export async function bearer(claims: Record<string, unknown>, ttl = '10m', secret = TEST_SECRETS.jwt): Promise<Record<string, string>> {
  const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().setExpirationTime(ttl).sign(secretKey(secret));
  return { authorization: `Bearer ${token}` };
}
