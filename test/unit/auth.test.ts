import { exportJWK, exportSPKI, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import type { Request } from 'express';
import { describe, expect, it, vi } from 'vitest';
import { createIdentify } from '../../gateway/features/identity.js';
import { PUBLIC_IDENTITY, secretKey, signInternalIdentity, verifyInternalIdentity } from '../../kit/identity.js';
import { HttpRefusal } from '../../kit/server.js';

const requestWith = (authorization?: string) =>
  ({ header: (name: string) => (name.toLowerCase() === 'authorization' ? authorization : undefined) }) as unknown as Request;
const claims = { sub: 'u1', role: 'staff', dept: 'culture', region: '330106' };

async function refusal(p: Promise<unknown>): Promise<HttpRefusal> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(HttpRefusal);
    return err as HttpRefusal;
  }
  throw new Error('expected a refusal');
}

describe('bearer tokens signed with a private key (the gateway holds only the public key)', () => {
  it.each(['RS256', 'ES256'] as const)('%s with a PEM public key', async (alg) => {
    const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
    const identify = await createIdentify({
      kind: 'public-key',
      pem: await exportSPKI(publicKey),
      alg,
      issuer: 'https://idp.example',
      audience: 'venue-graph',
    });
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg })
      .setIssuer('https://idp.example')
      .setAudience('venue-graph')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect(await identify(requestWith(`Bearer ${token}`))).toEqual({
      sub: 'u1',
      name: null,
      role: 'staff',
      dept: 'culture',
      region: '330106',
    });
    const wrongAudience = await new SignJWT(claims)
      .setProtectedHeader({ alg })
      .setIssuer('https://idp.example')
      .setAudience('someone-else')
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await refusal(identify(requestWith(`Bearer ${wrongAudience}`)))).status).toBe(401);
    // An HS256 token "signed" with the public key as a shared secret (algorithm confusion) is refused.
    const confused = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(await exportSPKI(publicKey)));
    expect((await refusal(identify(requestWith(`Bearer ${confused}`)))).code).toBe('UNAUTHENTICATED');
  });

  it('a JWKS file: any of its keys, chosen by kid', async () => {
    const a = await generateKeyPair('ES256', { extractable: true });
    const b = await generateKeyPair('RS256', { extractable: true });
    const jwks = {
      keys: [
        { ...(await exportJWK(a.publicKey)), kid: 'a', alg: 'ES256' },
        { ...(await exportJWK(b.publicKey)), kid: 'b', alg: 'RS256' },
      ],
    };
    const identify = await createIdentify({ kind: 'jwks', jwks });
    const byB = await new SignJWT({ sub: 'x', role: 'analyst' })
      .setProtectedHeader({ alg: 'RS256', kid: 'b' })
      .setExpirationTime('5m')
      .sign(b.privateKey);
    expect((await identify(requestWith(`Bearer ${byB}`))).role).toBe('analyst');
    const stranger = await generateKeyPair('ES256');
    const byStranger = await new SignJWT({ sub: 'x', role: 'admin' })
      .setProtectedHeader({ alg: 'ES256', kid: 'a' })
      .setExpirationTime('5m')
      .sign(stranger.privateKey);
    expect((await refusal(identify(requestWith(`Bearer ${byStranger}`)))).status).toBe(401);
  });

  it('no Authorization header is the public', async () => {
    const identify = await createIdentify({ kind: 'secret', secret: 's'.repeat(32) });
    expect(await identify(requestWith(undefined))).toEqual(PUBLIC_IDENTITY);
  });
});

describe('the internal identity (gateway → subgraph), made and checked with fast-jwt', () => {
  const secret = 'i'.repeat(40);
  const staff = { sub: 'officer-1', name: null, role: 'staff', dept: 'culture', region: '330106' } as const;

  it('is a standard HS256 JWT: jose verifies the one we sign, and we verify one jose signs', async () => {
    const token = await signInternalIdentity(staff, 'rid-1', 'culture', secret);
    const { payload, protectedHeader } = await jwtVerify(token, secretKey(secret), {
      issuer: 'venue-graph-gateway',
      audience: 'venue-graph-subgraph:culture',
      algorithms: ['HS256'],
    });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({ idn: staff, rid: 'rid-1' });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(10);
    const byJose = await new SignJWT({ idn: staff, rid: 'rid-2' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('venue-graph-gateway')
      .setAudience('venue-graph-subgraph:party')
      .setIssuedAt()
      .setExpirationTime('10s')
      .sign(secretKey(secret));
    expect(await verifyInternalIdentity(byJose, 'party', secret)).toEqual({ ...staff, requestId: 'rid-2' });
  });

  it('refuses a token for another subgraph, with another secret, expired, without exp, of another algorithm, or tampered with', async () => {
    const token = await signInternalIdentity(staff, 'rid-1', 'culture', secret);
    await expect(verifyInternalIdentity(token, 'party', secret)).rejects.toThrow(/aud/);
    await expect(verifyInternalIdentity(token, 'culture', 'j'.repeat(40))).rejects.toThrow(/signature/i);
    const [h, , sig] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({
        idn: { ...staff, role: 'admin' },
        rid: 'x',
        iss: 'venue-graph-gateway',
        aud: 'venue-graph-subgraph:culture',
        exp: 9_999_999_999,
      }),
    ).toString('base64url');
    await expect(verifyInternalIdentity(`${h}.${forged}.${sig}`, 'culture', secret)).rejects.toThrow(/signature/i);
    const sign = (claims: SignJWT) =>
      claims
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer('venue-graph-gateway')
        .setAudience('venue-graph-subgraph:culture')
        .sign(secretKey(secret));
    const expired = await sign(
      new SignJWT({ idn: staff }).setIssuedAt(Math.floor(Date.now() / 1000) - 20).setExpirationTime(Math.floor(Date.now() / 1000) - 10),
    );
    await expect(verifyInternalIdentity(expired, 'culture', secret)).rejects.toThrow(/expired/i);
    const forever = await sign(new SignJWT({ idn: staff }).setIssuedAt());
    await expect(verifyInternalIdentity(forever, 'culture', secret)).rejects.toThrow(/exp/);
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${token.split('.')[1]}.`;
    await expect(verifyInternalIdentity(unsigned, 'culture', secret)).rejects.toThrow();
    const hs512 = await new SignJWT({ idn: staff })
      .setProtectedHeader({ alg: 'HS512' })
      .setIssuer('venue-graph-gateway')
      .setAudience('venue-graph-subgraph:culture')
      .setExpirationTime('10s')
      .sign(secretKey(secret));
    await expect(verifyInternalIdentity(hs512, 'culture', secret)).rejects.toThrow();
    // Claims that do not make an identity are refused too, though signed.
    const odd = await sign(new SignJWT({ idn: { ...staff, role: 'root' } }).setExpirationTime('10s'));
    await expect(verifyInternalIdentity(odd, 'culture', secret)).rejects.toThrow();
  });
});

describe('bearer tokens that verified are remembered until they expire', () => {
  it('the same token again is the same identity without verifying again, and is refused once it expires', async () => {
    const secret = 'h'.repeat(40);
    const identify = await createIdentify({ kind: 'secret', secret });
    vi.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z'), toFake: ['Date'] });
    try {
      const now = Math.floor(Date.now() / 1000);
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuedAt(now)
        .setExpirationTime(now + 2)
        .sign(secretKey(secret));
      const first = await identify(requestWith(`Bearer ${token}`));
      expect(first).toMatchObject({ sub: 'u1', role: 'staff' });
      expect(await identify(requestWith(`Bearer ${token}`))).toBe(first); // from the cache
      expect(Object.isFrozen(first)).toBe(true);
      vi.setSystemTime(new Date(Date.now() + 1_999));
      expect(await identify(requestWith(`Bearer ${token}`))).toBe(first);
      vi.setSystemTime(new Date(Date.now() + 1));
      expect((await refusal(identify(requestWith(`Bearer ${token}`)))).message).toMatch(/expired/);
      // A token with a wrong signature is never remembered as good, however often it is sent.
      const forged = `${token.slice(0, token.lastIndexOf('.'))}.${'A'.repeat(43)}`;
      for (let i = 0; i < 2; i++) expect((await refusal(identify(requestWith(`Bearer ${forged}`)))).status).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });
});
