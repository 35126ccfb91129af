import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { createIdentify } from '../../gateway/features/identity.js';
import { PUBLIC_IDENTITY } from '../../kit/identity.js';
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
