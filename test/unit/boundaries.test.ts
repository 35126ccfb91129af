import fs from 'node:fs';
import { type ConstDirectiveNode, type DocumentNode, Kind, parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * A field another subgraph resolves can fail on its own (that subgraph dead or stalled): so it must be
 * nullable, or its null would take its parent with it (README "Failing parts"). Read from the
 * supergraph's join directives: a non-null field of a type that several subgraphs define must be
 * resolvable by each of them (keys, shareable fields); and every root field is nullable, since each is
 * its own fetch.
 */
function graphArg(d: ConstDirectiveNode): string | undefined {
  const v = d.arguments?.find((a) => a.name.value === 'graph')?.value;
  return v?.kind === Kind.ENUM ? v.value : undefined;
}

function isExternal(d: ConstDirectiveNode): boolean {
  const v = d.arguments?.find((a) => a.name.value === 'external')?.value;
  return v?.kind === Kind.BOOLEAN && v.value;
}

function nonNullAcrossBoundaries(doc: DocumentNode): string[] {
  const out: string[] = [];
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const typeGraphs = new Set((def.directives ?? []).filter((d) => d.name.value === 'join__type').map(graphArg));
    const root = def.name.value === 'Query' || def.name.value === 'Mutation';
    for (const f of def.fields ?? []) {
      if (f.type.kind !== Kind.NON_NULL_TYPE) continue;
      const own = (f.directives ?? []).filter((d) => d.name.value === 'join__field' && !isExternal(d)).map(graphArg);
      const resolvedBy = own.length ? new Set(own) : typeGraphs;
      const others = [...typeGraphs].filter((g) => !resolvedBy.has(g));
      if (root || others.length > 0)
        out.push(`${def.name.value}.${f.name.value}: ${print(f.type)} (resolved by ${[...resolvedBy].join(', ')})`);
    }
  }
  return out;
}

describe('nullability across subgraph boundaries', () => {
  it('no non-null field of the supergraph is resolved by another subgraph than one its parent may come from', () => {
    const supergraph = parse(fs.readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'));
    expect(nonNullAcrossBoundaries(supergraph)).toEqual([]);
  });

  it('the check finds such a field, and a non-null root field', () => {
    const doc = parse(`
      type Query @join__type(graph: A) @join__type(graph: B) { a: Int! @join__field(graph: A) b: Int @join__field(graph: B) }
      type Region @join__type(graph: A, key: "code") @join__type(graph: B, key: "code") {
        code: ID!
        name: String! @join__field(graph: A)
        stations: Int @join__field(graph: B)
        external: String! @join__field(graph: A, external: true) @join__field(graph: B)
      }
      type Local @join__type(graph: A) { x: Int! }
    `);
    expect(nonNullAcrossBoundaries(doc)).toEqual([
      'Query.a: Int! (resolved by A)',
      'Region.name: String! (resolved by A)',
      'Region.external: String! (resolved by B)',
    ]);
  });
});
