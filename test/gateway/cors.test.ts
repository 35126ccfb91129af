import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../kit/config.js';
import type { RunningServer } from '../../kit/server.js';
import { loadGatewayConfig } from '../../gateway/config.js';
import { bearer } from '../helpers/auth.js';
import { CHROMIUM_PATH, launchChromium, pageServer } from '../helpers/browser.js';
import { GATEWAY_TEST_ENV, gatewayInProcess } from '../helpers/gateway.js';

/**
 * Cross-origin calls (gateway/features/cors.ts): the preflight answered for allowed origins only, no
 * credentials, Apollo's CSRF protection still on; and a real page in headless Chromium on another
 * origin calling the gateway with a bearer token, or blocked when its origin is not allowed.
 */

const PORTAL = 'https://portal.example.gov.cn';
const preflight = (url: string, origin: string, headers = 'content-type,authorization') =>
  fetch(url, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });

describe('in production, with CORS_ORIGINS', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    gateway = await gatewayInProcess({ NODE_ENV: 'production', CORS_ORIGINS: `${PORTAL}, https://other.example.gov.cn` });
  });
  afterAll(async () => gateway?.close());

  it('answers a named origin’s preflight: its origin, the headers a page sends, no credentials, cached ten minutes', async () => {
    const res = await preflight(gateway.url, PORTAL);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
    );
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('access-control-max-age')).toBe('600');
    expect(res.headers.get('vary')).toMatch(/origin/i);
  });

  it('refuses the preflight of any other origin with 403 CORS_ORIGIN_NOT_ALLOWED, loopback included', async () => {
    for (const origin of ['https://evil.example', 'http://localhost:5173', `${PORTAL}:8443`, 'null']) {
      const res = await preflight(gateway.url, origin);
      expect(res.status, origin).toBe(403);
      expect(res.headers.get('access-control-allow-origin'), origin).toBeNull();
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]!.extensions.code).toBe('CORS_ORIGIN_NOT_ALLOWED');
      expect(body.errors[0]!.message).toContain('CORS_ORIGINS');
    }
  });

  it('answers an allowed page’s request with its origin and the request id it may read; others get no CORS headers', async () => {
    const call = (origin: string) =>
      fetch(gateway.url, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const allowed = await call(PORTAL);
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL);
    expect(allowed.headers.get('access-control-expose-headers')).toBe('x-request-id');
    const other = await call('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the CSRF protection: a cross-site simple request is refused even from an allowed origin', async () => {
    const res = await fetch(gateway.url, {
      method: 'POST',
      headers: { origin: PORTAL, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
    const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin: PORTAL } });
    expect(get.status).toBe(400);
  });
});

describe('outside production', () => {
  let gateway: RunningServer;
  beforeAll(async () => {
    gateway = await gatewayInProcess();
  });
  afterAll(async () => gateway?.close());

  it('lets a developer’s loopback pages call on any port, and nothing else', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080', 'http://localhost']) {
      const res = await preflight(gateway.url, origin);
      expect(res.status, origin).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), origin).toBe(origin);
    }
    for (const origin of ['http://localhost.evil.example', 'http://127.0.0.2:3000', PORTAL])
      expect((await preflight(gateway.url, origin)).status, origin).toBe(403);
  });
});

describe('CORS_ORIGINS', () => {
  const load = (value: string) => loadGatewayConfig({ ...GATEWAY_TEST_ENV, CORS_ORIGINS: value });
  it('takes origins separated by commas, spaces allowed', () => {
    expect(load(` ${PORTAL} ,http://10.0.0.5:8080,`).corsOrigins).toEqual([PORTAL, 'http://10.0.0.5:8080']);
    expect(loadGatewayConfig(GATEWAY_TEST_ENV).corsOrigins).toEqual([]);
  });

  it.each([`${PORTAL}/`, `${PORTAL}/app`, '*', 'https://*.example.gov.cn', 'portal.example.gov.cn', 'ftp://portal.example.gov.cn'])(
    'refuses %s, naming the variable',
    (value) => {
      expect(() => load(value)).toThrow(ConfigError);
      expect(() => load(value)).toThrow(/CORS_ORIGINS: origins separated by commas/);
    },
  );
});

describe.skipIf(!CHROMIUM_PATH)('a page on another origin, in headless Chromium', () => {
  let browser: Browser;
  let gateway: RunningServer;
  let allowedPage: Awaited<ReturnType<typeof pageServer>>;
  let otherPage: Awaited<ReturnType<typeof pageServer>>;
  const PAGE = '<!doctype html><meta charset="utf-8"><title>portal</title><p>portal</p>';

  beforeAll(async () => {
    [browser, allowedPage, otherPage] = await Promise.all([launchChromium(), pageServer(PAGE), pageServer(PAGE)]);
    gateway = await gatewayInProcess({ NODE_ENV: 'production', CORS_ORIGINS: allowedPage.origin });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([gateway?.close(), allowedPage?.close(), otherPage?.close()]);
  });

  /** Opens the page at `origin` and has it fetch the gateway as a front-end would: JSON, a bearer token. */
  async function callFrom(origin: string) {
    const page = await browser.newPage();
    const console: string[] = [];
    page.on('console', (m) => console.push(m.text()));
    try {
      await page.goto(`${origin}/`);
      const authorization = (await bearer({ sub: 'portal-user', role: 'analyst' })).authorization!;
      const result = await page.evaluate(
        async ({ url, authorization }) => {
          try {
            const res = await fetch(url, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization },
              body: JSON.stringify({ query: '{ __typename }' }),
            });
            return { status: res.status, body: await res.json(), requestId: res.headers.get('x-request-id') };
          } catch (e) {
            return { error: String(e) };
          }
        },
        { url: gateway.url, authorization },
      );
      return { result, console };
    } finally {
      await page.close();
    }
  }

  it('calls the gateway from an allowed origin with a bearer token, and reads the answer and its request id', async () => {
    const { result } = await callFrom(allowedPage.origin);
    expect(result).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });
    expect((result as { requestId: string }).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is blocked by the browser from an origin not allowed', async () => {
    const { result, console } = await callFrom(otherPage.origin);
    expect(result).toEqual({ error: expect.stringMatching(/Failed to fetch/) });
    expect(console.join('\n')).toMatch(/blocked by CORS policy/);
  });
});
