import { signIdentityStep } from '../subgraph-client/steps.js';
import type { GatewayFeature } from './feature.js';

/**
 * Every subgraph request carries the caller's verified identity in `x-venue-identity`: a token signed
 * with the deployment's internal secret, made for that one subgraph and valid for 10 s.
 */
export interface SubgraphIdentityOptions {
  /** `INTERNAL_SECRET` (no default: the config gives one, generated under data/keys/ in development). */
  internalSecret: string;
}

export function useSubgraphIdentity(options: SubgraphIdentityOptions): GatewayFeature {
  return { name: 'subgraph-identity', subgraphSteps: [signIdentityStep(options.internalSecret)] };
}
