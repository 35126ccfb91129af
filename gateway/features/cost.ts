import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../kit/page-size.js';
import { DEFAULT_LIMITS } from '../config.js';
import { costLimitExceeded } from '../errors.js';
import type { GatewayContext } from '../context.js';
import type { GatewayFeature } from './feature.js';

/**
 * The cost limit: ours, not graphql-armor's, because it must multiply by the page sizes actually sent,
 * so it is checked once the variables are known (a plugin, not a validation rule, which sees no
 * variables). Refuses with 400 COST_LIMIT_EXCEEDED before anything is planned or fetched.
 */

export interface CostOptions {
  /** The most objects an operation may return (`MAX_COST`). */
  maxCost: number;
}

export const DEFAULTS: CostOptions = {
  /** 500,000: the example operations cost 187 (q2) to 252,851 (region-overview). */
  maxCost: DEFAULT_LIMITS.maxCost,
};

/** A list without `first` (a site's rooms, a room's equipment) is counted as this many items. */
export const PLAIN_LIST_SIZE = 10;

/** Lists without `first` whose length is known to run long; every other plain list counts as PLAIN_LIST_SIZE. */
const LONG_LISTS: Record<string, number> = { 'Region.children': 40, 'PracticeUnit.subunits': 40 };

/** What a FIELD_WORK weight may depend on: `days` of freeSlots (1–7), and the code length of the regions it is asked on. */
export interface FieldWorkArgs {
  days: number;
  /** 2 (the province), 4, 6, 9 or 12 digits, when the operation says it (`region(code:)`, `regions(level:)`, `children`); else null. */
  regionDigits: number | null;
}

/**
 * A month's utilisation summed over a region's subtree, by the code length of the region: about 2 per
 * shared room below it (the province has some 49,000; a city some 4,500; a county 550). A region whose
 * level the operation does not say (a site's region, a parent, `regions` without `level`) counts as the
 * province. Measured on the province seed (SQLite): the province 0.5 s, Hangzhou 0.11 s.
 */
export const SUBTREE_WORK: Record<number, number> = { 2: 100_000, 4: 10_000, 6: 1_000, 9: 100, 12: 20 };

/**
 * The work of resolving a field once, over the objects it returns, for the fields whose cost is the
 * database's rather than the answer's size: a search over a region subtree, free slots computed per day,
 * a month's utilisation summed over a subtree. A request of 15 `findSpaces` aliases, each asking 100
 * rooms' `freeSlots(days: 7)`, returns at most 19,500 objects but costs 2,149,500 with its work, and is
 * refused; so is one of 15 aliases of the province's `spaceUtilisation` (1,500,000).
 */
export const FIELD_WORK: Record<string, (args: FieldWorkArgs) => number> = {
  'Query.findSpaces': () => 2_000,
  'Space.freeSlots': ({ days }) => 200 * days,
  'Region.spaceUtilisation': ({ regionDigits }) => SUBTREE_WORK[regionDigits ?? 2] ?? SUBTREE_WORK[2]!,
  'Space.calendar': () => 20,
  'Equipment.available': () => 20,
};

/** The code length of each RegionLevel, and of the level below each. */
const LEVEL_DIGITS: Record<string, number> = { PROVINCE: 2, CITY: 4, COUNTY: 6, TOWNSHIP: 9, VILLAGE: 12 };
const CHILD_DIGITS: Record<number, number> = { 2: 4, 4: 6, 6: 9, 9: 12 };

/**
 * Cost = the number of objects an operation may return: every object-typed field counts once per item
 * of the lists around it. A field with `first` is a page of that many items, with the value actually
 * sent (clamped to 0–100, so a negative page cannot pay for the rest); `edges`/`node` add nothing of
 * their own; other lists count as PLAIN_LIST_SIZE items, long ones (a region's children) as
 * LONG_LISTS says. Scalars are free. The fields of FIELD_WORK add their work once per parent. Computed
 * once the variables are known (a plugin, not a validation rule, which sees no variables).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const defaults = new Map<string, unknown>();
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue) defaults.set(v.variable.name.value, valueFromASTUntyped(v.defaultValue));
  /** An argument's value as sent: a literal, or a variable's value (or its default); undefined when absent. */
  const argument = (field: FieldNode, name: string): unknown => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return undefined;
    if (arg.value.kind !== Kind.VARIABLE) return valueFromASTUntyped(arg.value);
    const v = arg.value.name.value;
    return v in variables ? variables[v] : defaults.get(v);
  };
  /** The code length of the regions a Region-typed field gives, when the operation says it. */
  const regionDigits = (parent: GraphQLNamedType, field: FieldNode, digits: number | null): number | null => {
    const key = `${parent.name}.${field.name.value}`;
    if (key === 'Query.region') {
      const code = argument(field, 'code');
      return typeof code === 'string' && SUBTREE_WORK[code.length] ? code.length : null;
    }
    if (key === 'Query.regions') return LEVEL_DIGITS[String(argument(field, 'level'))] ?? null;
    if (key === 'Region.children') return digits === null ? null : (CHILD_DIGITS[digits] ?? null);
    if (field.name.value === 'edges' || field.name.value === 'node') return digits; // a page's items
    return null;
  };
  const clamp = (n: unknown) =>
    typeof n === 'number' && Number.isFinite(n) ? Math.max(0, Math.min(Math.trunc(n), MAX_PAGE_SIZE)) : MAX_PAGE_SIZE;
  const pageSize = (field: FieldNode): number => {
    const arg = field.arguments?.find((a) => a.name.value === 'first');
    if (!arg) return DEFAULT_PAGE_SIZE;
    if (arg.value.kind === Kind.INT) return clamp(Number(arg.value.value));
    if (arg.value.kind === Kind.VARIABLE) {
      const name = arg.value.name.value;
      return clamp(name in variables ? (variables[name] ?? DEFAULT_PAGE_SIZE) : (defaults.get(name) ?? DEFAULT_PAGE_SIZE));
    }
    return MAX_PAGE_SIZE;
  };
  /** `days` of freeSlots, as sent (1 by default; 1–7, the most the subgraph accepts, when it is not a number). */
  const daysOf = (field: FieldNode): number => {
    const arg = field.arguments?.find((a) => a.name.value === 'days');
    const raw = !arg
      ? 1
      : arg.value.kind === Kind.INT
        ? Number(arg.value.value)
        : arg.value.kind === Kind.VARIABLE
          ? (variables[arg.value.name.value] ?? defaults.get(arg.value.name.value) ?? 1)
          : 7;
    return typeof raw === 'number' && Number.isFinite(raw) ? Math.max(1, Math.min(Math.trunc(raw), 7)) : 7;
  };
  const seen = new Set<string>();
  // `digits`: the code length of the regions `set` is asked on, when known (see regionDigits).
  const cost = (set: SelectionSetNode, type: GraphQLNamedType, multiplier: number, digits: number | null): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const work = FIELD_WORK[`${type.name}.${sel.name.value}`];
        if (work) total += multiplier * work({ days: daysOf(sel), regionDigits: digits }); // once per parent
        if (!sel.selectionSet) continue; // a scalar
        const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
        const def = fields[sel.name.value] as GraphQLField<unknown, unknown> | undefined;
        if (!def) continue;
        const hasFirst = def.args.some((a) => a.name === 'first');
        const isList = isListType(getNullableType(def.type));
        const size = hasFirst
          ? pageSize(sel)
          : ['edges', 'node'].includes(sel.name.value)
            ? 1
            : isList
              ? (LONG_LISTS[`${type.name}.${sel.name.value}`] ?? PLAIN_LIST_SIZE)
              : 1;
        const items = multiplier * size; // objects this field produces, over all its parents
        total += items + cost(sel.selectionSet, getNamedType(def.type), items, regionDigits(type, sel, digits));
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (t) total += cost(sel.selectionSet, t, multiplier, digits);
      } else {
        const frag = fragments.get(sel.name.value);
        if (!frag || seen.has(frag.name.value)) continue; // cycles are a validation error already
        seen.add(frag.name.value);
        const t = schema.getType(frag.typeCondition.name.value);
        if (t) total += cost(frag.selectionSet, t, multiplier, digits);
        seen.delete(frag.name.value);
      }
    }
    return total;
  };
  const root =
    operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : null;
  return root ? cost(operation.selectionSet, root, 1, null) : 0;
}

/** Refuses operations over the cost limit with 400. */
export function useCost(options: Partial<CostOptions> = {}): GatewayFeature {
  const { maxCost } = { ...DEFAULTS, ...options };
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // operation-resolution.ts refuses it
          const total = operationCost(schema, document, operation, request.variables ?? {});
          if (total > maxCost) {
            throw costLimitExceeded(total, maxCost);
          }
        },
      };
    },
  };
  return { name: 'cost', plugins: [plugin] };
}
