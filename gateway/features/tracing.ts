import { injectTraceHeaders } from '../../kit/tracing.js';
import type { SubgraphStep } from '../subgraph-client/client.js';
import type { GatewayFeature } from './feature.js';

/**
 * OpenTelemetry across the processes: each subgraph request carries the W3C `traceparent` of its fetch
 * span (@apollo/gateway's `gateway.fetch`), so a subgraph's spans join the gateway's trace. The spans
 * themselves are @apollo/gateway's and kit's (kit/tracing.ts); nothing is sent unless the process
 * started tracing (`OTEL_EXPORTER_OTLP_ENDPOINT`). No options.
 */
const propagate: SubgraphStep = (request, next) => {
  injectTraceHeaders(request.headers);
  return next(request);
};

export function useTracing(): GatewayFeature {
  return { name: 'tracing', subgraphSteps: [propagate] };
}
