import type { Knex } from 'knex';
import { checkRegionPrefix } from './arguments.js';
import { encodeCursor } from './cursor.js';
import type { Connection, Page } from './pagination.js';

/** SQL for pages of lists: one statement for a page of each of many partitions, or one keyset page. */

export interface PartitionedPageQuery<Row> {
  knex: Knex;
  /** FROM/JOIN/WHERE and the selected columns of the rows; no ORDER BY or LIMIT. */
  base: Knex.QueryBuilder;
  /** The column of `base` matched against each partition value. */
  matchColumn: string;
  /** `prefix`: the column starts with the value (region subtrees); `equal`: it equals it. */
  match: 'prefix' | 'equal';
  partitions: readonly string[];
  /** A unique column selected by `base` (by its output name), that orders the list and keys cursors. */
  orderKey: string;
  page: Page;
  keyOf(row: Row): string;
}

interface Windowed {
  _part: string;
  _total: number | string;
  _rn: number | string;
}

/**
 * One page of rows for each of many partitions (e.g. the sites of each of 12 townships), in ONE SQL
 * statement: window functions number the rows within each partition and count them, so the
 * statement count does not grow with the number of partitions or rows.
 */
export async function pageByPartition<Row extends object>(q: PartitionedPageQuery<Row>): Promise<Map<string, Connection<Row>>> {
  const { knex, page } = q;
  const out = new Map<string, Connection<Row>>();
  if (q.partitions.length === 0) return out;
  const parts = q.partitions.map(() => 'SELECT CAST(? AS TEXT) AS part').join(' UNION ALL ');
  const on = q.match === 'prefix' ? prefixCondition(q.matchColumn, q.partitions) : `${quoteColumn(q.matchColumn)} = _parts.part`;
  const inner = q.base
    .clone()
    .joinRaw(`JOIN (${parts}) AS _parts ON ${on}`, [...q.partitions])
    .select(knex.raw('_parts.part AS _part'), knex.raw('COUNT(*) OVER (PARTITION BY _parts.part) AS _total'));
  const numbered = knex
    .select('*', knex.raw('ROW_NUMBER() OVER (PARTITION BY _part ORDER BY ??) AS _rn', [q.orderKey]))
    .from(inner.as('_t'));
  if (page.afterKey !== null) numbered.where(q.orderKey, '>', page.afterKey);
  const rows = (await knex
    .select('*')
    .from(numbered.as('_u'))
    .where('_rn', '<=', page.first + 1)
    .orderBy([{ column: '_part' }, { column: '_rn' }])) as (Row & Windowed)[];

  const byPart = new Map<string, (Row & Windowed)[]>();
  for (const row of rows) {
    const list = byPart.get(row._part) ?? [];
    list.push(row);
    byPart.set(row._part, list);
  }
  for (const part of q.partitions) {
    const list = byPart.get(part) ?? [];
    const pageRows = list.slice(0, page.first);
    const edges = pageRows.map((row) => {
      const { _part, _total, _rn, ...node } = row;
      void _part;
      void _total;
      void _rn;
      return { cursor: encodeCursor(q.keyOf(node as Row)), node: node as Row };
    });
    out.set(part, {
      edges,
      totalCount: list.length > 0 ? Number(list[0]!._total) : 0,
      pageInfo: {
        hasNextPage: list.length > page.first,
        hasPreviousPage: page.afterKey !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    });
  }
  // A partition with no row after the cursor (or first = 0) still needs its total: count those alone.
  const uncounted = q.partitions.filter((p) => !byPart.has(p));
  if (uncounted.length > 0 && (page.afterKey !== null || page.first === 0)) {
    const countParts = uncounted.map(() => 'SELECT CAST(? AS TEXT) AS part').join(' UNION ALL ');
    const counts = (await knex
      .select('_part')
      .count({ n: '*' })
      .from(
        q.base
          .clone()
          .joinRaw(`JOIN (${countParts}) AS _parts ON ${on}`, [...uncounted])
          .select(knex.raw('_parts.part AS _part'))
          .as('_c'),
      )
      .groupBy('_part')) as { _part: string; n: number | string }[];
    for (const c of counts) {
      const conn = out.get(c._part);
      if (conn) conn.totalCount = Number(c.n);
    }
  }
  return out;
}

/**
 * One page of a list ordered by two output columns of `matches` (a sort value, then a unique id), in
 * one statement: the total comes with the rows from a window function. Only a page past the end needs
 * a second statement to count.
 */
export async function keysetPage<Row extends object>(
  knex: Knex,
  q: { matches: Knex.QueryBuilder; orderBy: [string, string]; after: [Knex.Value, Knex.Value] | null; first: number },
): Promise<{ rows: Row[]; hasNextPage: boolean; totalCount: number }> {
  const [by, id] = q.orderBy;
  const page = knex.select('*').from(q.matches.clone().select(knex.raw('COUNT(*) OVER () AS _total')).as('_m'));
  if (q.after) {
    const [value, key] = q.after;
    page.where((w) => w.where(by, '>', value).orWhere((x) => x.where(by, '=', value).where(id, '>', key)));
  }
  const rows = (await page.orderBy([{ column: by }, { column: id }]).limit(q.first + 1)) as (Row & { _total: number | string })[];
  let totalCount = rows.length > 0 ? Number(rows[0]!._total) : 0;
  if (rows.length === 0 && (q.after || q.first === 0)) {
    totalCount = Number(((await knex.count({ n: '*' }).from(q.matches.clone().as('_c'))) as { n: number | string }[])[0]!.n);
  }
  return {
    rows: rows.slice(0, q.first).map(({ _total, ...row }) => {
      void _total;
      return row as unknown as Row;
    }),
    hasNextPage: rows.length > q.first,
    totalCount,
  };
}

/** `table.column` → `"table"."column"`, so PostgreSQL keeps its case as SQLite does. */
export function quoteColumn(column: string): string {
  if (!/^[A-Za-z_][\w]*(\.[A-Za-z_][\w]*)?$/.test(column)) throw new Error(`Not a column name: ${column}`);
  return column
    .split('.')
    .map((p) => `"${p}"`)
    .join('.');
}

/** The range of `prefixCondition` for one prefix given as a value: `column >= ? AND column < ?` with its bindings. */
export function prefixRange(column: string, prefix: string): { sql: string; bindings: string[] } {
  checkRegionPrefix('code', prefix);
  const c = quoteColumn(column);
  return { sql: `${c} >= ? AND ${c} < ?`, bindings: [prefix, `${prefix}:`] };
}

/**
 * The join condition "column starts with the partition's code prefix", for prefixes of digits only
 * (division codes): a range, `column >= prefix AND column < prefix || ':'` (':' sorts right after '9'),
 * which both databases answer from the column's index, unlike LIKE with a computed pattern, and in
 * which no character of a prefix is a wildcard.
 */
export function prefixCondition(column: string, prefixes: readonly string[]): string {
  for (const p of prefixes) {
    checkRegionPrefix('code', p);
  }
  const c = quoteColumn(column);
  return `${c} >= _parts.part AND ${c} < (_parts.part || ':')`;
}
