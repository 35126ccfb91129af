import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  typeFromAST,
  type ValueNode,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { GRAPH_SCALARS } from '../../kit/scalars.js';
import type { GatewayContext } from '../context.js';
import { badScalarValue } from '../errors.js';
import type { GatewayFeature } from './feature.js';

/**
 * Every value of the graph's own scalars (DateTime, LocalDate, SafeInt, JSONObject: kit/scalars.ts) in an
 * operation, written in the document or sent as a variable, is checked here with the parser the
 * subgraphs use, before anything is planned: a bad one is a 400 BAD_USER_INPUT naming the argument (and
 * the field of an input object: `input.startsAt`) and the format expected. The gateway's supergraph
 * knows the scalars by name only, so without this a bad value reached a subgraph and came back as a
 * masked internal error. GraphQL's own scalars (Int, String…) are checked by GraphQL itself. No options.
 */

function check(type: GraphQLInputType, value: unknown, path: string, parse: 'value' | 'literal'): void {
  if (value === null || value === undefined) return; // nullness is GraphQL's own check
  if (isNonNullType(type)) {
    check(type.ofType, value, path, parse);
    return;
  }
  if (isListType(type)) {
    const items = parse === 'value' ? value : (value as ValueNode).kind === Kind.LIST ? (value as { values: ValueNode[] }).values : null;
    if (Array.isArray(items)) for (const [i, item] of items.entries()) check(type.ofType, item, `${path}[${i}]`, parse);
    else check(type.ofType, value, path, parse); // a single value where a list is expected: GraphQL wraps it
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    if (parse === 'literal') {
      const node = value as ValueNode;
      if (node.kind !== Kind.OBJECT) return;
      for (const f of node.fields) if (fields[f.name.value]) check(fields[f.name.value]!.type, f.value, `${path}.${f.name.value}`, parse);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, v] of Object.entries(value as Record<string, unknown>))
        if (fields[name]) check(fields[name]!.type, v, `${path}.${name}`, parse);
    }
    return;
  }
  if (!isScalarType(type)) return;
  const own = GRAPH_SCALARS.get(type.name);
  if (!own) return;
  if (parse === 'literal' && (value as ValueNode).kind === Kind.VARIABLE) return; // checked as a variable
  try {
    if (parse === 'value') own.scalar.parseValue(value);
    else own.scalar.parseLiteral(value as ValueNode, undefined);
  } catch {
    throw badScalarValue(path, own.expected, parse === 'value' ? value : valueFromASTUntyped(value as ValueNode));
  }
}

/** Where each variable is used first: the argument (and input-object fields) it feeds, for messages (`from`, `input.startsAt`). */
function variableUses(type: GraphQLInputType, node: ValueNode, path: string, uses: Map<string, string>): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (node.kind === Kind.VARIABLE) {
    if (!uses.has(node.name.value)) uses.set(node.name.value, path);
  } else if (node.kind === Kind.LIST && isListType(inner)) {
    for (const [i, v] of node.values.entries()) variableUses(inner.ofType, v, `${path}[${i}]`, uses);
  } else if (node.kind === Kind.OBJECT && isInputObjectType(inner)) {
    const fields = inner.getFields();
    for (const f of node.fields)
      if (fields[f.name.value]) variableUses(fields[f.name.value]!.type, f.value, `${path}.${f.name.value}`, uses);
  }
}

export function checkScalarInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): void {
  const uses = new Map<string, string>();
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (!argument) return; // unknown arguments are GraphQL's validation errors
        check(argument.type, node.value, node.name.value, 'literal');
        variableUses(argument.type, node.value, node.name.value, uses);
      },
    }),
  );
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type) continue;
    const where = uses.get(name) ?? `$${name}`;
    if (name in variables) check(type, variables[name], where, 'value');
    else if (definition.defaultValue) check(type, definition.defaultValue, where, 'literal');
  }
}

export function useScalarInput(): GatewayFeature {
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // operation-resolution.ts refuses it
          checkScalarInput(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
  return { name: 'scalar-input', plugins: [plugin] };
}
