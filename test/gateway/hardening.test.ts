import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { gatewayInProcess, originOf } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * What a public endpoint must not do, per mode (gateway/features/hardening.ts, explorer.ts,
 * safelist.ts): introspection and schema hints outside production only, no batches, no cross-site
 * simple requests, the explorer page and when it is served. No subgraph is needed: every request
 * here is answered or refused by the gateway itself (subgraphs point at a port that refuses).
 */

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ regin(code: "33") { name } }';
const operationFile = (name: string) => fs.readFileSync(new URL(`../../schema/operations/${name}`, import.meta.url), 'utf8');

const postRaw = (url: string, body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', headers, body });

describe('outside production', () => {
  let gateway: RunningServer;
  beforeEach(async () => {
    gateway = await gatewayInProcess();
  });
  afterEach(async () => gateway?.close());

  it('answers introspection and hints at field names', async () => {
    expect((await post(gateway.url, INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const typo = await post(gateway.url, TYPO);
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.message).toMatch(/Did you mean "region"/);
  });

  it('serves the explorer at / from its own dependencies: every committed operation with its variables, a token tab', async () => {
    const res = await fetch(`${originOf(gateway)}/`);
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain('<title>venue-graph explorer</title>');
    expect(html).toContain('"endpoint":"/graphql"');
    const tabs = JSON.parse(/"defaultTabs":(\[.*?\]),"/.exec(html)?.[1] ?? '[]') as {
      query: string;
      variables: string | null;
      headers: string | null;
    }[];
    const dir = new URL('../../schema/operations/', import.meta.url);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql'));
    expect(tabs).toHaveLength(files.length + 1);
    // The example first, with its variables as the file has them; then every other operation.
    expect(tabs[0]).toEqual({
      query: operationFile('region-overview.graphql'),
      variables: operationFile('region-overview.variables.json'),
      headers: null,
    });
    for (const f of files)
      expect(
        tabs.some((t) => t.query === operationFile(f)),
        f,
      ).toBe(true);
    // The last says how to send a token, with a placeholder in its header editor.
    expect(tabs.at(-1)!.query).toMatch(/npm run token/);
    expect(JSON.parse(tabs.at(-1)!.headers!)).toEqual({ Authorization: expect.stringMatching(/^Bearer <paste a token/) });
    // Nothing fetched from elsewhere: no external script or stylesheet.
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
  });

  it('sends the explorer compressed, cacheable for five minutes, and 304 when the browser has it', async () => {
    const raw = (headers: Record<string, string>) =>
      new Promise<{ status: number; headers: http.IncomingHttpHeaders; bytes: number }>((resolve, reject) => {
        http
          .get(`${originOf(gateway)}/`, { headers }, (res) => {
            let bytes = 0;
            res.on('data', (c: Buffer) => {
              bytes += c.length;
            });
            res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }));
          })
          .on('error', reject);
      });
    const plain = await raw({});
    const gzip = await raw({ 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 3);
    expect(gzip.headers['cache-control']).toBe('public, max-age=300');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    const again = await raw({ 'accept-encoding': 'gzip', 'if-none-match': String(gzip.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
  });

  it('refuses batches, cross-site simple requests and GET mutations', async () => {
    const batch = await postRaw(gateway.url, JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), {
      'content-type': 'application/json',
    });
    expect(batch.status).toBe(400);
    const text = await postRaw(gateway.url, JSON.stringify({ query: '{ __typename }' }), { 'content-type': 'text/plain' });
    expect(text.status).toBe(400);
    expect(await text.text()).toMatch(/Cross-Site Request Forgery/);
    const get = (query: string, headers: Record<string, string> = {}) =>
      fetch(`${gateway.url}?query=${encodeURIComponent(query)}`, { headers });
    expect((await get('{ __typename }')).status).toBe(400);
    expect((await get('{ __typename }', { 'apollo-require-preflight': 'true' })).status).toBe(200);
    expect((await get('mutation { __typename }', { 'apollo-require-preflight': 'true' })).status).toBe(405);
  });

  it("Apollo's own landing page is off: a browser at /graphql gets no page", async () => {
    const res = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(res.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('in production', () => {
  let gateway: RunningServer;
  let withExplorer: RunningServer;
  beforeEach(async () => {
    [gateway, withExplorer] = await Promise.all([
      gatewayInProcess({ NODE_ENV: 'production' }),
      gatewayInProcess({ NODE_ENV: 'production', EXPLORER: 'true', INTROSPECTION: 'true' }),
    ]);
  });
  afterEach(async () => Promise.all([gateway?.close(), withExplorer?.close()]));

  it('refuses introspection with 400 and gives no hint of field names', async () => {
    const res = await post(gateway.url, INTROSPECTION);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await post(gateway.url, TYPO);
    expect(typo.status).toBe(400);
    expect(typo.errors?.[0]?.message).toBe('Cannot query field "regin" on type "Query".');
  });

  it('serves no explorer unless EXPLORER=true, and introspection only with INTROSPECTION=true', async () => {
    expect((await fetch(`${originOf(gateway)}/`)).status).toBe(404);
    const page = await fetch(`${originOf(withExplorer)}/`);
    expect(page.status).toBe(200);
    await page.arrayBuffer(); // read to the end: a response left unread would hold its socket open past close()
    expect((await post(withExplorer.url, INTROSPECTION)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('safelist mode', () => {
  let gateway: RunningServer;
  const q4 = operationFile('q4-province-social-work.graphql');
  const q4Variables = { province: '33', year: 2021 };
  beforeEach(async () => {
    gateway = await gatewayInProcess({ SAFELIST: 'true' });
  });
  afterEach(async () => gateway?.close());

  it('runs a committed operation sent as its file is (its subgraph is down here), and refuses anything else with 400', async () => {
    const ok = await post(gateway.url, q4, q4Variables);
    expect(ok.status).toBe(200);
    expect(ok.errors?.every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
    // Anything else: another operation, or the committed one asking for one field more.
    for (const text of ['{ __typename }', q4.replace('    townshipCount\n', '    townshipCount\n    level\n')]) {
      const refused = await post(gateway.url, text, q4Variables);
      expect(refused.status).toBe(400);
      expect(refused.errors).toEqual([
        {
          message: 'This gateway accepts only the operations of its safelist.',
          extensions: { code: 'OPERATION_NOT_IN_SAFELIST', requestId: expect.any(String) },
        },
      ]);
    }
  });

  it('accepts a committed operation’s hash alone at once, and an operation registered by its hash only if it is committed', async () => {
    const send = (sha256Hash: string, query?: string) =>
      postRaw(gateway.url, JSON.stringify({ query, variables: q4Variables, extensions: { persistedQuery: { version: 1, sha256Hash } } }), {
        'content-type': 'application/json',
      });
    const res = await send(createHash('sha256').update(q4).digest('hex'));
    const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(res.status).toBe(200);
    expect(body.errors?.every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')).toBe(true);
    // Not committed: registering it with its hash is refused, and its hash alone stays unknown.
    const other = '{ regions(first: 1) { totalCount } }';
    const otherHash = createHash('sha256').update(other).digest('hex');
    expect((await send(otherHash, other)).status).toBe(400);
    expect(((await (await send(otherHash)).json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toMatch(
      /PERSISTED_QUERY_NOT_FOUND|OPERATION_NOT_IN_SAFELIST/,
    );
  });
});
