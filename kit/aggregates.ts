import type { Knex } from 'knex';
import { checkRegionPrefix } from './arguments.js';
import { quoteColumn } from './sql-pages.js';

/**
 * Aggregates (counts, sums) for each of many region subtrees in ONE SQL statement: the rows of `base`
 * are grouped by their region code cut to each prefix length (and by `groupBy` columns, if any), so
 * asking for 11 cities or 90 counties costs the same one statement. The result maps each
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
  for (const p of q.prefixes) {
    checkRegionPrefix('code', p);
  }
  const column = quoteColumn(q.matchColumn);
  const keys = Object.keys(q.groupBy ?? {});
  // One branch per prefix length, grouped by the code cut to that length: each branch reads the rows
  // once, whatever the number of prefixes (a join to the list of prefixes by range made SQLite read
  // them once per prefix). The branches are one statement (UNION ALL).
  const byLength = new Map<number, string[]>();
  for (const p of new Set(q.prefixes)) byLength.set(p.length, [...(byLength.get(p.length) ?? []), p]);
  const branches = [...byLength].map(([length, prefixes]) => {
    const sorted = [...prefixes].sort();
    const branch = q.base
      .clone()
      .select(knex.raw(`substr(${column}, 1, ${length}) AS _part`))
      .whereRaw(`${column} >= ? AND ${column} < ?`, [sorted[0]!, `${sorted[sorted.length - 1]!}:`])
      .whereRaw(`substr(${column}, 1, ${length}) IN (${sorted.map(() => '?').join(', ')})`, sorted)
      .groupByRaw(`substr(${column}, 1, ${length})`);
    for (const [alias, col] of Object.entries(q.groupBy ?? {})) branch.select(knex.raw('?? AS ??', [col, alias])).groupBy(col);
    for (const [alias, expr] of Object.entries(q.aggregates) as [string, string | [string, readonly Knex.Value[]]][]) {
      const [sql, bindings] = typeof expr === 'string' ? [expr, []] : expr;
      branch.select(knex.raw(`${sql} AS ??`, [...bindings, alias]));
    }
    return branch.toSQL();
  });
  const order = ['_part', ...keys].map((k) => knex.raw('??', [k]).toQuery()).join(', ');
  const query = knex.raw(
    `SELECT * FROM (${branches.map((b) => b.sql).join(' UNION ALL ')}) AS _agg ORDER BY ${order}`,
    branches.flatMap((b) => b.bindings as Knex.Value[]),
  );
  const result = (await query) as unknown;
  // better-sqlite3 answers knex.raw with the rows, pg with a result object holding them.
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as (Record<string, unknown> & { _part: string })[];
  for (const row of rows) {
    const { _part, ...values } = row;
    // PostgreSQL returns COUNT/SUM of integers as strings (bigint/numeric): make them numbers.
    const typed = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, keys.includes(k) ? v : v === null ? 0 : Number(v)])) as Row;
    const list = out.get(_part);
    if (list) list.push(typed);
    else out.set(_part, [typed]);
  }
  return out;
}
