import { Gauge } from 'prom-client';
import { registry } from '../../kit/metrics.js';
import { DEFAULT_CIRCUIT } from '../config.js';
import { type CircuitOptions, type CircuitStateName, circuitBreakerStep } from '../subgraph-client/steps.js';
import type { GatewayFeature } from './feature.js';

/**
 * A circuit breaker per subgraph (cockatiel): a subgraph that failed `failures` requests in a row is not
 * asked again for `halfOpenAfterMs`; its fields are SUBGRAPH_UNAVAILABLE at once (subgraph-errors.ts
 * turns the refusal into each field's error), not after a timeout each. Then one request tries it, and
 * its success closes the circuit. `/ready` lists each subgraph's circuit.
 */
export interface SubgraphCircuitOptions extends CircuitOptions {
  /** The subgraphs to list in `/ready` (a circuit not used yet is closed). */
  serviceNames: readonly string[];
}

export const DEFAULTS: CircuitOptions = {
  /** 5 failures in a row (`SUBGRAPH_CIRCUIT_FAILURES`). */
  failures: DEFAULT_CIRCUIT.failures,
  /** 2,000 ms before one request may try again (`SUBGRAPH_CIRCUIT_HALF_OPEN_MS`). */
  halfOpenAfterMs: DEFAULT_CIRCUIT.halfOpenAfterMs,
};

/** Each subgraph's circuit, for the dashboards (metrics.ts has the rest): 0 closed, 1 half-open, 2 open. */
const circuitState = new Gauge({
  name: 'venue_graph_subgraph_circuit_state',
  help: "Each subgraph's circuit breaker: 0 closed, 1 half-open (one request trying it), 2 open (not asked)",
  labelNames: ['subgraph'] as const,
  registers: [registry],
});
const STATE_VALUES: Record<CircuitStateName, number> = { closed: 0, 'half-open': 1, open: 2 };

export function useSubgraphCircuit(options: Partial<CircuitOptions> & Pick<SubgraphCircuitOptions, 'serviceNames'>): GatewayFeature {
  const step = circuitBreakerStep({
    ...DEFAULTS,
    ...options,
    onStateChange: (subgraph, state) => circuitState.set({ subgraph }, STATE_VALUES[state]),
  });
  for (const subgraph of options.serviceNames) circuitState.set({ subgraph }, 0);
  return {
    name: 'subgraph-circuit',
    subgraphSteps: [step],
    readiness: () => {
      const states = step.states();
      return { circuits: Object.fromEntries(options.serviceNames.map((n) => [n, states[n] ?? 'closed'])) };
    },
  };
}
