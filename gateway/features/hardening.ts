import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GatewayFeature } from './feature.js';

/**
 * What a public endpoint must not do: answer introspection (in production), hint at field names, show
 * stack traces, accept batches or cross-site simple requests (CSRF prevention also refuses
 * form-encoded and text POSTs, and GET mutations are Apollo's 405), or report anything to Apollo.
 */
export interface HardeningOptions {
  /** Answer introspection queries (`INTROSPECTION`). */
  introspection: boolean;
  /** Leave out "Did you mean …?" hints that would reveal the schema. */
  hideSchemaDetails: boolean;
}

export const DEFAULTS: HardeningOptions = {
  /** Off: features/index.ts turns it on outside production (the config's `introspection`). */
  introspection: false,
  /** On: features/index.ts turns it off outside production, where the hints help. */
  hideSchemaDetails: true,
};

export function useHardening(options: Partial<HardeningOptions> = {}): GatewayFeature {
  const o = { ...DEFAULTS, ...options };
  return {
    name: 'hardening',
    apolloOptions: {
      introspection: o.introspection,
      hideSchemaDetailsFromClientErrors: o.hideSchemaDetails,
      includeStacktraceInErrorResponses: false,
      csrfPrevention: true,
      allowBatchedHttpRequests: false,
    },
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  };
}
