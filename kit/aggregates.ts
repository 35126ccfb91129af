import type { Knex } from 'knex';
import { checkRegionPrefix } from './arguments.js';
import { quoteColumn } from './sql-pages.js';

/**
 * Aggregates (counts, sums) for each of many region subtrees in ONE SQL statement that reads each row
 * once: the rows under any of the prefixes are grouped by their region code cut to the longest prefix
 * length asked (and by `groupBy` columns, if any), and each prefix's figures are the sum of the groups
 * under it, added up here. So asking for the province and its 90 counties reads the province's rows
 * once (grouping by length, one pass per length, read them twice: q6 at province scale spent most of
 * its time there). Hence the aggregates must add up: COUNT and SUM, never MIN, MAX or AVG. The result
 * maps each prefix to its rows (one row without `groupBy`; with it, ordered by its columns); a prefix
 * with no rows is absent.
 */
export async function aggregateByPrefix<Row extends object>(q: {
  knex: Knex;
  /** FROM/JOIN/WHERE of the rows to aggregate; no SELECT. */
  base: Knex.QueryBuilder;
  /** The region-code column the prefixes are matched against. */
  matchColumn: string;
  prefixes: readonly string[];
  /** Output column → additive aggregate SQL expression, COUNT or SUM (with its bindings). */
  aggregates: Record<string, string | [string, readonly Knex.Value[]]>;
  /** Further grouping: output column → column of `base` (its values are returned as they are). */
  groupBy?: Record<string, string>;
  /**
   * Group at least this finely (a code length), and answer for each such group too: the figures of
   * every region of that length under the prefixes asked come at no extra cost (the one pass groups
   * by it anyway), for a caller that will be asked for them next (q6 asks the province, then its
   * counties).
   */
  alsoAt?: number;
}): Promise<Map<string, Row[]>> {
  const { knex } = q;
  const out = new Map<string, Row[]>();
  if (q.prefixes.length === 0) return out;
  for (const p of q.prefixes) {
    checkRegionPrefix('code', p);
  }
  const column = quoteColumn(q.matchColumn);
  const keys = Object.keys(q.groupBy ?? {});
  const aggregateKeys = Object.keys(q.aggregates);
  const asked = new Set(q.prefixes);
  const sorted = [...asked].sort();
  const byLength = new Map<number, string[]>();
  for (const p of sorted) byLength.set(p.length, [...(byLength.get(p.length) ?? []), p]);
  const finest = Math.max(...byLength.keys(), q.alsoAt ?? 0);
  // The range keeps the region-code index in use; the IN lists keep only the rows under some prefix.
  const under = [...byLength].map(([length, ps]) => `substr(${column}, 1, ${length}) IN (${ps.map(() => '?').join(', ')})`);
  const statement = q.base
    .clone()
    .select(knex.raw(`substr(${column}, 1, ${finest}) AS _part`))
    .whereRaw(`${column} >= ? AND ${column} < ?`, [sorted[0]!, `${sorted[sorted.length - 1]!}:`])
    .whereRaw(`(${under.join(' OR ')})`, [...byLength.values()].flat())
    .groupByRaw(`substr(${column}, 1, ${finest})`);
  for (const [alias, col] of Object.entries(q.groupBy ?? {})) statement.select(knex.raw('?? AS ??', [col, alias])).groupBy(col);
  for (const [alias, expr] of Object.entries(q.aggregates) as [string, string | [string, readonly Knex.Value[]]][]) {
    const [sql, bindings] = typeof expr === 'string' ? [expr, []] : expr;
    statement.select(knex.raw(`${sql} AS ??`, [...bindings, alias]));
  }
  const rows = (await statement) as (Record<string, unknown> & { _part: string })[];
  // Each group added to every prefix asked that it lies under, by its groupBy values.
  const sums = new Map<string, Map<string, Record<string, unknown>>>();
  const lengths = [...byLength.keys()];
  const { alsoAt } = q;
  if (alsoAt !== undefined && !byLength.has(alsoAt)) lengths.push(alsoAt);
  // A region of length alsoAt is answered for only when all of it was read: under a prefix asked that
  // is no longer (under a township asked alone, its county's figures would be that township's).
  const whole = alsoAt === undefined ? [] : [...byLength.keys()].filter((l) => l <= alsoAt);
  for (const row of rows) {
    const groupKey = JSON.stringify(keys.map((k) => row[k]));
    const extra = whole.some((l) => asked.has(row._part.slice(0, l)));
    for (const length of lengths) {
      const prefix = row._part.slice(0, length);
      if (!asked.has(prefix) && !(extra && length === alsoAt)) continue;
      let groups = sums.get(prefix);
      if (!groups) {
        groups = new Map();
        sums.set(prefix, groups);
      }
      let sum = groups.get(groupKey);
      if (!sum) {
        sum = Object.fromEntries([...keys.map((k) => [k, row[k]]), ...aggregateKeys.map((k) => [k, 0])]) as Record<string, unknown>;
        groups.set(groupKey, sum);
      }
      // PostgreSQL returns COUNT/SUM of integers as strings (bigint/numeric): make them numbers.
      for (const k of aggregateKeys) sum[k] = (sum[k] as number) + (row[k] === null ? 0 : Number(row[k]));
    }
  }
  for (const [prefix, groups] of sums) {
    const list = [...groups.values()];
    list.sort((a, b) => {
      for (const k of keys) {
        const x = String(a[k]);
        const y = String(b[k]);
        if (x !== y) return x < y ? -1 : 1;
      }
      return 0;
    });
    out.set(prefix, list as Row[]);
  }
  return out;
}
