import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { DEFAULT_LIMITS, type Limits } from '../config.js';
import type { GatewayFeature } from './feature.js';

/**
 * Query limits checked before anything is planned or fetched: depth, aliases and directives with
 * graphql-armor's validation rules, tokens with the parser (Apollo's `parseOptions.maxTokens`, which
 * refuses a huge document before building it). All refuse with 400 GRAPHQL_VALIDATION_FAILED. The
 * cost limit is cost.ts.
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
    maxAliasesRule({ n: limits.maxAliases, exposeLimits: true, ...report }) as unknown as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, exposeLimits: true, ...report }) as unknown as ValidationRule,
  ];
}

export function useLimits(options: Partial<LimitsOptions> = {}): GatewayFeature {
  const limits = { ...DEFAULTS, ...options };
  return { name: 'limits', validationRules: validationRules(limits), apolloOptions: { parseOptions: { maxTokens: limits.maxTokens } } };
}
