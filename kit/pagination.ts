import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import { decodeCursor } from './cursor.js';
import { badInput } from './errors.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './page-size.js';

/**
 * Relay-style pagination, its GraphQL side: `first`/`after`, `pageInfo`, `totalCount`, the connection
 * types, and pages as the data layer fills them (kit/sql-pages.ts builds the SQL; kit/cursor.ts the cursors).
 */

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
