import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { Knex } from 'knex';
import { checkRegionPrefix } from './arguments.js';
import { badInput } from './errors.js';

/** Relay-style pagination: `first`/`after`, `pageInfo`, `totalCount`; keyset cursors over a unique key. */

import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE };

@ObjectType('PageInfo', { description: 'Where a page stands in its list. 分页信息。' })
// Every subgraph defines PageInfo identically, so it must be shareable.
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page. 是否有下一页。' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede this page (an `after` cursor was given). 是否有上一页。' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page. 本页首项游标。' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page. 本页末项游标。' })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 0 to ${MAX_PAGE_SIZE}. 每页条数。`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor. 游标之后。' })
  after?: string | null;
}

export interface Page {
  first: number;
  /** The sort key the page starts after, decoded from the cursor. */
  afterKey: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}

/** A sort key: any text without control characters (a NUL would even fail in PostgreSQL). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pattern exists to refuse control characters.
const CURSOR_KEY = /^[^\u0000-\u001f\u007f]{1,200}$/u;

function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith('k:') || !CURSOR_KEY.test(text.slice(2)) || encodeCursor(text.slice(2)) !== cursor) {
    throw badInput('after', 'a cursor returned by this list', cursor);
  }
  return text.slice(2);
}

/** Validates `first`/`after` into a page; bad values are BAD_USER_INPUT errors. */
export function toPage(args: PageArgs): Page {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput('first', `an integer from 0 to ${MAX_PAGE_SIZE}`, args.first);
  }
  return { first, afterKey: args.after == null ? null : decodeCursor(args.after) };
}

/** Identifies a page's arguments, e.g. to batch only the loads that ask for the same page. */
export function pageKey(page: Page): string {
  return JSON.stringify([page.first, page.afterKey]);
}

/** The GraphQL connection and edge types for one item type. */
export function connectionTypes<T extends object>(Item: abstract new () => T, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `${description} (one edge)` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item. 游标。' })
    cursor!: string;

    @Field(() => Item, { description: 'The item. 条目。' })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items of this page, each with its cursor. 本页条目。' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page stands in the list. 分页信息。' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Items in the whole list, all pages. 总数。' })
    totalCount!: number;
  }

  return ConnectionType;
}

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

/** A connection from one keyset page: the edges (with their cursors), the total and where the page stands. */
export function keysetConnection<E extends { cursor: string }>(
  edges: E[],
  page: { hasNextPage: boolean; totalCount: number },
  hadAfter: boolean,
) {
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: hadAfter,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** A two-part cursor key `value|id`, made by keysetConnection's callers; null if the key is not one. */
export function splitKey(key: string): [string, string] | null {
  const bar = key.indexOf('|');
  return bar > 0 && bar < key.length - 1 ? [key.slice(0, bar), key.slice(bar + 1)] : null;
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
