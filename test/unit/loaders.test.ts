import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { connectionLoader, groupedLoader, keyedLoader } from '../../kit/loaders.js';
import type { Connection, Page } from '../../kit/pagination.js';

interface Site {
  id: string;
  name: string;
}

interface Space {
  id: string;
  siteId: string;
}

const SITES: Site[] = [
  { id: 'a', name: 'Site A' },
  { id: 'b', name: 'Site B' },
  { id: 'c', name: 'Site C' },
];

const SPACES: Space[] = [
  { id: 'x1', siteId: 'b' },
  { id: 'x2', siteId: 'a' },
  { id: 'x3', siteId: 'b' },
  { id: 'x4', siteId: 'c' },
  { id: 'x5', siteId: 'b' },
];

/** A fake fetch that records every call and answers in an order unrelated to the keys. */
function countingFetch<V>(rows: V[], match: (v: V, key: string) => boolean) {
  const calls: string[][] = [];
  const fetch = async (keys: readonly string[]): Promise<V[]> => {
    calls.push([...keys]);
    return [...rows].reverse().filter((r) => keys.some((k) => match(r, k)));
  };
  return { calls, fetch };
}

describe('keyedLoader', () => {
  it('batches N loads in one tick into ONE fetch with all keys, answering in key order', async () => {
    const { calls, fetch } = countingFetch(SITES, (s, k) => s.id === k);
    const loader = keyedLoader(fetch, (s) => s.id);
    const result = await Promise.all(['c', 'a', 'b'].map((k) => loader.load(k)));
    expect(calls).toEqual([['c', 'a', 'b']]);
    expect(result).toEqual([
      { id: 'c', name: 'Site C' },
      { id: 'a', name: 'Site A' },
      { id: 'b', name: 'Site B' },
    ]);
  });

  it('resolves a key without a row to null', async () => {
    const { calls, fetch } = countingFetch(SITES, (s, k) => s.id === k);
    const loader = keyedLoader(fetch, (s) => s.id);
    const result = await Promise.all([loader.load('zz'), loader.load('a'), loader.load('missing')]);
    expect(calls).toEqual([['zz', 'a', 'missing']]);
    expect(result).toEqual([null, { id: 'a', name: 'Site A' }, null]);
  });

  it('fetches a duplicate key once and gives it to every caller', async () => {
    const { calls, fetch } = countingFetch(SITES, (s, k) => s.id === k);
    const loader = keyedLoader(fetch, (s) => s.id);
    const result = await Promise.all(['a', 'b', 'a', 'a', 'b'].map((k) => loader.load(k)));
    expect(calls).toEqual([['a', 'b']]);
    expect(result.map((r) => r?.id)).toEqual(['a', 'b', 'a', 'a', 'b']);
  });

  it('batches 200 loads into one fetch; a later tick only fetches keys not seen yet', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ id: `k${String(i).padStart(3, '0')}`, name: `n${i}` }));
    const { calls, fetch } = countingFetch(rows, (s, k) => s.id === k);
    const loader = keyedLoader(fetch, (s) => s.id);
    const keys = rows.map((r) => r.id);
    const result = await Promise.all(keys.map((k) => loader.load(k)));
    expect(calls).toHaveLength(1);
    expect(calls[0]).toEqual(keys);
    expect(result).toEqual(rows);

    const again = await Promise.all([loader.load('k007'), loader.load('k999')]);
    expect(calls).toHaveLength(2);
    expect(calls[1]).toEqual(['k999']);
    expect(again).toEqual([{ id: 'k007', name: 'n7' }, null]);
  });
});

describe('groupedLoader', () => {
  it('batches N loads into ONE fetch and groups the rows by key, in key order', async () => {
    const { calls, fetch } = countingFetch(SPACES, (s, k) => s.siteId === k);
    const loader = groupedLoader(fetch, (s) => s.siteId);
    const result = await Promise.all(['c', 'b', 'a'].map((k) => loader.load(k)));
    expect(calls).toEqual([['c', 'b', 'a']]);
    // The fake answers in reverse order; each group keeps the order the fetch returned.
    expect(result).toEqual([
      [{ id: 'x4', siteId: 'c' }],
      [
        { id: 'x5', siteId: 'b' },
        { id: 'x3', siteId: 'b' },
        { id: 'x1', siteId: 'b' },
      ],
      [{ id: 'x2', siteId: 'a' }],
    ]);
  });

  it('resolves a key without rows to an empty list', async () => {
    const { calls, fetch } = countingFetch(SPACES, (s, k) => s.siteId === k);
    const loader = groupedLoader(fetch, (s) => s.siteId);
    const result = await Promise.all([loader.load('none'), loader.load('a')]);
    expect(calls).toEqual([['none', 'a']]);
    expect(result).toEqual([[], [{ id: 'x2', siteId: 'a' }]]);
  });

  it('fetches a duplicate key once', async () => {
    const { calls, fetch } = countingFetch(SPACES, (s, k) => s.siteId === k);
    const loader = groupedLoader(fetch, (s) => s.siteId);
    const result = await Promise.all(['a', 'a', 'c', 'a'].map((k) => loader.load(k)));
    expect(calls).toEqual([['a', 'c']]);
    expect(result.map((g) => g.map((s) => s.id))).toEqual([['x2'], ['x2'], ['x4'], ['x2']]);
  });
});

describe('connectionLoader', () => {
  function connectionOf(key: string, page: Page): Connection<{ key: string }> {
    return {
      edges: [{ cursor: `${key}-cursor`, node: { key } }],
      totalCount: 1,
      pageInfo: {
        hasNextPage: false,
        hasPreviousPage: page.afterKey !== null,
        startCursor: `${key}-cursor`,
        endCursor: `${key}-cursor`,
      },
    };
  }

  function countingPageFetch(known: readonly string[]) {
    const calls: { keys: string[]; page: Page }[] = [];
    const fetch = async (keys: readonly string[], page: Page) => {
      calls.push({ keys: [...keys], page: { ...page } });
      return new Map(keys.filter((k) => known.includes(k)).map((k) => [k, connectionOf(k, page)]));
    };
    return { calls, fetch };
  }

  it('batches keys asked for with the same page into ONE fetch, in key order', async () => {
    const { calls, fetch } = countingPageFetch(['a', 'b', 'c']);
    const load = connectionLoader(fetch);
    // Distinct but equal page objects belong to the same batch.
    const result = await Promise.all(['c', 'a', 'b', 'a'].map((k) => load(k, { first: 5, afterKey: null })));
    expect(calls).toEqual([{ keys: ['c', 'a', 'b'], page: { first: 5, afterKey: null } }]);
    expect(result.map((c) => c.edges.map((e) => e.node.key))).toEqual([['c'], ['a'], ['b'], ['a']]);
    expect(result[0]).toEqual(connectionOf('c', { first: 5, afterKey: null }));
  });

  it('keeps different pages (first or after) in separate fetches', async () => {
    const { calls, fetch } = countingPageFetch(['a', 'b', 'c']);
    const load = connectionLoader(fetch);
    const result = await Promise.all([
      load('a', { first: 2, afterKey: null }),
      load('b', { first: 2, afterKey: 'k5' }),
      load('c', { first: 3, afterKey: null }),
      load('b', { first: 2, afterKey: null }),
      load('c', { first: 2, afterKey: 'k5' }),
    ]);
    expect(calls).toHaveLength(3);
    expect(calls).toEqual([
      { keys: ['a', 'b'], page: { first: 2, afterKey: null } },
      { keys: ['b', 'c'], page: { first: 2, afterKey: 'k5' } },
      { keys: ['c'], page: { first: 3, afterKey: null } },
    ]);
    expect(result.map((c) => [c.edges[0]?.node.key, c.pageInfo.hasPreviousPage])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
      ['b', false],
      ['c', true],
    ]);
  });

  it('keeps a page with no cursor apart from a page after the empty key', async () => {
    // toPage never yields afterKey '' (it rejects an empty key), but the loader must not rely on that.
    const { calls, fetch } = countingPageFetch(['a']);
    const load = connectionLoader(fetch);
    const [noCursor, afterEmpty] = await Promise.all([load('a', { first: 2, afterKey: null }), load('a', { first: 2, afterKey: '' })]);
    expect(calls).toEqual([
      { keys: ['a'], page: { first: 2, afterKey: null } },
      { keys: ['a'], page: { first: 2, afterKey: '' } },
    ]);
    expect(noCursor.pageInfo.hasPreviousPage).toBe(false);
    expect(afterEmpty.pageInfo.hasPreviousPage).toBe(true);
  });

  it('gives a key the fetch did not answer an empty connection; hasPreviousPage follows afterKey', async () => {
    const { calls, fetch } = countingPageFetch(['a']);
    const load = connectionLoader(fetch);
    const [first, missing, missingAfter] = await Promise.all([
      load('a', { first: 4, afterKey: null }),
      load('zz', { first: 4, afterKey: null }),
      load('zz', { first: 4, afterKey: 'k1' }),
    ]);
    expect(calls).toHaveLength(2);
    expect(first.totalCount).toBe(1);
    expect(missing).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect(missingAfter).toEqual({
      edges: [],
      totalCount: 0,
      pageInfo: { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null },
    });
  });

  it('caches a key per page: asking again later does not fetch again', async () => {
    const { calls, fetch } = countingPageFetch(['a', 'b']);
    const load = connectionLoader(fetch);
    await Promise.all([load('a', { first: 1, afterKey: null }), load('b', { first: 1, afterKey: null })]);
    const again = await load('a', { first: 1, afterKey: null });
    expect(calls).toHaveLength(1);
    expect(again.edges[0]?.node.key).toBe('a');
  });
});
