import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { type DocumentNode, Kind, parse, print, visit } from 'graphql';

/**
 * The trusted documents: schema/operations/manifest.json, written by `npm run compose` from the committed
 * operations (schema/operations/*.graphql). Each operation is there in every form a standard client
 * sends it, under the SHA-256 of that exact text, the key of Apollo's persisted queries
 * (`extensions.persistedQuery.sha256Hash`) and of GraphQL Code Generator's persisted documents
 * (`documentId: "sha256:…"`):
 *
 * - `file`: the file's text, as `fetch` or curl sends it;
 * - `printed`: graphql-js `print` of it (comments and layout gone), as most clients print a parsed document;
 * - `apollo-client`: printed after Apollo Client's cache added `__typename` to every selection set, the
 *   text (and the hash) Apollo Client 4 with an InMemoryCache sends;
 * - `codegen`: GraphQL Code Generator's client preset's persisted-document text (selections sorted).
 *
 * Any other layout of a committed operation is recognised by its canonical form (`canonicalHash`).
 * gateway/features/persisted-documents.ts runs a committed operation sent by its hash alone;
 * gateway/features/safelist.ts, with `SAFELIST=true`, runs nothing else.
 */

export type DocumentForm = 'file' | 'printed' | 'apollo-client' | 'codegen';

export interface OperationManifest {
  operations: {
    name: string;
    file: string;
    documents: { form: DocumentForm; sha256: string; document: string }[];
  }[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** `__typename` where a client added it (no alias, no arguments, no directives): not part of what an operation asks. */
function withoutTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    Field(node) {
      if (node.name.value === '__typename' && !node.alias && !node.arguments?.length && !node.directives?.length) return null;
      return undefined;
    },
  });
}

/**
 * The SHA-256 of a document's canonical form (parsed, `__typename` fields a client adds removed,
 * printed by graphql-js), or null for a document that does not parse. Two texts of one operation that
 * differ only in layout, comments or added `__typename`s have the same one.
 */
export function canonicalHash(source: string): string | null {
  let document: DocumentNode;
  try {
    document = parse(source, { noLocation: true });
  } catch {
    return null;
  }
  if (document.definitions.some((d) => d.kind !== Kind.OPERATION_DEFINITION && d.kind !== Kind.FRAGMENT_DEFINITION)) return null;
  return sha256(print(withoutTypename(document)));
}

export interface TrustedDocuments {
  /** Document text by the SHA-256 of that text, for every form of every operation. */
  byHash: ReadonlyMap<string, string>;
  /** The canonical hash of every operation. */
  canonical: ReadonlySet<string>;
  /** Is `source` one of the operations, in any form? */
  isTrusted(source: string): boolean;
  /** The operations' names (`RegionOverview`…). */
  names: readonly string[];
}

export function loadTrustedDocuments(manifestPath: string): TrustedDocuments {
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')) as OperationManifest;
  const byHash = new Map<string, string>();
  const canonical = new Set<string>();
  for (const operation of manifest.operations) {
    for (const d of operation.documents) {
      if (sha256(d.document) !== d.sha256) throw new Error(`${manifestPath}: ${operation.file} (${d.form}) does not match its sha256`);
      byHash.set(d.sha256, d.document);
      const c = canonicalHash(d.document);
      if (c) canonical.add(c);
    }
  }
  return {
    byHash,
    canonical,
    names: manifest.operations.map((o) => o.name),
    isTrusted: (source) => byHash.has(sha256(source)) || canonical.has(canonicalHash(source) ?? ''),
  };
}
