import { fileURLToPath } from 'node:url';
import type { GatewayConfig } from '../config.js';
import { loadTrustedDocuments } from '../trusted-documents.js';
import { useBadInputStatus } from './bad-input-status.js';
import { useCalendarFeed } from './calendar-feed.js';
import { useCallerLimits } from './caller-limits.js';
import { useCors } from './cors.js';
import { useCost } from './cost.js';
import { useErrorMasking } from './error-masking.js';
import { useExplorer } from './explorer.js';
import { useExport } from './export.js';
import type { FeatureEntry } from './feature.js';
import { useHardening } from './hardening.js';
import { useIdentity } from './identity.js';
import { useLimits } from './limits.js';
import { useMetrics } from './metrics.js';
import { useOperationResolution } from './operation-resolution.js';
import { usePersistedDocuments } from './persisted-documents.js';
import { useRequestId } from './request-id.js';
import { useSafelist } from './safelist.js';
import { useScalarInput } from './scalar-input.js';
import { openSharedState } from './shared-state.js';
import { useSubgraphCircuit } from './subgraph-circuit.js';
import { useSubgraphErrors } from './subgraph-errors.js';
import { useSubgraphIdentity } from './subgraph-identity.js';
import { useSubgraphTimeout } from './subgraph-timeout.js';
import { useSupergraphReload } from './supergraph-reload.js';
import { useTracing } from './tracing.js';

const OPERATIONS_DIR = fileURLToPath(new URL('../../schema/operations/', import.meta.url));
const operation = (file: string) => `${OPERATIONS_DIR}${file}`;

/**
 * The gateway's features, in order, from its config: the one place they are wired. A new feature is a
 * file in this folder and a line here. Order matters where parts are chained: plugins run their hooks in
 * list order (the operation is resolved before its cost is counted, and the cost before the safelist is
 * asked); subgraph steps wrap each other, the first outermost (errors are mapped around everything, the
 * time limit is nearest to fetch); routes are mounted in list order.
 */
export function gatewayFeatures(config: GatewayConfig): FeatureEntry[] {
  const production = config.mode === 'production';
  // Read and checked once, for both features that use it.
  const trusted = loadTrustedDocuments(operation('manifest.json'));
  // In Redis with REDIS_URL (every replica's), else in this process: for persisted queries and rate limits.
  const shared = openSharedState(config.sharedState);
  return [
    shared.feature(),
    useErrorMasking(),
    useCors({ origins: config.corsOrigins, allowLoopback: !production }),
    useIdentity({ jwt: config.jwt }),
    useCallerLimits({ ...config.callerLimits, limiter: (points, duration) => shared.rateLimiter('caller', points, duration) }),
    useHardening({ introspection: config.introspection, hideSchemaDetails: production }),
    useBadInputStatus(),
    useLimits(config.limits),
    useOperationResolution(),
    useScalarInput(),
    useCost({ maxCost: config.limits.maxCost }),
    usePersistedDocuments({
      documents: trusted,
      registered: shared.persistedQueries,
      ttlSeconds: config.sharedState.persistedQueryTtlSeconds,
    }),
    config.safelist && useSafelist({ documents: trusted }),
    useSubgraphErrors(),
    useMetrics({ operationNames: trusted.names }),
    useSupergraphReload({ pollMs: config.supergraphPollMs, documents: trusted.byHash.values() }),
    useSubgraphCircuit({ ...config.circuit, serviceNames: Object.keys(config.subgraphUrls) }),
    useRequestId(),
    useTracing(),
    useSubgraphIdentity({ internalSecret: config.internalSecret }),
    useSubgraphTimeout({ timeoutMs: config.subgraphTimeoutMs, perSubgraph: config.subgraphTimeouts }),
    useCalendarFeed({ operationPath: operation('space-calendar-feed.graphql') }),
    useExport({ operationsDir: OPERATIONS_DIR, supergraphPath: config.supergraphPath }),
    useExplorer({ enabled: config.explorer, operationsDir: OPERATIONS_DIR, firstOperation: 'region-overview.graphql' }),
  ];
}
