import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { type GraphQLSchema, parse } from 'graphql';

/**
 * The standard federation workload's four subgraphs, accounts, inventory, products and reviews, with
 * their static data: the subgraphs of the public graphql-gateways-benchmark
 * (https://github.com/graphql-hive/graphql-gateways-benchmark, MIT, © 2023 The Guild), whose Rust
 * originals (subgraphs/*.rs there) this file restates in TypeScript on @apollo/subgraph, keeping their
 * data and their behaviour to the byte, oddities included, so that its expected answer
 * (expected-response.json, from its k6.js) is this one's too:
 * - inventory resolves a Product from its `upc` alone and ignores the `price` and `weight` the gateway
 *   sends for `@requires`, so `shippingEstimate` is always null;
 * - reviews resolves every `Review.author` to user 1 "urigo" (the `username` it provides), and every
 *   `User.reviews` to the first two reviews, whoever the user.
 */

const FEDERATION =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@external", "@requires", "@provides", "@shareable"])';

interface User {
  id: string;
  name: string;
  username: string;
  birthday: number;
}

const USERS: User[] = [
  ['1', 'Uri Goldshtein', 'urigo'],
  ['2', 'Dotan Simha', 'dotansimha'],
  ['3', 'Kamil Kisiela', 'kamilkisiela'],
  ['4', 'Arda Tanrikulu', 'ardatan'],
  ['5', 'Gil Gardosh', 'gilgardosh'],
  ['6', 'Laurin Quast', 'laurin'],
].map(([id, name, username]) => ({ id: id!, name: name!, username: username!, birthday: 1234567890 }));

interface Product {
  upc: string;
  name: string;
  price: number;
  weight: number;
}

const PRODUCTS: Product[] = (
  [
    ['1', 'Table', 899, 100],
    ['2', 'Couch', 1299, 1000],
    ['3', 'Glass', 15, 20],
    ['4', 'Chair', 499, 100],
    ['5', 'TV', 1299, 1000],
    ['6', 'Lamp', 6999, 300],
    ['7', 'Grill', 3999, 2000],
    ['8', 'Fridge', 100000, 6000],
    ['9', 'Sofa', 9999, 800],
  ] as const
).map(([upc, name, price, weight]) => ({ upc, name, price, weight }));

/** inStock by upc (inventory's only data: it knows neither price nor weight). */
const IN_STOCK: Record<string, boolean> = { 1: true, 2: false, 3: false, 4: false, 5: true, 6: true, 7: true, 8: false, 9: true };

const LOREM =
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.';
const SED_UT =
  'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo. Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugi';
const SED_QUIA =
  'sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet, consectetur, adipisci velit, sed quia non numquam eius modi tempora incidunt ut labore et dolore magnam aliquam quaerat voluptatem.';
const UT_ENIM =
  'Ut enim ad minima veniam, quis nostrum exercitationem ullam corporis suscipit laboriosam, nisi ut aliquid ex ea commodi consequatur? Quis autem';
const AT_VERO =
  'At vero eos et accusamus et iusto odio dignissimos ducimus qui blanditiis praesentium voluptatum deleniti atque corrupti quos dolores et quas molestias excepturi sint occaecati cupiditate non provident, similique sunt in culpa qui officia deserunt mollitia animi, id est laborum et dolorum fuga. Et harum quidem rerum facilis est et expedita distinctio. Nam libero tempore, cum soluta nobis est eligendi optio cumque nihil impedit quo minus id quod maxime placeat facere possimus, omnis voluptas assumenda est, omnis dolor repellendus. Temporibus autem quibusdam et aut officiis debitis aut rerum necessitatibus saepe eveniet ut et voluptates repudiandae sint et molestiae non recusandae. Itaque earum rerum hic tenetur a sapiente delectus, ut aut reiciendis voluptatibus maiores alias consequatur aut perferendis doloribus asperiores repellat.';

interface Review {
  id: string;
  body: string;
  product: { upc: string };
}

const REVIEWS: Review[] = (
  [
    ['1', LOREM, '1'],
    ['2', SED_UT, '1'],
    ['3', SED_QUIA, '1'],
    ['4', UT_ENIM, '1'],
    ['5', LOREM, '2'],
    ['6', SED_UT, '2'],
    ['7', SED_QUIA, '2'],
    ['8', UT_ENIM, '2'],
    ['9', UT_ENIM, '3'],
    ['10', UT_ENIM, '4'],
    ['11', AT_VERO, '4'],
  ] as const
).map(([id, body, upc]) => ({ id, body, product: { upc } }));

/** What reviews answers for any user: the user with the first two reviews (`username` "user" unless provided). */
const reviewsUser = (id: string, username: string) => ({ id, username, reviews: REVIEWS.slice(0, 2) });

export type StandardSubgraphName = 'accounts' | 'inventory' | 'products' | 'reviews';

/** Each subgraph's SDL (Federation 2, the originals' fields and directives). */
export const STANDARD_SDL: Record<StandardSubgraphName, string> = {
  accounts: `type Query { me: User  user(id: ID!): User  users: [User] }
type User @key(fields: "id") { id: ID!  name: String  username: String @shareable  birthday: Int }`,
  inventory: `type Product @key(fields: "upc") {
  upc: String!  weight: Int @external  price: Int @external  inStock: Boolean
  shippingEstimate: Int @requires(fields: "price weight")
}`,
  products: `type Query { topProducts(first: Int = 5): [Product] }
type Product @key(fields: "upc") { upc: String!  name: String  price: Int  weight: Int }`,
  reviews: `type Review @key(fields: "id") { id: ID!  body: String  product: Product  author: User @provides(fields: "username") }
type User @key(fields: "id") { id: ID!  username: String @external  reviews: [Review] }
type Product @key(fields: "upc") { upc: String!  reviews: [Review] }`,
};

const RESOLVERS: Record<StandardSubgraphName, GraphQLResolverMap<unknown>> = {
  accounts: {
    Query: {
      me: () => USERS[0],
      user: (_: unknown, { id }: { id: string }) => USERS.find((u) => u.id === id) ?? null,
      users: () => USERS,
    },
    User: { __resolveReference: ({ id }: { id: string }) => USERS.find((u) => u.id === id) },
  },
  inventory: {
    Product: {
      // From the upc alone, as the original: price and weight stay unknown, and so does the estimate.
      __resolveReference: ({ upc }: { upc: string }) => ({ upc, inStock: IN_STOCK[upc], price: null, weight: null }),
      shippingEstimate: (p: { price: number | null; weight: number | null }) => {
        if (p.price === null) return null;
        if (p.price > 1000) return 0;
        return p.weight === null ? null : Math.trunc(p.weight / 2);
      },
    },
  },
  products: {
    Query: { topProducts: (_: unknown, { first }: { first: number }) => PRODUCTS.slice(0, Math.max(0, first)) },
    Product: { __resolveReference: ({ upc }: { upc: string }) => PRODUCTS.find((p) => p.upc === upc) },
  },
  reviews: {
    Review: {
      __resolveReference: ({ id }: { id: string }) => REVIEWS.find((r) => r.id === id),
      author: () => reviewsUser('1', 'urigo'),
    },
    User: { __resolveReference: ({ id }: { id: string }) => reviewsUser(id, 'user') },
    Product: {
      __resolveReference: ({ upc }: { upc: string }) => ({ upc }),
      reviews: ({ upc }: { upc: string }) => REVIEWS.filter((r) => r.product.upc === upc),
    },
  },
};

const typeDefs = (name: StandardSubgraphName) => parse(`${FEDERATION}\n${STANDARD_SDL[name]}`);

/** The four subgraphs' executable schemas, by name. */
export function standardSubgraphs(): Record<StandardSubgraphName, GraphQLSchema> {
  const names = Object.keys(STANDARD_SDL) as StandardSubgraphName[];
  return Object.fromEntries(
    names.map((name) => [name, buildSubgraphSchema({ typeDefs: typeDefs(name), resolvers: RESOLVERS[name] })]),
  ) as Record<StandardSubgraphName, GraphQLSchema>;
}

/** The supergraph of the four, each routed to `urlOf(name)`: what both gateways of the benchmark run on. */
export function standardSupergraph(urlOf: (name: StandardSubgraphName) => string): string {
  const result = composeServices(
    (Object.keys(STANDARD_SDL) as StandardSubgraphName[]).map((name) => ({ name, url: urlOf(name), typeDefs: typeDefs(name) })),
  );
  if (result.errors) throw new Error(`the standard subgraphs do not compose: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.supergraphSdl;
}
