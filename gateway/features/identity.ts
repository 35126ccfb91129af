import type { Request } from 'express';
import { createLocalJWKSet, importSPKI, jwtVerify, type JWTVerifyGetKey, type KeyObject } from 'jose';
import { LRUCache } from 'lru-cache';
import { hmacKey, identityFromClaims, PUBLIC_IDENTITY, type Identity } from '../../kit/identity.js';
import { HttpRefusal } from '../../kit/server.js';
import { DEFAULT_JWT_MAX_LIFETIME_S, type JwtConfig } from '../config.js';
import type { GatewayFeature } from './feature.js';

/**
 * Verifies the caller's bearer token (jose): HS256 with a shared secret, RS256/ES256 with a public key,
 * or any key of a JWKS file. No token is the public; a bad, expired or ill-claimed token, or one made to
 * live longer than `maxLifetimeSeconds` (a day by default), is refused with 401 rather than served as
 * the public, so a client notices its token is wrong.
 *
 * A token that verified is remembered (the last 10,000, each until it expires or for a minute, whichever
 * comes first): a client sends the same token on every request, and the gateway asks who is calling
 * twice per request (the per-caller limits, then /graphql), so most requests verify nothing.
 */
export const VERIFIED_TOKEN_REUSE_MS = 60_000;

export async function createIdentify(config: JwtConfig): Promise<(req: Request) => Promise<Identity>> {
  let key: CryptoKey | KeyObject | JWTVerifyGetKey;
  let algorithms: string[];
  if (config.kind === 'secret') {
    key = await hmacKey(config.secret);
    algorithms = ['HS256'];
  } else if (config.kind === 'public-key') {
    key = (await importSPKI(config.pem, config.alg)) as KeyObject;
    algorithms = [config.alg];
  } else {
    key = createLocalJWKSet(config.jwks as Parameters<typeof createLocalJWKSet>[0]);
    algorithms = ['RS256', 'ES256'];
  }
  const refuse = (why: string) => new HttpRefusal(401, 'UNAUTHENTICATED', `Invalid bearer token: ${why}.`);
  const verified = new LRUCache<string, { identity: Identity; until: number }>({ max: 10_000 });
  return async (req) => {
    const header = req.header('authorization');
    if (!header) return PUBLIC_IDENTITY;
    const m = /^bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/i.exec(header.trim());
    if (!m) throw refuse('expected "Authorization: Bearer <JWT>"');
    const known = verified.get(m[1]!);
    if (known && Date.now() < known.until) return known.identity;
    let payload: unknown;
    try {
      // A token must expire: one without `exp` would be good forever.
      ({ payload } = await jwtVerify(m[1]!, key as CryptoKey, {
        algorithms,
        issuer: config.issuer,
        audience: config.audience,
        requiredClaims: ['exp'],
      }));
    } catch (err) {
      const code = (err as { code?: string }).code;
      throw refuse(
        code === 'ERR_JWT_EXPIRED'
          ? 'it has expired'
          : code === 'ERR_JWT_CLAIM_VALIDATION_FAILED' && /"exp"/.test(String((err as Error).message))
            ? 'it has no expiry (exp)'
            : 'its signature or claims do not verify',
      );
    }
    const { exp, iat } = payload as { exp: number; iat?: number };
    const max = config.maxLifetimeSeconds ?? DEFAULT_JWT_MAX_LIFETIME_S;
    if (exp - (typeof iat === 'number' ? iat : Math.floor(Date.now() / 1000)) > max) {
      throw refuse(`it is made to live longer than ${max} s, the most this gateway accepts (JWT_MAX_LIFETIME_S)`);
    }
    try {
      const identity = Object.freeze(identityFromClaims(payload));
      verified.set(m[1]!, { identity, until: Math.min(exp * 1_000, Date.now() + VERIFIED_TOKEN_REUSE_MS) });
      return identity;
    } catch (err) {
      const issues = (err as { issues?: { path: (string | number)[]; message: string }[] }).issues;
      throw refuse(issues?.map((i) => `${i.path.join('.') || 'claims'}: ${i.message}`).join('; ') ?? 'its claims are not valid');
    }
  };
}

export interface IdentityOptions {
  /** How bearer tokens are verified (no default: the config always gives one, a development secret at the least). */
  jwt: JwtConfig;
}

/** Identity: who is asking, from the bearer token, before GraphQL runs (the subgraphs get it signed: see subgraph-identity.ts). */
export async function useIdentity(options: IdentityOptions): Promise<GatewayFeature> {
  return { name: 'identity', identify: await createIdentify(options.jwt) };
}
