import { mapErrorsStep } from '../subgraph-client/steps.js';
import type { GatewayFeature } from './feature.js';

/**
 * A subgraph that cannot be reached, fails with a 5xx or times out is SUBGRAPH_UNAVAILABLE with its
 * `serviceName` (the rest of the answer survives). Listed before the other subgraph steps, so it sees
 * their errors (a timeout). No options.
 */
export function useSubgraphErrors(): GatewayFeature {
  return { name: 'subgraph-errors', subgraphSteps: [mapErrorsStep()] };
}
