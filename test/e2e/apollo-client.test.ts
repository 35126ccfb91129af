import fs from 'node:fs';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { parse } from 'graphql';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { bearer } from '../helpers/auth.js';
import { describeBackends } from '../helpers/backends.js';
import { op } from '../helpers/operations.js';
import { type SharedFederation, sharedFederation } from '../helpers/shared.js';

/**
 * Every committed read operation through Apollo Client 4 with an InMemoryCache configured only by what
 * the repository ships (schema/possible-types.json, schema/type-policies.json), all in one cache, as a
 * front-end's pages share one: no warning from the cache, and the second run of each is answered from
 * the cache without a request.
 */
const schema = (file: string) => JSON.parse(fs.readFileSync(new URL(`../../schema/${file}`, import.meta.url), 'utf8'));
const READS = fs
  .readdirSync(new URL('../../schema/operations/', import.meta.url))
  .filter((f) => f.endsWith('.graphql'))
  .map((f) => f.replace(/\.graphql$/, ''))
  .filter((name) => /^\s*query\b/m.test(op(name).query));

describeBackends('Apollo Client 4 over the federation on %s', (backend) => {
  let fed: SharedFederation;
  let requests = 0;
  const warnings: string[] = [];
  beforeAll(async () => {
    fed = sharedFederation(backend);
    for (const level of ['warn', 'error'] as const)
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        warnings.push(args.map(String).join(' '));
      });
  });
  afterAll(() => vi.restoreAllMocks());

  it('runs the 12 committed read operations into one cache without a warning, then each again from the cache alone', async () => {
    expect(READS).toHaveLength(12);
    const client = new ApolloClient({
      cache: new InMemoryCache({ possibleTypes: schema('possible-types.json'), typePolicies: schema('type-policies.json') }),
      link: new HttpLink({
        uri: fed.gatewayUrl,
        headers: await bearer({ sub: 'apollo-client-admin', role: 'admin' }),
        fetch: (input, init) => {
          requests++;
          return fetch(input, init);
        },
      }),
    });
    const first = new Map<string, unknown>();
    for (const name of READS) {
      const { query, variables } = op(name);
      const result = await client.query({ query: parse(query), variables, fetchPolicy: 'network-only' });
      expect(result.error, name).toBeUndefined();
      first.set(name, result.data);
    }
    expect(requests).toBe(12);
    const fetchedAgain: string[] = [];
    for (const name of READS) {
      const { query, variables } = op(name);
      const before = requests;
      const again = await client.query({ query: parse(query), variables, fetchPolicy: 'cache-first' });
      if (requests !== before) fetchedAgain.push(name);
      expect(again.data, name).toEqual(first.get(name));
    }
    expect(fetchedAgain, 'operations not answered from the cache the second time').toEqual([]);
    expect(warnings).toEqual([]);
  });
});
