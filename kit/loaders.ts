import DataLoader from 'dataloader';
import type { Connection, Page } from './pagination.js';
import { pageKey } from './pagination.js';
import { isValidId } from './errors.js';

/**
 * DataLoader helpers. Loaders live for one request (created in the context factory), so their cache
 * never serves one caller's data to another or outlives a change.
 */

const MAX_BATCH = 500;

/**
 * Loads one item per key; a key without a row resolves to null. Keys that cannot be ids or codes (e.g.
 * from an `_entities` representation) resolve to null without reaching the database.
 */
export function keyedLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (v: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const valid = keys.filter(isValidId);
      const rows = valid.length ? await fetch(valid) : [];
      const byKey = new Map<K, V>(rows.map((r) => [keyOf(r), r]));
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** Loads the list of items that belong to each key (e.g. the spaces of each site). */
export function groupedLoader<K extends string, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  groupOf: (v: V) => K,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const rows = await fetch(keys);
      const groups = new Map<K, V[]>();
      for (const r of rows) {
        const g = groupOf(r);
        const list = groups.get(g);
        if (list) list.push(r);
        else groups.set(g, [r]);
      }
      return keys.map((k) => groups.get(k) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/**
 * Loads one value per key from a fetch that answers a whole batch as a map (e.g. figures by region
 * prefix, one GROUP BY); a key the map lacks gets `fallback`.
 */
export function mapLoader<V>(fetch: (keys: readonly string[]) => Promise<Map<string, V>>, fallback: V): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (keys) => {
      const values = await fetch(keys);
      return keys.map((k) => values.get(k) ?? fallback);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/**
 * Loads one page of a list for each key. Keys asked for with the same page arguments are batched
 * into one fetch (one DataLoader per distinct `first`/`after`).
 */
export function connectionLoader<V>(
  fetch: (keys: readonly string[], page: Page) => Promise<Map<string, Connection<V>>>,
): (key: string, page: Page) => Promise<Connection<V>> {
  const byPage = new Map<string, DataLoader<string, Connection<V>>>();
  return (key, page) => {
    const id = pageKey(page);
    let loader = byPage.get(id);
    if (!loader) {
      loader = new DataLoader<string, Connection<V>>(
        async (keys) => {
          const pages = await fetch(keys, page);
          return keys.map((k) => pages.get(k) ?? emptyConnection(page));
        },
        { maxBatchSize: MAX_BATCH },
      );
      byPage.set(id, loader);
    }
    return loader.load(key);
  };
}

function emptyConnection<V>(page: Page): Connection<V> {
  return {
    edges: [],
    totalCount: 0,
    pageInfo: { hasNextPage: false, hasPreviousPage: page.afterKey !== null, startCursor: null, endCursor: null },
  };
}
