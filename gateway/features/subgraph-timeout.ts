import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from '../config.js';
import { timeoutStep } from '../subgraph-client/steps.js';
import type { GatewayFeature } from './feature.js';

/** A time limit on every subgraph request, headers and body (@apollo/gateway has none of its own). */
export interface SubgraphTimeoutOptions {
  timeoutMs: number;
  /** A subgraph's own limit, by its name, where it differs (a slow department's database, say). */
  perSubgraph?: Partial<Record<string, number>>;
}

export const DEFAULTS: SubgraphTimeoutOptions = {
  /** 10,000 ms (`SUBGRAPH_TIMEOUT_MS`); then SUBGRAPH_UNAVAILABLE "did not answer within …" (subgraph-errors.ts). */
  timeoutMs: DEFAULT_SUBGRAPH_TIMEOUT_MS,
};

export function useSubgraphTimeout(options: Partial<SubgraphTimeoutOptions> = {}): GatewayFeature {
  const { timeoutMs, perSubgraph = {} } = { ...DEFAULTS, ...options };
  return { name: 'subgraph-timeout', subgraphSteps: [timeoutStep((serviceName) => perSubgraph[serviceName] ?? timeoutMs)] };
}
