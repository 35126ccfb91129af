import { requestIdStep } from '../subgraph-client/steps.js';
import type { GatewayFeature } from './feature.js';

/**
 * The gateway's request id (made by kit/server.ts for every request; a caller's own is only logged)
 * goes to every subgraph in `x-request-id`, so one id follows a request through every log. (It is
 * signed into the identity too: see subgraph-identity.ts.) No options.
 */
export function useRequestId(): GatewayFeature {
  return { name: 'request-id', subgraphSteps: [requestIdStep()] };
}
