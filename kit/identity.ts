import { jwtVerify, SignJWT } from 'jose';
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

/** The gateway signs the identity for one request to one subgraph (valid for 10 s). */
export async function signInternalIdentity(identity: Identity, requestId: string, subgraph: string, secret: Uint8Array): Promise<string> {
  return new SignJWT({ idn: { ...identity }, rid: requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(ISSUER)
    .setAudience(audienceOf(subgraph))
    .setIssuedAt()
    .setExpirationTime('10s')
    .sign(secret);
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

/** A subgraph checks the gateway's signature; anything else is refused. */
export async function verifyInternalIdentity(
  token: string,
  subgraph: string,
  secret: Uint8Array,
): Promise<Identity & { requestId?: string }> {
  const { payload } = await jwtVerify(token, secret, {
    issuer: ISSUER,
    audience: audienceOf(subgraph),
    algorithms: ['HS256'],
    requiredClaims: ['exp'],
  });
  const p = internalSchema.parse(payload);
  return { ...p.idn, requestId: p.rid };
}
