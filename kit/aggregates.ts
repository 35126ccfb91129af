import type { Knex } from 'knex';
import { prefixCondition } from './pagination.js';

/**
 * Aggregates (counts, sums) for each of many region subtrees in ONE SQL statement: the rows of `base`
 * are joined to the list of region-code prefixes and grouped by prefix (and by `groupBy` columns, if
 * any), so asking for 11 cities or 90 counties costs the same one statement. The result maps each
 * prefix to its rows (one row without `groupBy`); a prefix with no rows is absent.
 */
export async function aggregateByPrefix<Row extends object>(q: {
  knex: Knex;
  /** FROM/JOIN/WHERE of the rows to aggregate; no SELECT. */
  base: Knex.QueryBuilder;
  /** The region-code column the prefixes are matched against. */
  matchColumn: string;
  prefixes: readonly string[];
  /** Output column → aggregate SQL expression (with its bindings). */
  aggregates: Record<string, string | [string, readonly Knex.Value[]]>;
  /** Further grouping: output column → column of `base` (its values are returned as they are). */
  groupBy?: Record<string, string>;
}): Promise<Map<string, Row[]>> {
  const { knex } = q;
  const out = new Map<string, Row[]>();
  if (q.prefixes.length === 0) return out;
  const parts = q.prefixes.map(() => 'SELECT CAST(? AS TEXT) AS part').join(' UNION ALL ');
  const query = q.base
    .clone()
    .joinRaw(`JOIN (${parts}) AS _parts ON ${prefixCondition(q.matchColumn, q.prefixes)}`, [...q.prefixes])
    .select(knex.raw('_parts.part AS _part'))
    .groupBy('_parts.part');
  const keys = Object.keys(q.groupBy ?? {});
  for (const [alias, column] of Object.entries(q.groupBy ?? {})) {
    query.select(knex.raw('?? AS ??', [column, alias])).groupBy(column).orderBy(column);
  }
  for (const [alias, expr] of Object.entries(q.aggregates) as [string, string | [string, readonly Knex.Value[]]][]) {
    const [sql, bindings] = typeof expr === 'string' ? [expr, []] : expr;
    query.select(knex.raw(`${sql} AS ??`, [...bindings, alias]));
  }
  for (const row of (await query) as (Record<string, unknown> & { _part: string })[]) {
    const { _part, ...values } = row;
    // PostgreSQL returns COUNT/SUM of integers as strings (bigint/numeric): make them numbers.
    const typed = Object.fromEntries(
      Object.entries(values).map(([k, v]) => [k, keys.includes(k) ? v : v === null ? 0 : Number(v)]),
    ) as Row;
    const list = out.get(_part);
    if (list) list.push(typed);
    else out.set(_part, [typed]);
  }
  return out;
}
