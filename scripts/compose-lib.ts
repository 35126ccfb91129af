import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { addTypenameToDocument, print as apolloPrint } from '@apollo/client/utilities';
import { printExecutableGraphQLDocument } from '@graphql-tools/documents';
import { type GraphQLSchema, isAbstractType, isObjectType, parse, print, printSchema } from 'graphql';
import { type DocumentForm, type OperationManifest, sha256 } from '../gateway/trusted-documents.js';
import { printSubgraphSdl } from '../kit/federation.js';
import { SUBGRAPHS, type SubgraphName } from '../kit/topology.js';
import { loadSubgraphDefinitions } from '../subgraphs/index.js';

export const SCHEMA_DIR = fileURLToPath(new URL('../schema/', import.meta.url));

export interface ComposedSchema {
  /** File name under schema/ → contents. */
  files: Record<string, string>;
}

/** Prints every subgraph's SDL and composes the supergraph; throws on any composition error. */
export async function composeFromCode(): Promise<ComposedSchema> {
  const files: Record<string, string> = {};
  const services = [];
  const definitions = await loadSubgraphDefinitions();
  for (const { name, defaultPort } of SUBGRAPHS) {
    const sdl = printSubgraphSdl(await definitions[name as SubgraphName].buildSchema());
    files[`${name}.graphql`] = sdl;
    // Default routing URLs; the gateway overrides them from its config (FACILITIES_URL, …).
    services.push({ name, typeDefs: parse(sdl), url: `http://127.0.0.1:${defaultPort}/graphql` });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files['supergraph.graphql'] = result.supergraphSdl.endsWith('\n') ? result.supergraphSdl : `${result.supergraphSdl}\n`;
  const api = apiSchemaOf(result.supergraphSdl);
  files['api.graphql'] = `${API_HEADER}${printSchema(api)}\n`;
  files['possible-types.json'] = `${JSON.stringify(possibleTypesOf(api), null, 2)}\n`;
  files['type-policies.json'] = `${JSON.stringify(typePoliciesOf(api, result.supergraphSdl), null, 2)}\n`;
  files['operations/manifest.json'] = operationManifest();
  return { files };
}

const API_HEADER =
  '# The graph as clients see it: the API schema of schema/supergraph.graphql, without federation types\n' +
  '# or directives. Written by `npm run compose`; do not edit.\n' +
  '# For code generators (codegen.ts), editors and reviews of a change to the graph.\n\n';

/** The client-facing schema: what the gateway serves (the supergraph's API schema). */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/**
 * Apollo Client's `possibleTypes`: each interface and union with the object types that implement or
 * belong to it, so the cache matches fragments on `Venue` without asking the server.
 */
export function possibleTypesOf(schema: GraphQLSchema): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type) || type.name.startsWith('__')) continue;
    out[type.name] = schema
      .getPossibleTypes(type)
      .map((t) => t.name)
      .sort();
  }
  return out;
}

/**
 * Apollo Client's `typePolicies`, so its InMemoryCache needs no code of a front-end's own: an entity whose
 * federation key is not `id` is normalised by that key (`Region` by `code`); an object with no `id` and
 * no key (a summary, a rule, a connection, a point) lives inside its parent, and two operations that
 * select different fields of it merge them (`merge: true`) instead of one replacing the other.
 */
export function typePoliciesOf(schema: GraphQLSchema, supergraphSdl: string): Record<string, { keyFields?: string[]; merge?: true }> {
  const keys = new Map<string, string>();
  for (const m of supergraphSdl.matchAll(/^type (\w+)[^{]*?@join__type\(graph: \w+, key: "([^"]+)"/gms)) keys.set(m[1]!, m[2]!);
  const out: Record<string, { keyFields?: string[]; merge?: true }> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || ['Query', 'Mutation'].includes(type.name)) continue;
    const key = keys.get(type.name);
    if (key && key !== 'id') out[type.name] = { keyFields: key.split(/\s+/) };
    else if (!('id' in type.getFields())) out[type.name] = { merge: true };
  }
  return out;
}

/**
 * The trusted documents (gateway/trusted-documents.ts): every operation file of schema/operations/, in
 * each form a standard client sends it, under the SHA-256 of that text.
 */
function operationManifest(): string {
  const dir = path.join(SCHEMA_DIR, 'operations');
  const operations = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const document = parse(text);
      const name = /\b(?:query|mutation)\s+(\w+)/.exec(text)?.[1] ?? file;
      const forms: [DocumentForm, string][] = [
        ['file', text],
        ['printed', print(document)],
        // What Apollo Client 4 sends: its cache adds __typename, its print is graphql-js's.
        ['apollo-client', apolloPrint(addTypenameToDocument(document))],
        // GraphQL Code Generator's persisted document (client preset, no @client fields here).
        ['codegen', printExecutableGraphQLDocument(document)],
      ];
      return { name, file, documents: forms.map(([form, d]) => ({ form, sha256: sha256(d), document: d })) };
    });
  return `${JSON.stringify({ operations } satisfies OperationManifest, null, 2)}\n`;
}

/** The schema files that differ between the code and schema/ (names only). */
export function driftedFiles(composed: ComposedSchema, dir = SCHEMA_DIR): string[] {
  return Object.entries(composed.files)
    .filter(([file, text]) => {
      const p = path.join(dir, file);
      return !fs.existsSync(p) || fs.readFileSync(p, 'utf8') !== text;
    })
    .map(([file]) => file);
}
