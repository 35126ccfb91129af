import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  GraphQLError,
  Kind,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../kit/page-size.js';

/**
 * Query limits, checked at the gateway before anything is planned or fetched. Depth, aliases and
 * directives use graphql-armor's validation rules; the cost rule is ours, because it must multiply by
 * page sizes. Tokens are limited by the parser (Apollo's `parseOptions.maxTokens`), which refuses a
 * huge document before building it. Every limit refuses with 400 GRAPHQL_VALIDATION_FAILED.
 */
export interface Limits {
  /** Deepest field nesting. */
  maxDepth: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** Lexical tokens in one document. */
  maxTokens: number;
  /** Estimated objects an operation may produce (see `costRule`). */
  maxCost: number;
}

export const DEFAULT_LIMITS: Limits = { maxDepth: 12, maxAliases: 15, maxDirectives: 10, maxTokens: 5_000, maxCost: 50_000 };

/** A list without `first` (a site's rooms, a room's equipment) is counted as this many items. */
export const PLAIN_LIST_SIZE = 5;

/** graphql-armor's rules throw by default, which Apollo Server answers with a 500; report instead. */
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)] };

export function validationRules(limits: Limits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...report }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, ...report }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true, ...report }) as unknown as ValidationRule,
    costRule(limits.maxCost),
  ];
}

/**
 * Cost = the number of objects an operation may return: every object-typed field counts once per
 * item of the lists around it. A field with `first` is a page of that many items (a variable counts
 * as its default, or as the maximum page size, 100); `edges`/`node` add nothing of their own; any
 * other list counts as PLAIN_LIST_SIZE items. Scalars are free.
 */
export function costRule(maxCost: number): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const defaults = new Map<string, number>();
      for (const v of operation.variableDefinitions ?? []) {
        if (v.defaultValue?.kind === Kind.INT) defaults.set(v.variable.name.value, Number(v.defaultValue.value));
      }
      const pageSize = (field: FieldNode): number | null => {
        const arg = field.arguments?.find((a) => a.name.value === 'first');
        if (!arg) return null;
        if (arg.value.kind === Kind.INT) return Math.min(Number(arg.value.value), MAX_PAGE_SIZE);
        if (arg.value.kind === Kind.VARIABLE) return defaults.get(arg.value.name.value) ?? MAX_PAGE_SIZE;
        return MAX_PAGE_SIZE;
      };
      const seen = new Set<string>();
      const cost = (set: SelectionSetNode, type: GraphQLNamedType, multiplier: number): number => {
        let total = 0;
        for (const sel of set.selections) {
          if (sel.kind === Kind.FIELD) {
            if (!sel.selectionSet) continue; // a scalar
            const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
            const def = fields[sel.name.value] as GraphQLField<unknown, unknown> | undefined;
            if (!def) continue;
            const hasFirst = def.args.some((a) => a.name === 'first');
            const isList = isListType(getNullableType(def.type));
            const size = hasFirst ? (pageSize(sel) ?? DEFAULT_PAGE_SIZE) : ['edges', 'node'].includes(sel.name.value) ? 1 : isList ? PLAIN_LIST_SIZE : 1;
            const inner = multiplier * size;
            total += multiplier + cost(sel.selectionSet, getNamedType(def.type), inner);
          } else if (sel.kind === Kind.INLINE_FRAGMENT) {
            const t = sel.typeCondition ? context.getSchema().getType(sel.typeCondition.name.value) : type;
            if (t) total += cost(sel.selectionSet, t, multiplier);
          } else {
            const frag = context.getFragment(sel.name.value);
            if (!frag || seen.has(frag.name.value)) continue; // cycles are another rule's error
            seen.add(frag.name.value);
            const t = context.getSchema().getType(frag.typeCondition.name.value);
            if (t) total += cost(frag.selectionSet, t, multiplier);
            seen.delete(frag.name.value);
          }
        }
        return total;
      };
      const root = operation.operation === 'query' ? context.getSchema().getQueryType() : operation.operation === 'mutation' ? context.getSchema().getMutationType() : null;
      if (!root) return;
      const total = cost(operation.selectionSet, root, 1);
      if (total > maxCost) {
        context.reportError(
          new GraphQLError(`Operation cost ${total} exceeds the limit of ${maxCost}: ask for smaller pages (first) or fewer nested lists.`, { nodes: [operation] }),
        );
      }
    },
  });
}
