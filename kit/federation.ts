import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse, type GraphQLSchema } from 'graphql';
import type { Identity } from './identity.js';
import { type AuthChecker, buildSchema, type ClassType, createResolversMap, type NonEmptyArray } from 'type-graphql';

/** The federation directives a subgraph may use; each must be imported through `@link`. */
export const FEDERATION_DIRECTIVES = [
  '@key',
  '@shareable',
  '@external',
  '@requires',
  '@provides',
  '@interfaceObject',
  '@inaccessible',
  '@tag',
] as const;

export const FEDERATION_VERSION = 'v2.7';

export interface FederatedSchemaOptions {
  resolvers: NonEmptyArray<ClassType>;
  /** Types not reachable from a resolver, e.g. entity stubs only referenced by key. */
  orphanedTypes?: ClassType[];
  /** `__resolveReference` (and other federation-only resolvers), by type name. */
  referenceResolvers?: Record<string, Record<string, unknown>>;
  /** Checks `@Authorized` fields (see kit/access.ts). */
  authChecker?: AuthChecker<{ identity: Identity }>;
}

/**
 * type-graphql classes → an Apollo Federation 2 subgraph schema. type-graphql builds the schema, its
 * SDL is printed with directives (plain printSchema would drop `@key`), and @apollo/subgraph adds
 * `_service`, `_entities` and the federation types.
 */
export async function buildFederatedSchema(options: FederatedSchemaOptions): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: options.authChecker,
    authMode: 'error',
    // Entity stubs and subgraphs without a Query root are valid in federation.
    skipCheck: true,
  });
  const link = `extend schema @link(url: "https://specs.apollo.dev/federation/${FEDERATION_VERSION}", import: [${FEDERATION_DIRECTIVES.map((d) => `"${d}"`).join(', ')}])`;
  const resolvers = createResolversMap(schema) as Record<string, object>;
  for (const [typeName, extra] of Object.entries(options.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...resolvers[typeName], ...extra };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${link}\n${printSchemaWithDirectives(schema)}`),
    resolvers: resolvers as never,
  });
}

/** The subgraph's SDL as composition sees it, federation directives included. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
