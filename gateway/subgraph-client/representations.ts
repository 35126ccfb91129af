import type { GraphQLDataSource } from '@apollo/gateway';

/** A subgraph's answer as @apollo/gateway's executor gets it from a data source. */
export type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * Each distinct entity representation once per fetch. @apollo/gateway's executor sends one
 * representation for every object at a fetch's path, however many of them are the same entity (the
 * standard benchmark's TestQuery sends 465 where 27 differ); the subgraph resolves each, and the gateway
 * parses and merges each answer. Apollo Router and Hive Gateway send each distinct one once and fan the
 * answers back out; this does the same around the executor, which is left as it is: the subgraph gets the
 * distinct representations (in order of first appearance), and the executor gets `_entities` in its own
 * order, one per representation it made, and each error once for every position of its entity.
 */
export interface Deduplicated {
  /** The distinct representations, in order of first appearance: what the subgraph is sent. */
  unique: unknown[];
  /** For each of the executor's representations, the index of its distinct one. */
  slot: number[];
}

/**
 * A representation's identity as text. The executor builds every representation of a fetch from the
 * same selection, so equal entities give equal text (two that differ only in key order would merely be
 * sent twice). A flat one (the usual key of scalars) is written out field by field, each string prefixed
 * with its length so that no value can pass for another, at about half the cost of JSON.stringify (465
 * of them a TestQuery); one with an object inside (a composite key) is JSON.
 */
function keyOf(representation: unknown): string {
  if (representation === null || typeof representation !== 'object') return JSON.stringify(representation) ?? 'undefined';
  let key = '';
  for (const field in representation) {
    const v = (representation as Record<string, unknown>)[field];
    if (typeof v === 'string') key += `${field}\u0000${v.length}:${v}`;
    else if (v === null || typeof v !== 'object') key += `${field}\u0001${String(v)},`;
    else return JSON.stringify(representation);
  }
  return key;
}

/** The representations made distinct, or null when there is nothing to gain (none, or all distinct already). */
export function deduplicate(representations: unknown): Deduplicated | null {
  if (!Array.isArray(representations) || representations.length < 2) return null;
  const index = new Map<string, number>();
  const unique: unknown[] = [];
  const slot = new Array<number>(representations.length);
  for (let i = 0; i < representations.length; i++) {
    const key = keyOf(representations[i]);
    let k = index.get(key);
    if (k === undefined) {
      k = unique.length;
      index.set(key, k);
      unique.push(representations[i]);
    }
    slot[i] = k;
  }
  return unique.length === representations.length ? null : { unique, slot };
}

/**
 * The subgraph's answer to the distinct representations, as the executor expects the answer to all of
 * them: `_entities[i]` is the answer for its representation i (a shallow copy where an entity repeats,
 * since the executor writes `__typename` and rewrites into the objects it gets), and an error at
 * `["_entities", k, …]` is repeated at the path of every representation of entity k. An answer without
 * an `_entities` list is passed on as it is (the executor reports it).
 */
export function fanOut(response: GatewayGraphQLResponse, { unique, slot }: Deduplicated): GatewayGraphQLResponse {
  const entities = (response.data as { _entities?: unknown } | null | undefined)?._entities;
  let data = response.data;
  if (Array.isArray(entities) && entities.length === unique.length) {
    const given = new Array<boolean>(unique.length).fill(false);
    const all = slot.map((k) => {
      const e = entities[k];
      if (!given[k] || e === null || typeof e !== 'object') {
        given[k] = true;
        return e;
      }
      return { ...(e as object) };
    });
    data = { ...response.data, _entities: all };
  }
  let errors = response.errors;
  if (errors?.some((e) => e.path?.[0] === '_entities' && typeof e.path[1] === 'number')) {
    const positions: number[][] = unique.map(() => []);
    for (let i = 0; i < slot.length; i++) positions[slot[i]!]!.push(i);
    errors = errors.flatMap((e) => {
      const k = e.path?.[0] === '_entities' ? e.path[1] : undefined;
      if (typeof k !== 'number' || !positions[k]) return [e];
      return positions[k]!.map((i) => ({ ...e, path: ['_entities', i, ...e.path!.slice(2)] }));
    });
  }
  return data === response.data && errors === response.errors ? response : { ...response, data, errors };
}
