import fs from 'node:fs';
import {
  buildSchema,
  getNamedType,
  isObjectType,
  type GraphQLObjectType,
  type GraphQLSchema,
  Kind,
  parse,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';

/**
 * Apollo Client normalises an object by its `id` (or the `keyFields` of schema/type-policies.json):
 * every committed operation must select that key wherever it selects such an object, or the cache
 * cannot store it ("Missing field while extracting keyFields") or stores it under its parent, where
 * another operation's answer overwrites it.
 */
const read = (p: string) => fs.readFileSync(new URL(`../../schema/${p}`, import.meta.url), 'utf8');
const api: GraphQLSchema = buildSchema(read('api.graphql'));
const typePolicies = JSON.parse(read('type-policies.json')) as Record<string, { keyFields?: string[] | false; merge?: boolean }>;

/** The fields an object type is normalised by, or null for a value object (stored inside its parent). */
function keyOf(type: GraphQLObjectType): string[] | null {
  const policy = typePolicies[type.name];
  if (policy?.keyFields === false) return null;
  if (policy?.keyFields) return policy.keyFields;
  return 'id' in type.getFields() ? ['id'] : null;
}

function missingKeys(source: string): string[] {
  const missing: string[] = [];
  const typeInfo = new TypeInfo(api);
  visit(
    parse(source),
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node) {
        const parent = getNamedType(typeInfo.getType() ?? typeInfo.getParentType());
        if (!parent || !isObjectType(parent) || ['Query', 'Mutation'].includes(parent.name)) return;
        const selected = new Set(node.selections.flatMap((s) => (s.kind === Kind.FIELD && !s.alias ? [s.name.value] : [])));
        for (const key of keyOf(parent) ?? []) if (!selected.has(key)) missing.push(`${parent.name}.${key}`);
      },
    }),
  );
  return missing;
}

describe('the committed operations select what Apollo Client normalises by', () => {
  const files = fs.readdirSync(new URL('../../schema/operations/', import.meta.url)).filter((f) => f.endsWith('.graphql'));
  it.each(files)('%s', (file) => {
    expect(missingKeys(read(`operations/${file}`))).toEqual([]);
  });

  it('the check finds a missing key', () => {
    expect(missingKeys('{ region(code: "33") { name children { code name } } }')).toEqual(['Region.code']);
    expect(missingKeys('{ space(id: "s") { name equipment { kind } } }')).toEqual(['Space.id', 'Equipment.id']);
  });
});
