import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import type { GatewayContext } from '../context.js';
import { DEFAULT_LIMITS, type Limits } from '../config.js';
import type { GatewayFeature } from './feature.js';

/**
 * Query limits checked before anything is planned or fetched: depth, aliases and directives with
 * graphql-armor's validation rules, tokens with the parser (Apollo's `parseOptions.maxTokens`, which
 * refuses a huge document before building it). All refuse with 400 GRAPHQL_VALIDATION_FAILED. The
 * cost limit is cost.ts. `__typename` aliases count like any other (graphql-armor leaves them out by
 * default), and a refusal repeated (one per repeated directive, per alias past the limit) is sent once,
 * with every location.
 */

export type LimitsOptions = Pick<Limits, 'maxDepth' | 'maxAliases' | 'maxDirectives' | 'maxTokens'>;

export const DEFAULTS: LimitsOptions = {
  /** Deepest field nesting (`MAX_DEPTH`): 12. */
  maxDepth: DEFAULT_LIMITS.maxDepth,
  /** Aliased fields in one operation (`MAX_ALIASES`): 15. */
  maxAliases: DEFAULT_LIMITS.maxAliases,
  /** Directives in one operation (`MAX_DIRECTIVES`): 10. */
  maxDirectives: DEFAULT_LIMITS.maxDirectives,
  /** Lexical tokens in one document (`MAX_TOKENS`): 5,000. */
  maxTokens: DEFAULT_LIMITS.maxTokens,
};

/** graphql-armor's rules throw by default, which Apollo Server answers with a 500; report instead. */
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, err: GraphQLError) => ctx?.reportError(err)] };

export function validationRules(limits: LimitsOptions): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, ignoreIntrospection: true, exposeLimits: true, ...report }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, allowList: [], exposeLimits: true, ...report }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true, ...report }) as unknown as ValidationRule,
  ];
}

/**
 * Validation errors with the same message merged into the first, their places gathered (at most 20):
 * ten `@skip`s on one field are one refusal, not nine. Apollo Server sends the array its
 * `validationDidEnd` hook was given, so it is merged in place (test/gateway/request-limits.test.ts
 * checks that this still holds).
 */
export function mergeRepeated(errors: GraphQLError[]): void {
  const first = new Map<string, GraphQLError>();
  const merged: GraphQLError[] = [];
  for (const error of errors) {
    const earlier = first.get(error.message);
    if (!earlier) {
      first.set(error.message, error);
      merged.push(error);
      continue;
    }
    // Apollo Server sends each as a new error made from its nodes (their locations), so the nodes are merged.
    const nodes = earlier.nodes as unknown[] | undefined;
    const theirs = (error.nodes ?? []).filter((n) => !nodes?.includes(n));
    if (nodes && nodes.length < 20) nodes.push(...theirs.slice(0, 20 - nodes.length));
  }
  errors.splice(0, errors.length, ...merged);
}

const oneRefusalEach: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async validationDidStart() {
        return async (errors?: readonly Error[]) => {
          if (errors && errors.length > 1) mergeRepeated(errors as GraphQLError[]);
        };
      },
    };
  },
};

export function useLimits(options: Partial<LimitsOptions> = {}): GatewayFeature {
  const limits = { ...DEFAULTS, ...options };
  return {
    name: 'limits',
    validationRules: validationRules(limits),
    plugins: [oneRefusalEach],
    apolloOptions: { parseOptions: { maxTokens: limits.maxTokens } },
  };
}
