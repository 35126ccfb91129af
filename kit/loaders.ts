import DataLoader from 'dataloader';
import type { Connection, Page } from './pagination.js';
import { pageKey } from './pagination.js';
import { isValidId } from './arguments.js';

/**
 * DataLoader helpers. Loaders live for one request (created in the context factory), so their cache
 * never serves one caller's data to another or outlives a change.
 */

export const MAX_BATCH = 500;

/**
 * Loads one item per key; a key without a row resolves to null. Keys that cannot be ids or codes (e.g.
 * from an `_entities` representation) resolve to null without reaching the database.
 */
export function keyedLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, keyOf: (v: V) => K): DataLoader<K, V | null> {
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

/** Items grouped by a key, in their order (Node 20 has no `Map.groupBy`). */
export function groupBy<K, V>(items: Iterable<V>, keyOf: (v: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const item of items) {
    const k = keyOf(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Loads the list of items that belong to each key (e.g. the spaces of each site). */
export function groupedLoader<K extends string, V>(fetch: (keys: readonly K[]) => Promise<V[]>, groupOf: (v: V) => K): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const groups = groupBy(await fetch(keys), groupOf);
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

/**
 * One loader per distinct set of arguments (e.g. per time window), made on first use and kept for the
 * request: fields with the same arguments on many parents still batch into one statement.
 */
export function loaderFamily<A, L>(keyOf: (args: A) => string, make: (args: A) => L): (args: A) => L {
  const made = new Map<string, L>();
  return (args) => {
    const key = keyOf(args);
    let loader = made.get(key);
    if (!loader) {
      loader = make(args);
      made.set(key, loader);
    }
    return loader;
  };
}
