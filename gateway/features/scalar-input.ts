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

/**
 * Checks `value` (a JSON value, or a literal of the document) against `type` at `path`; in a literal, a
 * variable is checked as a variable instead, and where it is used first is noted in `uses`, for messages.
 */
function check(type: GraphQLInputType, value: unknown, path: string, parse: 'value' | 'literal', uses?: Map<string, string>): void {
  if (value === null || value === undefined) return; // nullness is GraphQL's own check
  if (parse === 'literal' && (value as ValueNode).kind === Kind.VARIABLE) {
    const name = (value as { name: { value: string } }).name.value;
    if (!uses?.has(name)) uses?.set(name, path);
    return;
  }
  if (isNonNullType(type)) {
    check(type.ofType, value, path, parse, uses);
    return;
  }
  if (isListType(type)) {
    const items = parse === 'value' ? value : (value as ValueNode).kind === Kind.LIST ? (value as { values: ValueNode[] }).values : null;
    if (Array.isArray(items)) for (const [i, item] of items.entries()) check(type.ofType, item, `${path}[${i}]`, parse, uses);
    else check(type.ofType, value, path, parse, uses); // a single value where a list is expected: GraphQL wraps it
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    if (parse === 'literal') {
      const node = value as ValueNode;
      if (node.kind !== Kind.OBJECT) return;
      for (const f of node.fields)
        if (fields[f.name.value]) check(fields[f.name.value]!.type, f.value, `${path}.${f.name.value}`, parse, uses);
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [name, v] of Object.entries(value as Record<string, unknown>))
        if (fields[name]) check(fields[name]!.type, v, `${path}.${name}`, parse);
    }
    return;
  }
  if (!isScalarType(type)) return;
  const own = GRAPH_SCALARS.get(type.name);
  if (!own) return;
  try {
    if (parse === 'value') own.scalar.parseValue(value);
    else own.scalar.parseLiteral(value as ValueNode, undefined);
  } catch {
    throw badScalarValue(path, own.expected, parse === 'value' ? value : valueFromASTUntyped(value as ValueNode));
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
        check(argument.type, node.value, node.name.value, 'literal', uses);
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
