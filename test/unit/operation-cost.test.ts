import fs from 'node:fs';
import { buildSchema, type DocumentNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, FIELD_WORK, operationCost, PLAIN_LIST_SIZE, useCost } from '../../gateway/features/cost.js';

/**
 * operationCost over a small schema shaped like the real one (connections with `first`, plain lists,
 * a long list `Region.children`), each expected number worked out by hand in the test's comment.
 */
const schema = buildSchema(`
  type Query {
    region(code: String!): Region
    regions(first: Int, after: String): RegionConnection!
  }
  type Mutation {
    book(spaceId: ID!): Booking
  }
  type Subscription {
    booked: Booking
  }
  type RegionConnection { edges: [RegionEdge!]! totalCount: Int! }
  type RegionEdge { cursor: String! node: Region! }
  type Region {
    code: String!
    name: String!
    children: [Region!]!
    tags: [Tag!]!
    sites(first: Int): SiteConnection!
  }
  type Tag { name: String! }
  type SiteConnection { edges: [SiteEdge!]! totalCount: Int! }
  type SiteEdge { node: Site! }
  type Site { id: ID! spaces: [Space!]! }
  type Space { id: ID! }
  type Booking { id: ID! space: Space }
`);

function cost(source: string, variables: Record<string, unknown> = {}, operationName?: string): number {
  const document: DocumentNode = parse(source);
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? ops.find((o) => o.name?.value === operationName) : ops[0];
  if (!operation) throw new Error(`no operation ${operationName}`);
  return operationCost(schema, document, operation, variables);
}

describe('operationCost', () => {
  it('counts one object per object field, nothing for scalars', () => {
    // region 1 (code, name are scalars)
    expect(cost('{ region(code: "33") { code name } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('counts a plain list as PLAIN_LIST_SIZE items and a long list as its own size', () => {
    expect(PLAIN_LIST_SIZE).toBe(10);
    // region 1 + tags 1×10
    expect(cost('{ region(code: "33") { tags { name } } }')).toBe(11);
    // region 1 + children 1×40 (Region.children is a long list)
    expect(cost('{ region(code: "33") { children { code } } }')).toBe(41);
    // region 1 + children 40 + grandchildren 40×40 + their tags 1600×10
    expect(cost('{ region(code: "33") { children { children { tags { name } } } } }')).toBe(1 + 40 + 1600 + 16_000);
  });

  it('counts a page of `first` items, edges and node adding nothing of their own beyond one per item', () => {
    // regions 5 + edges 5×1 + node 5×1
    expect(cost('{ regions(first: 5) { edges { cursor node { code } } } }')).toBe(15);
    // regions 5, totalCount is a scalar
    expect(cost('{ regions(first: 5) { totalCount } }')).toBe(5);
  });

  it('multiplies nested lists: pages within pages within plain lists', () => {
    // regions 2, edges 2, node 2, sites 2×3 = 6, edges 6, node 6, spaces 6×10 = 60
    const q = '{ regions(first: 2) { edges { node { sites(first: 3) { edges { node { id spaces { id } } } } } } } }';
    expect(cost(q)).toBe(2 + 2 + 2 + 6 + 6 + 6 + 60);
  });

  it('takes `first` as a literal: absent is the default 20, huge is clamped to 100, negative to 0', () => {
    expect(cost('{ regions { totalCount } }')).toBe(20);
    expect(cost('{ regions(first: 0) { edges { node { code } } } }')).toBe(0);
    expect(cost('{ regions(first: 100) { totalCount } }')).toBe(100);
    expect(cost('{ regions(first: 1000000) { totalCount } }')).toBe(100);
    expect(cost('{ regions(first: -5) { edges { node { tags { name } } } } }')).toBe(0);
  });

  it('does not let a negative page pay for the rest of the operation', () => {
    // a: 0 (clamped from −50); b: regions 10 + edges 10 + node 10 + tags 100
    const q = `{ a: regions(first: -50) { edges { node { tags { name } } } }
                 b: regions(first: 10) { edges { node { tags { name } } } } }`;
    expect(cost(q)).toBe(130);
    // With a negative variable too, and a nested negative page under a positive one.
    expect(cost('query($n: Int) { regions(first: 4) { edges { node { sites(first: $n) { totalCount } } } } }', { n: -1000 })).toBe(12);
  });

  it('takes `first` from a variable: the value sent, else its default, else 20; clamped and truncated', () => {
    const q = 'query($n: Int) { regions(first: $n) { edges { node { code } } } }';
    expect(cost(q, { n: 7 })).toBe(21);
    expect(cost(q, {})).toBe(60); // no value, no default: 20 × 3
    expect(cost(q, { n: null })).toBe(60); // null is the default page too
    expect(cost(q, { n: -3 })).toBe(0);
    expect(cost(q, { n: 5000 })).toBe(300);
    expect(cost(q, { n: 2.9 })).toBe(6);
    expect(cost(q, { n: 'ten' })).toBe(300); // not a number: counted as the largest page
    const withDefault = 'query($n: Int = 3) { regions(first: $n) { edges { node { code } } } }';
    expect(cost(withDefault, {})).toBe(9);
    expect(cost(withDefault, { n: 4 })).toBe(12); // the value sent wins over the default
    expect(cost('query($n: Int = -9) { regions(first: $n) { totalCount } }', {})).toBe(0);
    expect(cost('query($n: Int = 900) { regions(first: $n) { totalCount } }', {})).toBe(100);
  });

  it('counts inline fragments, with and without a type condition, at the multiplier of their place', () => {
    // regions 3, edges 3, node 3; then per node: tags 10 (inline on Region), children 40 (bare inline)
    const q = '{ regions(first: 3) { edges { node { ... on Region { tags { name } } ... { children { code } } } } } }';
    expect(cost(q)).toBe(9 + 30 + 120);
  });

  it('counts named fragments, each spread, nested spreads and spreads in inline fragments', () => {
    // regions 4, edges 4, node 4; fragment R per node: tags 10 + children 40 → 4 × 50
    const one = `query { regions(first: 4) { edges { node { ...R } } } }
                 fragment R on Region { tags { name } children { code } }`;
    expect(cost(one)).toBe(12 + 200);
    // The same fragment spread twice in two places: region 1 + R(50) and regions 2, edges 2, node 2 + 2 × R(50)
    const twice = `{ region(code: "33") { ...R } regions(first: 2) { edges { node { ...R } } } }
                   fragment R on Region { tags { name } children { code } }`;
    expect(cost(twice)).toBe(1 + 50 + 6 + 100);
    // A spread inside a fragment: Outer → sites(first: 5) 5 + edges 5 + node 5 + Inner: spaces 5 × 10
    const nested = `{ region(code: "33") { ...Outer } }
                    fragment Outer on Region { sites(first: 5) { edges { node { ...Inner } } } }
                    fragment Inner on Site { spaces { id } }`;
    expect(cost(nested)).toBe(1 + 15 + 50);
    // A spread inside an inline fragment
    expect(cost('{ region(code: "33") { ... on Region { ...T } } } fragment T on Region { tags { name } }')).toBe(11);
    // An unknown fragment costs nothing (validation refuses it anyway)
    expect(cost('{ region(code: "33") { ...Missing } }')).toBe(1);
  });

  it('counts a mutation from the mutation root, and nothing for a subscription', () => {
    // book 1 + space 1
    expect(cost('mutation { book(spaceId: "s") { id space { id } } }')).toBe(2);
    expect(cost('subscription { booked { space { id } } }')).toBe(0);
    // Not priced as the mutation of the same name either.
    expect(cost('subscription { book(spaceId: "s") { id space { id } } }')).toBe(0);
  });

  it('finds `first` among other arguments; a `first` that is neither an Int nor a variable is the largest page', () => {
    // regions 5 + edges 5 + node 5, whatever the order of the arguments
    expect(cost('{ regions(after: "c", first: 5) { edges { node { code } } } }')).toBe(15);
    expect(cost('{ regions(first: 5, after: "c") { edges { node { code } } } }')).toBe(15);
    expect(cost('{ regions(first: "5") { totalCount } }')).toBe(100);
    expect(cost('{ regions(first: 2.5) { totalCount } }')).toBe(100);
  });

  it('skips a field the type does not have (validation refuses it anyway)', () => {
    expect(cost('{ nowhere { edges { node { code } } } region(code: "33") { tags { name } } }')).toBe(11);
  });

  it('costs the chosen operation of a document with several', () => {
    const doc = `query Small { region(code: "33") { code } }
                 query Big { regions(first: 50) { edges { node { tags { name } } } } }`;
    expect(cost(doc, {}, 'Small')).toBe(1);
    expect(cost(doc, {}, 'Big')).toBe(150 + 500);
  });
});

describe('the cost limit (useCost)', () => {
  async function check(maxCost: number | undefined, source: string, variables: Record<string, unknown> = {}) {
    const feature = useCost(maxCost === undefined ? {} : { maxCost });
    const plugin = feature.plugins?.[0] as unknown as {
      requestDidStart(): Promise<{ didResolveOperation(ctx: unknown): Promise<void> }>;
    };
    const listeners = await plugin.requestDidStart();
    const document = parse(source);
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    return listeners.didResolveOperation({ document, operation, request: { variables }, schema });
  }

  it('is 500,000 by default, named "cost"', () => {
    expect(DEFAULTS.maxCost).toBe(500_000);
    expect(useCost().name).toBe('cost');
  });

  it('leaves a request without a resolved operation to operation-resolution.ts', async () => {
    const feature = useCost({ maxCost: 10 });
    const plugin = feature.plugins?.[0] as unknown as {
      requestDidStart(): Promise<{ didResolveOperation(ctx: unknown): Promise<void> }>;
    };
    const listeners = await plugin.requestDidStart();
    await expect(
      listeners.didResolveOperation({ document: parse('{ a } { b }'), operation: undefined, request: { variables: {} }, schema }),
    ).resolves.toBeUndefined();
  });

  it('accepts an operation costing exactly the limit and refuses one object more', async () => {
    // regions(first: $n) { edges { node } }: 3n
    const q = 'query($n: Int) { regions(first: $n) { edges { node { code } } } }';
    await expect(check(30, q, { n: 10 })).resolves.toBeUndefined();
    await expect(check(29, q, { n: 10 })).rejects.toThrow('Operation cost 30 exceeds the limit of 29');
  });

  it('refuses over the default limit of 500,000', async () => {
    // region 1, children 40, children 1,600, children 64,000, tags 640,000 → 705,641
    const over = '{ region(code: "33") { children { children { children { tags { name } } } } } }';
    await expect(check(undefined, over)).rejects.toThrow('Operation cost 705641 exceeds the limit of 500000');
    // region 1, children 40, children 1,600, children 64,000 → 65,641: under
    await expect(check(undefined, '{ region(code: "33") { children { children { children { code } } } } }')).resolves.toBeUndefined();
  });

  it('a negative page does not pay for an operation over the limit (it costs 0, not less)', async () => {
    // neg: 0 (clamped from −1,000,000; unclamped it would be −3,000,000); the rest 705,641 as above
    const q = `{ neg: regions(first: -1000000) { edges { node { code } } }
                 region(code: "33") { children { children { children { tags { name } } } } } }`;
    await expect(check(undefined, q)).rejects.toThrow('Operation cost 705641 exceeds the limit of 500000');
    await expect(
      check(undefined, `query($n: Int) { byVariable: regions(first: $n) { totalCount } ${q.slice(1)}`, { n: -1e9 }),
    ).rejects.toThrow('Operation cost 705641');
  });
});

describe('the work of searches, free slots and aggregates, over the real schema', () => {
  const api = buildSchema(fs.readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));
  const costOf = (source: string, variables: Record<string, unknown> = {}) => {
    const document = parse(source);
    return operationCost(api, document, document.definitions[0] as OperationDefinitionNode, variables);
  };

  it("a month's utilisation weighs by the subtree it sums: the province's 15 times is refused, a county's is not", () => {
    const months = (code: string, n: number) =>
      `{ region(code: "${code}") { ${Array.from({ length: n }, (_, i) => `m${i}: spaceUtilisation(month: "2026-${String((i % 12) + 1).padStart(2, '0')}") { rate }`).join(' ')} } }`;
    // a region (1) + 15 × (its list of 10 + the work)
    expect(costOf(months('33', 15))).toBe(1 + 15 * (10 + 100_000));
    expect(costOf(months('33', 15))).toBeGreaterThan(DEFAULTS.maxCost);
    expect(costOf(months('3301', 15))).toBe(1 + 15 * (10 + 10_000));
    expect(costOf(months('330106', 15))).toBe(1 + 15 * (10 + 1_000));
    expect(costOf(months('330106001', 1))).toBe(1 + 10 + 100);
    // The level from `regions(level:)` (a variable and its default too), one level down through `children`.
    const page =
      'query($l: RegionLevel = COUNTY) { regions(level: $l, first: 100) { edges { node { spaceUtilisation(month: "2026-11") { rate } } } } }';
    expect(costOf(page)).toBe(100 + 100 + 100 + 100 * (10 + 1_000)); // page, edges, nodes, 100 × (list + county work)
    expect(costOf(page, { l: 'TOWNSHIP' })).toBe(300 + 100 * (10 + 100));
    expect(costOf(page, { l: 'CITY' })).toBeGreaterThan(DEFAULTS.maxCost); // 100 cities asked for: ask first: 11
    const children = '{ region(code: "3301") { children { spaceUtilisation(month: "2026-11") { rate } } } }';
    expect(costOf(children)).toBe(1 + 40 + 40 * (10 + 1_000)); // a city's children are counties
    // A region whose level is not said counts as the province: a parent, a site's region, `regions` without level.
    expect(costOf('{ region(code: "330106") { parent { spaceUtilisation(month: "2026-11") { rate } } } }')).toBe(1 + 1 + 10 + 100_000);
    expect(costOf('{ regions(first: 1) { edges { node { spaceUtilisation(month: "2026-11") { rate } } } } }')).toBe(3 + 10 + 100_000);
    expect(costOf('{ region(code: "3") { spaceUtilisation(month: "2026-11") { rate } } }')).toBe(1 + 10 + 100_000);
  });

  it('15 province-wide searches of 100 rooms, each with 7 days of free slots, cost 2,149,500: refused', () => {
    const search = (i: number) =>
      `s${i}: findSpaces(from: "2027-03-17T09:00:00+08:00", to: "2027-03-17T10:00:00+08:00", first: 100) { edges { node { freeSlots(date: "2027-03-17", days: 7) { startsAt } } } }`;
    const hostile = `{ ${Array.from({ length: 15 }, (_, i) => search(i)).join(' ')} }`;
    // objects 15 × (a page of 100 + 100 edges + 100 rooms + 1,000 slots) = 19,500; work 15 × 2,000 + 1,500 rooms × 7 days × 200 = 2,130,000
    expect(costOf(hostile)).toBe(2_149_500);
    expect(costOf(hostile)).toBeGreaterThan(DEFAULTS.maxCost);
    expect(FIELD_WORK['Space.freeSlots']!({ days: 7, regionDigits: null })).toBe(1_400);
    // days from a variable, its default, and out of range (clamped to 1–7)
    const one = (days: string) => `query($d: Int = 3) { space(id: "s") { freeSlots(date: "2027-03-17", days: ${days}) { startsAt } } }`;
    expect([costOf(one('$d')), costOf(one('$d'), { d: 5 }), costOf(one('99')), costOf(one('0'))]).toEqual([
      1 + 10 + 600,
      1 + 10 + 1_000,
      1 + 10 + 1_400,
      1 + 10 + 200,
    ]);
  });

  it('every committed operation stays within the default limit, with its own variables', () => {
    const dir = new URL('../../schema/operations/', import.meta.url);
    const costs = Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => {
          const name = f.replace(/\.graphql$/, '');
          const variables = JSON.parse(fs.readFileSync(new URL(`${name}.variables.json`, dir), 'utf8'));
          return [name, costOf(fs.readFileSync(new URL(f, dir), 'utf8'), variables)];
        }),
    );
    for (const [name, c] of Object.entries(costs)) expect(c, name).toBeLessThanOrEqual(DEFAULTS.maxCost);
    expect(costs['q1-find-space']).toBeGreaterThan(2_000); // the search's own work counts
  });
});
