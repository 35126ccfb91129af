import 'reflect-metadata';
import { buildSubgraphSchema, printSubgraphSchema } from '@apollo/subgraph';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { isInterfaceType, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { type Guard, whoMayRead } from './access.js';
import type { Identity } from './identity.js';
import { type AuthChecker, buildSchema, type ClassType, createResolversMap, getMetadataStorage, type NonEmptyArray } from 'type-graphql';

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
  inDeclarationOrder();
  const schema = await buildSchema({
    resolvers: options.resolvers,
    orphanedTypes: options.orphanedTypes,
    authChecker: options.authChecker,
    authMode: 'error',
    // Entity stubs and subgraphs without a Query root are valid in federation.
    skipCheck: true,
  });
  sayWhoMayRead(schema);
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

/**
 * Ends the description of each `@Guarded` field (kit/access.ts) with who may read it, so that a client
 * learns it from the schema before meeting a FORBIDDEN error. The printed SDL carries descriptions, not
 * extensions, so this is done on the built schema before it is printed.
 */
function sayWhoMayRead(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const visibility = field.extensions?.visibility as Guard | undefined;
      if (!visibility) continue;
      const sentence = whoMayRead(visibility);
      if (field.description?.includes(sentence)) continue;
      field.description = withSentence(field.description ?? '', sentence);
    }
  }
}

/** Descriptions read "English. 中文。": an English sentence goes before the Chinese. */
function withSentence(description: string, sentence: string): string {
  const chinese = description.search(/ [\u3400-\u9fff][^ ]*$/);
  if (chinese < 0) return description ? `${description} ${sentence}` : sentence;
  return `${description.slice(0, chinese)} ${sentence}${description.slice(chinese)}`;
}

/**
 * A field's arguments in the order its resolver declares its parameters (the naming scheme puts the
 * required ones first and the page last: README "Naming scheme"). type-graphql lists them in the order
 * their decorators ran, and TypeScript runs parameter decorators last parameter first, so `calendar(from,
 * to)` would read `calendar(to, from)`. Calling a resolver does not depend on this order (type-graphql
 * sorts by index there too), only the schema's listing does.
 */
function inDeclarationOrder(): void {
  getMetadataStorage().params.sort((a, b) => a.index - b.index);
}

/** The subgraph's SDL as composition sees it, federation directives included. */
export function printSubgraphSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
