import type { ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { BrokenCircuitError } from 'cockatiel';
import { Counter, Gauge, Histogram } from 'prom-client';
import { registry } from '../../kit/metrics.js';
import type { GatewayContext } from '../context.js';
import { MalformedAnswer, SubgraphTimeout, SubgraphUnavailable } from '../subgraph-client/steps.js';
import type { SubgraphStep } from '../subgraph-client/client.js';
import type { GatewayFeature, QueryPlanCache } from './feature.js';

/**
 * The gateway's Prometheus metrics, on its metrics port with the process's own (kit/metrics.ts): each
 * request's duration by operation and outcome, the requests in flight, each subgraph fetch's duration
 * and failures, and the query-plan cache's hits and misses (its store is this feature's, so that it can
 * count them). The circuits' states are subgraph-circuit.ts's. The dashboard that reads them:
 * deploy/grafana/venue-graph.json.
 */
export interface MetricsOptions {
  /**
   * The operation names that label a request: the committed operations'. Any other name is `other`
   * (a caller's own names would make a series each), no name `anonymous`.
   */
  operationNames: Iterable<string>;
  /** Size of the query-plan cache, in MiB of plans' JSON (@apollo/gateway's default: 30). */
  planCacheMiB?: number;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

const requestSeconds = new Histogram({
  name: 'venue_graph_gateway_request_duration_seconds',
  help: 'GraphQL requests through the gateway, from the start of their processing to the answer, by operation and outcome (ok, partial: data with errors, error: no data, refused: a 4xx)',
  labelNames: ['operation', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});
const inFlight = new Gauge({
  name: 'venue_graph_gateway_requests_in_flight',
  help: 'GraphQL requests being processed by the gateway',
  registers: [registry],
});
const fetchSeconds = new Histogram({
  name: 'venue_graph_subgraph_fetch_duration_seconds',
  help: 'Requests from the gateway to a subgraph, until the whole answer is read, by subgraph and outcome (ok, failed)',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: SECONDS,
  registers: [registry],
});
const fetchErrors = new Counter({
  name: 'venue_graph_subgraph_fetch_errors_total',
  help: 'Subgraph requests that failed, by subgraph and reason (timeout, unreachable, circuit_open, http_5xx, malformed, other)',
  labelNames: ['subgraph', 'reason'] as const,
  registers: [registry],
});
const planCache = new Counter({
  name: 'venue_graph_query_plan_cache_total',
  help: "Look-ups of the gateway's query-plan cache, by result (hit, miss)",
  labelNames: ['result'] as const,
  registers: [registry],
});

/** Why a subgraph request failed, as a label. */
function reasonOf(err: unknown): string {
  if (err instanceof BrokenCircuitError) return 'circuit_open';
  if (err instanceof SubgraphTimeout) return 'timeout';
  if (err instanceof MalformedAnswer) return 'malformed';
  if (err instanceof SubgraphUnavailable) return 'unreachable';
  if (err instanceof TypeError || (err instanceof Error && err.name === 'AbortError')) return 'unreachable';
  return 'other';
}

/** Times each subgraph request; listed just inside subgraph-errors, so it sees each failure before it becomes an answer. */
const timeFetch: SubgraphStep = async (request, next) => {
  const end = fetchSeconds.startTimer({ subgraph: request.serviceName });
  try {
    const res = await next(request);
    const failed = res.status >= 500;
    if (failed) fetchErrors.inc({ subgraph: request.serviceName, reason: 'http_5xx' });
    end({ outcome: failed ? 'failed' : 'ok' });
    return res;
  } catch (err) {
    fetchErrors.inc({ subgraph: request.serviceName, reason: reasonOf(err) });
    end({ outcome: 'failed' });
    throw err;
  }
};

/** @apollo/gateway's own store of query plans (an LRU by the plans' size), counting its hits and misses. */
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache['get']>>>;

function countingPlanCache(mib: number): QueryPlanCache {
  const store = new InMemoryLRUCache<QueryPlan>({ maxSize: 2 ** 20 * mib, sizeCalculation: (plan) => JSON.stringify(plan).length });
  return {
    async get(key) {
      const plan = await store.get(key);
      planCache.inc({ result: plan ? 'hit' : 'miss' });
      return plan;
    },
    set: (key, value, options) => store.set(key, value, options),
    delete: (key) => store.delete(key),
    clear: () => store.clear(), // on a new supergraph
  };
}

export function useMetrics(options: MetricsOptions): GatewayFeature {
  const named = new Set(options.operationNames);
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      inFlight.inc();
      const end = requestSeconds.startTimer();
      let operation = 'anonymous';
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) operation = named.has(operationName) ? operationName : 'other';
        },
        async willSendResponse({ response }) {
          inFlight.dec();
          let outcome = 'ok';
          if (response.body.kind === 'single') {
            const { data, errors } = response.body.singleResult;
            const served = data && Object.values(data).some((v) => v !== null);
            if ((response.http.status ?? 200) >= 400) outcome = 'refused';
            else if (errors?.length) outcome = served ? 'partial' : 'error';
          }
          end({ operation, outcome });
        },
      };
    },
  };
  return { name: 'metrics', plugins: [plugin], subgraphSteps: [timeFetch], queryPlanCache: countingPlanCache(options.planCacheMiB ?? 30) };
}
