import { createSigner, createVerifier } from 'fast-jwt';
import { z } from 'zod';
import { DEPARTMENTS, type Department } from './departments.js';
import { REGION_CODE_EXPECTED, REGION_CODE_PATTERN } from './region-code.js';

export { DEPARTMENTS, type Department };

/**
 * Who is asking. The gateway verifies the caller's bearer token (or takes the public identity when
 * there is none) and hands the identity to the subgraphs in a short-lived token signed with the
 * deployment's internal secret: a subgraph trusts nothing else.
 */

export const ROLES = ['public', 'staff', 'analyst', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** Subject: a stable user id; null for the public. */
  sub: string | null;
  name: string | null;
  role: Role;
  /** The department a staff member works for. */
  dept: Department | null;
  /** The region subtree (a division code prefix) a staff member is responsible for. */
  region: string | null;
}

export const PUBLIC_IDENTITY: Identity = Object.freeze({ sub: null, name: null, role: 'public', dept: null, region: null });

/** The claims of a caller's token, as the gateway accepts them. */
export const claimsSchema = z
  .object({
    sub: z.string().min(1).max(100),
    name: z.string().max(100).optional(),
    role: z.enum(['staff', 'analyst', 'admin']),
    dept: z.enum(DEPARTMENTS).optional(),
    region: z.string().regex(REGION_CODE_PATTERN, REGION_CODE_EXPECTED).optional(),
  })
  .refine((c) => c.role !== 'staff' || (c.dept && c.region), { message: 'a staff token needs dept and region claims' });

export function identityFromClaims(claims: unknown): Identity {
  const c = claimsSchema.parse(claims);
  return { sub: c.sub, name: c.name ?? null, role: c.role, dept: c.dept ?? null, region: c.region ?? null };
}

/** Header that carries the signed identity from the gateway to a subgraph. */
export const IDENTITY_HEADER = 'x-venue-identity';
const ISSUER = 'venue-graph-gateway';
/** Each subgraph accepts only tokens made for it, so one cannot be replayed against another. */
const audienceOf = (subgraph: string) => `venue-graph-subgraph:${subgraph}`;

export function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * The HS256 key of a shared secret, imported once. jose imports a raw `Uint8Array` secret again on every
 * sign and verify (WebCrypto's `importKey`): the gateway's check of callers' tokens passes this instead.
 */
export function hmacKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

/**
 * The internal identity is a JWT (HS256) the gateway signs for each subgraph it calls and the subgraph
 * verifies, on every request. Both sides are ours, so it is made and checked with fast-jwt, whose
 * synchronous node:crypto HMAC takes about 8 µs where jose's WebCrypto one takes 60–86 µs (a job on
 * libuv's thread pool for each; `npm run bench:overhead` and the profile behind it). The tokens are the
 * same standard JWTs: jose verifies fast-jwt's and the other way round (test/unit/auth.test.ts).
 */
const signers = new Map<string, (payload: Record<string, unknown>) => string>();
const verifiers = new Map<string, (token: string) => Record<string, unknown>>();

/** The one made for this secret and subgraph, made on first use (fast-jwt prepares its key once). */
function forSubgraph<T>(made: Map<string, T>, secret: string, subgraph: string, make: () => T): T {
  const key = `${subgraph}\u0000${secret}`;
  let one = made.get(key);
  if (!one) {
    one = make();
    made.set(key, one);
  }
  return one;
}

const signerFor = (secret: string, subgraph: string) =>
  forSubgraph(signers, secret, subgraph, () =>
    createSigner({ key: secret, algorithm: 'HS256', iss: ISSUER, aud: audienceOf(subgraph), expiresIn: 10_000 }),
  );

const verifierFor = (secret: string, subgraph: string) =>
  forSubgraph(verifiers, secret, subgraph, () =>
    createVerifier({
      key: secret,
      algorithms: ['HS256'],
      allowedIss: ISSUER,
      allowedAud: audienceOf(subgraph),
      requiredClaims: ['exp'],
      // A request's later fetches to this subgraph resend its token (the gateway's signIdentityStep):
      // checked once, then taken from the cache until it expires.
      cache: 1_000,
    }),
  );

/** The gateway signs the identity for one request to one subgraph (valid for 10 s) with the internal secret. */
export async function signInternalIdentity(identity: Identity, requestId: string, subgraph: string, secret: string): Promise<string> {
  return signerFor(secret, subgraph)({ idn: { ...identity }, rid: requestId });
}

const internalSchema = z.object({
  idn: z.object({
    sub: z.string().nullable(),
    name: z.string().nullable(),
    role: z.enum(ROLES),
    dept: z.enum(DEPARTMENTS).nullable(),
    region: z.string().nullable(),
  }),
  rid: z.string().optional(),
});

/** A subgraph checks the gateway's signature (and that the token was made for it, and lives); anything else is refused. */
export async function verifyInternalIdentity(token: string, subgraph: string, secret: string): Promise<Identity & { requestId?: string }> {
  const p = internalSchema.parse(verifierFor(secret, subgraph)(token));
  return { ...p.idn, requestId: p.rid };
}
