import 'reflect-metadata';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../kit/db.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, toPage, type Connection, type Page } from '../../kit/pagination.js';
import { encodeCursor } from '../../kit/cursor.js';
import { pageByPartition, prefixCondition } from '../../kit/sql-pages.js';
import { describeBackends } from '../helpers/backends.js';
import { createTestDatabases, type TestDatabases } from '../helpers/databases.js';

function badInputOf(fn: () => unknown): GraphQLError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(GraphQLError);
    return e as GraphQLError;
  }
  throw new Error('expected a GraphQLError, nothing was thrown');
}

describe('encodeCursor', () => {
  it('encodes a key as base64url of "k:<key>"', () => {
    expect(encodeCursor('abc')).toBe('azphYmM');
    expect(encodeCursor('i01')).toBe('azppMDE');
  });

  it('round-trips through toPage, for ASCII and non-ASCII keys', () => {
    for (const key of ['330106002', '北山街道', 'a/b+c=d', 'with space']) {
      expect(toPage({ first: 3, after: encodeCursor(key) })).toEqual({ first: 3, afterKey: key });
    }
  });
});

describe('toPage', () => {
  it('defaults to 20 items and no cursor', () => {
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(toPage({})).toEqual({ first: 20, afterKey: null });
    expect(toPage({ first: null, after: null })).toEqual({ first: 20, afterKey: null });
  });

  it('accepts 0 and MAX_PAGE_SIZE', () => {
    expect(MAX_PAGE_SIZE).toBe(100);
    expect(toPage({ first: 0 })).toEqual({ first: 0, afterKey: null });
    expect(toPage({ first: 100 })).toEqual({ first: 100, afterKey: null });
  });

  it.each([101, 1000, -1, 1.5, Number.NaN])('rejects first = %s as BAD_USER_INPUT on "first"', (first) => {
    const err = badInputOf(() => toPage({ first }));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.argument).toBe('first');
    expect(err.message).toContain('Invalid argument "first"');
  });

  it.each([
    ['garbage', 'not-a-cursor!'],
    ['empty string', ''],
    ['wrong prefix', Buffer.from('x:i01').toString('base64url')],
    ['no prefix', Buffer.from('i01').toString('base64url')],
    ['padded', `${encodeCursor('i01')}=`],
    ['last character altered', `${encodeCursor('abc').slice(0, -1)}N`],
    ['invalid UTF-8 key', Buffer.concat([Buffer.from('k:'), Buffer.from([0xff, 0xfe])]).toString('base64url')],
    // 'A' appended decodes to the key "abc\u0000": never a key of any list, and PostgreSQL rejects
    // a NUL in a text parameter, so accepting it turns a bad argument into an internal error.
    ['character appended (key with NUL)', `${encodeCursor('abc')}A`],
    ['standard base64 alphabet', Buffer.from('k:??>').toString('base64')],
  ])('rejects a malformed or tampered after (%s) as BAD_USER_INPUT on "after"', (_label, after) => {
    const err = badInputOf(() => toPage({ first: 5, after }));
    expect(err.extensions.code).toBe('BAD_USER_INPUT');
    expect(err.extensions.argument).toBe('after');
  });
});

interface Item {
  id: string;
  region_code: string;
}

// Ids order the list; region codes spread the rows over several prefixes, interleaved.
const ITEMS: Item[] = [
  { id: 'i01', region_code: '330101' },
  { id: 'i02', region_code: '330201' },
  { id: 'i03', region_code: '330102' },
  { id: 'i04', region_code: '330101' },
  { id: 'i05', region_code: '330301' },
  { id: 'i06', region_code: '330202' },
  { id: 'i07', region_code: '330102' },
  { id: 'i08', region_code: '330101' },
  { id: 'i09', region_code: '330201' },
  { id: 'i10', region_code: '330103' },
];

const idsOf = (prefix: string) => ITEMS.filter((i) => i.region_code.startsWith(prefix)).map((i) => i.id);
const item = (id: string) => ITEMS.find((i) => i.id === id)!;

describeBackends('pageByPartition on %s', (backend) => {
  let dbs: TestDatabases;
  let db: Database;

  beforeAll(async () => {
    dbs = await createTestDatabases(backend, ['facilities']);
    db = openDatabase(dbs.urls.facilities, { subgraph: 'facilities' });
    await db.knex.schema.createTable('items', (t) => {
      t.string('id').primary();
      t.string('region_code').notNullable();
    });
    // Inserted out of id order, so the order of the result cannot come from insertion.
    await db.knex('items').insert([...ITEMS].reverse());
  });

  afterAll(async () => {
    await db?.close();
    await dbs?.drop();
  });

  /** Runs one pageByPartition call and counts the SQL statements it runs. */
  async function run(match: 'prefix' | 'equal', partitions: string[], page: Page) {
    let statements = 0;
    const onQuery = () => {
      statements++;
    };
    db.knex.on('query', onQuery);
    try {
      const result = await pageByPartition<Item>({
        knex: db.knex,
        base: db.knex('items').select('id', 'region_code'),
        matchColumn: 'region_code',
        match,
        partitions,
        orderKey: 'id',
        page,
        keyOf: (row) => row.id,
      });
      return { result, statements };
    } finally {
      db.knex.removeListener('query', onQuery);
    }
  }

  function connection(ids: string[], totalCount: number, hasNextPage: boolean, hasPreviousPage: boolean): Connection<Item> {
    return {
      edges: ids.map((id) => ({ cursor: encodeCursor(id), node: item(id) })),
      totalCount,
      pageInfo: {
        hasNextPage,
        hasPreviousPage,
        startCursor: ids.length ? encodeCursor(ids[0]!) : null,
        endCursor: ids.length ? encodeCursor(ids[ids.length - 1]!) : null,
      },
    };
  }

  it('answers one page per prefix partition, with totals, in ONE statement', async () => {
    const { result, statements } = await run('prefix', ['3301', '3302', '3303', '3399'], { first: 2, afterKey: null });
    expect([...result.keys()]).toEqual(['3301', '3302', '3303', '3399']);
    expect(result.get('3301')).toEqual(connection(['i01', 'i03'], 6, true, false));
    expect(result.get('3302')).toEqual(connection(['i02', 'i06'], 3, true, false));
    expect(result.get('3303')).toEqual(connection(['i05'], 1, false, false));
    expect(result.get('3399')).toEqual(connection([], 0, false, false));
    expect(statements).toBe(1);
  });

  it('lets prefix partitions overlap (a city and one of its counties)', async () => {
    const { result, statements } = await run('prefix', ['33', '3301', '330101'], { first: 3, afterKey: null });
    expect(result.get('33')).toEqual(connection(['i01', 'i02', 'i03'], 10, true, false));
    expect(result.get('3301')).toEqual(connection(['i01', 'i03', 'i04'], 6, true, false));
    expect(result.get('330101')).toEqual(connection(['i01', 'i04', 'i08'], 3, false, false));
    expect(statements).toBe(1);
  });

  it('answers one page per partition with match "equal" (no prefix matching)', async () => {
    const { result, statements } = await run('equal', ['330101', '330201', '3301', '330999'], { first: 2, afterKey: null });
    expect(result.get('330101')).toEqual(connection(['i01', 'i04'], 3, true, false));
    expect(result.get('330201')).toEqual(connection(['i02', 'i09'], 2, false, false));
    expect(result.get('3301')).toEqual(connection([], 0, false, false));
    expect(result.get('330999')).toEqual(connection([], 0, false, false));
    expect(statements).toBe(1);
  });

  it('visits every row of each partition once, in order, following endCursor', async () => {
    for (const prefix of ['3301', '3302', '3303']) {
      const seen: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 10; i++) {
        const page = toPage({ first: 2, after });
        const { result, statements } = await run('prefix', [prefix], page);
        const conn = result.get(prefix)!;
        expect(statements).toBe(1);
        expect(conn.totalCount).toBe(idsOf(prefix).length);
        expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
        seen.push(...conn.edges.map((e) => e.node.id));
        if (!conn.pageInfo.hasNextPage) break;
        after = conn.pageInfo.endCursor;
      }
      expect(seen).toEqual(idsOf(prefix));
    }
  });

  it('pages all partitions after a cursor in ONE statement when none is empty after it', async () => {
    const { result, statements } = await run('prefix', ['3301', '3302', '3303'], toPage({ first: 2, after: encodeCursor('i04') }));
    expect(result.get('3301')).toEqual(connection(['i07', 'i08'], 6, true, true));
    expect(result.get('3302')).toEqual(connection(['i06', 'i09'], 3, false, true));
    expect(result.get('3303')).toEqual(connection(['i05'], 1, false, true));
    expect(statements).toBe(1);
  });

  it('keeps the total of a partition with no rows left after the cursor (at most two statements)', async () => {
    const { result, statements } = await run('prefix', ['3301', '3302', '3303', '3399'], toPage({ first: 10, after: encodeCursor('i06') }));
    expect(result.get('3301')).toEqual(connection(['i07', 'i08', 'i10'], 6, false, true));
    expect(result.get('3302')).toEqual(connection(['i09'], 3, false, true));
    expect(result.get('3303')).toEqual(connection([], 1, false, true));
    expect(result.get('3399')).toEqual(connection([], 0, false, true));
    expect(statements).toBeGreaterThanOrEqual(1);
    expect(statements).toBeLessThanOrEqual(2);
  });

  it('returns the totals with first = 0, in ONE statement when no partition is empty', async () => {
    const { result, statements } = await run('prefix', ['3301', '3302', '3303'], toPage({ first: 0 }));
    expect(result.get('3301')).toEqual(connection([], 6, true, false));
    expect(result.get('3302')).toEqual(connection([], 3, true, false));
    expect(result.get('3303')).toEqual(connection([], 1, true, false));
    expect(statements).toBe(1);

    const withEmpty = await run('equal', ['330101', '330999'], toPage({ first: 0 }));
    expect(withEmpty.result.get('330101')).toEqual(connection([], 3, true, false));
    expect(withEmpty.result.get('330999')).toEqual(connection([], 0, false, false));
    expect(withEmpty.statements).toBeLessThanOrEqual(2);
  });

  it('returns the totals for an after past the end of every partition', async () => {
    const { result, statements } = await run('prefix', ['3301', '3302', '3303', '3399'], toPage({ first: 5, after: encodeCursor('i99') }));
    expect(result.get('3301')).toEqual(connection([], 6, false, true));
    expect(result.get('3302')).toEqual(connection([], 3, false, true));
    expect(result.get('3303')).toEqual(connection([], 1, false, true));
    expect(result.get('3399')).toEqual(connection([], 0, false, true));
    expect(statements).toBeLessThanOrEqual(2);

    const zero = await run('equal', ['330101'], toPage({ first: 0, after: encodeCursor('i99') }));
    expect(zero.result.get('330101')).toEqual(connection([], 3, false, true));
    expect(zero.statements).toBeLessThanOrEqual(2);
  });

  it('runs no statement for no partitions', async () => {
    const { result, statements } = await run('prefix', [], { first: 5, afterKey: null });
    expect(result.size).toBe(0);
    expect(statements).toBe(0);
  });
});

describe('prefix matching', () => {
  it('treats prefixes as digits only: a wildcard or an empty prefix is BAD_USER_INPUT, never "match all"', async () => {
    for (const bad of ['', '%', '33_1', '33%', "33' OR 1=1", '3'.repeat(13)]) {
      let code: unknown;
      try {
        prefixCondition('t.code', [bad]);
      } catch (e) {
        code = (e as { extensions?: { code?: string } }).extensions?.code;
      }
      expect(code, JSON.stringify(bad)).toBe('BAD_USER_INPUT');
    }
    expect(prefixCondition('t.region_code', ['3301'])).toBe(
      `"t"."region_code" >= _parts.part AND "t"."region_code" < (_parts.part || ':')`,
    );
  });
});
