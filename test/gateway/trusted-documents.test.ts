import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../kit/server.js';
import { ProvinceSocialWorkDocument } from '../../schema/generated/graphql.js';
import type { OperationManifest } from '../../gateway/trusted-documents.js';
import { gatewayInProcess } from '../helpers/gateway.js';
import { post } from '../helpers/graphql.js';

/**
 * Trusted documents (gateway/trusted-documents.ts, features/safelist.ts, features/persisted-documents.ts),
 * with `SAFELIST=true`, the way standard clients send them: Apollo Client 4 (its cache adds `__typename`,
 * its persisted-query link sends the hash first), GraphQL Code Generator's persisted documents
 * (`documentId`), and any layout of a committed operation. The subgraphs are down here: a trusted
 * operation runs and meets SUBGRAPH_UNAVAILABLE; anything else is refused before that.
 */

const read = (p: string) => fs.readFileSync(new URL(`../../schema/${p}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('operations/manifest.json')) as OperationManifest;
const persisted = JSON.parse(read('generated/persisted-documents.json')) as Record<string, string>;
const q4 = read('operations/q4-province-social-work.graphql');
const q4Variables = { province: '33', year: 2021 };
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let gateway: RunningServer;
/** What reached the gateway, as the clients sent it. */
const sent: { query?: string; documentId?: string; extensions?: { persistedQuery?: { sha256Hash: string } } }[] = [];
const recordingFetch: typeof fetch = async (input, init) => {
  sent.push(JSON.parse(String(init?.body)));
  return fetch(input, init);
};
beforeAll(async () => {
  gateway = await gatewayInProcess({ SAFELIST: 'true' });
});
afterAll(async () => gateway?.close());
beforeEach(() => {
  sent.length = 0;
});

const ranButSubgraphDown = (errors?: readonly { extensions?: Record<string, unknown> }[]) =>
  (errors ?? []).length > 0 && errors!.every((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');

describe('the manifest', () => {
  it('holds every committed operation in four forms, each under the SHA-256 of its text, and every codegen persisted document', () => {
    const files = fs.readdirSync(new URL('../../schema/operations/', import.meta.url)).filter((f) => f.endsWith('.graphql'));
    expect(manifest.operations.map((o) => o.file)).toEqual(files.sort());
    for (const o of manifest.operations) {
      expect(o.documents.map((d) => d.form)).toEqual(['file', 'printed', 'apollo-client', 'codegen']);
      for (const d of o.documents) expect(d.sha256).toBe(sha256(d.document));
      expect(o.documents[0]!.document).toBe(read(`operations/${o.file}`));
    }
    const hashes = new Set(manifest.operations.flatMap((o) => o.documents.map((d) => d.sha256)));
    for (const id of Object.keys(persisted)) expect(hashes.has(id.replace(/^sha256:/, '')), id).toBe(true);
  });
});

describe('Apollo Client 4 with an InMemoryCache', () => {
  const client = (link: ApolloLink) =>
    new ApolloClient({
      cache: new InMemoryCache({ possibleTypes: JSON.parse(read('possible-types.json')) }),
      link,
    });

  it('runs a committed operation as Apollo Client prints it (with __typename)', async () => {
    const result = await client(new HttpLink({ uri: gateway.url, fetch: recordingFetch })).query({
      query: parse(q4),
      variables: q4Variables,
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    });
    expect(sent[0]!.query).toContain('__typename');
    expect(ranButSubgraphDown(result.error ? (result.error as { errors?: [] }).errors : [])).toBe(true);
  });

  it('with the persisted-query link: sends the hash alone, and the gateway runs it without asking for the text', async () => {
    const link = ApolloLink.from([
      new PersistedQueryLink({ sha256: (text: string) => sha256(text) }),
      new HttpLink({ uri: gateway.url, fetch: recordingFetch }),
    ]);
    const result = await client(link).query({
      query: ProvinceSocialWorkDocument,
      variables: q4Variables,
      errorPolicy: 'all',
      fetchPolicy: 'network-only',
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.query).toBeUndefined();
    expect(sent[0]!.extensions?.persistedQuery?.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    expect(ranButSubgraphDown((result.error as { errors?: [] } | undefined)?.errors)).toBe(true);
  });
});

describe('GraphQL Code Generator’s persisted documents', () => {
  it('runs a documentId of persisted-documents.json, and refuses an unknown one with 400 PERSISTED_QUERY_NOT_FOUND', async () => {
    const [documentId] = Object.entries(persisted).find(([, d]) => d.startsWith('query ProvinceSocialWork'))!;
    const body = (id: string) => JSON.stringify({ documentId: id, variables: q4Variables });
    const headers = { 'content-type': 'application/json' };
    const ok = await fetch(gateway.url, { method: 'POST', headers, body: body(documentId) });
    expect(ok.status).toBe(200);
    expect(ranButSubgraphDown(((await ok.json()) as { errors?: [] }).errors)).toBe(true);
    for (const unknown of [`sha256:${'0'.repeat(64)}`, 'q4', '']) {
      const res = await fetch(gateway.url, { method: 'POST', headers, body: body(unknown) });
      expect(res.status, unknown).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
        'PERSISTED_QUERY_NOT_FOUND',
      );
    }
  });

  it('runs each form’s hash alone, the Apollo way', async () => {
    for (const d of manifest.operations.find((o) => o.name === 'ProvinceSocialWork')!.documents) {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ variables: q4Variables, extensions: { persistedQuery: { version: 1, sha256Hash: d.sha256 } } }),
      });
      expect(ranButSubgraphDown(((await res.json()) as { errors?: [] }).errors), d.form).toBe(true);
    }
  });
});

describe('any layout of a committed operation, and nothing else', () => {
  it('runs it reformatted, without its comments, with __typename added', async () => {
    const layouts = [
      q4.replace(/^#.*\n/gm, ''),
      q4.replace(/^#.*\n/gm, '').replace(/\n\s*/g, ' '),
      q4.replace('    townshipCount\n', '    townshipCount\n    __typename\n'),
    ];
    for (const text of layouts)
      expect(ranButSubgraphDown((await post(gateway.url, text, q4Variables)).errors), text.slice(0, 60)).toBe(true);
  });

  it('refuses one field more, an alias, or another operation with 400 OPERATION_NOT_IN_SAFELIST', async () => {
    for (const text of [
      q4.replace('    townshipCount\n', '    townshipCount\n    level\n'),
      q4.replace('    townshipCount\n', '    t: townshipCount\n'),
      q4.replace('    townshipCount\n', '    kind: __typename\n    townshipCount\n'),
      '{ regions(first: 100) { totalCount } }',
    ]) {
      const res = await post(gateway.url, text, q4Variables);
      expect(res.status).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_IN_SAFELIST');
    }
  });
});
